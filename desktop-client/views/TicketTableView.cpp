#include "TicketTableView.h"

#include "BadgeDelegate.h"

#include <QHeaderView>
#include <QItemSelectionModel>

namespace laoke::ui {

using Column = client::TicketListModel::Column;

TicketTableView::TicketTableView(QAbstractItemModel* model, const QList<Column>& shown, QWidget* parent)
    : QTableView(parent) {
    // A row leaving the list (resolved, assigned to someone else) moves the current row; the
    // pane beside keeps showing the ticket the user chose rather than jumping to a neighbour.
    // Connected before setModel, so these run before the selection model moves the row.
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { m_rowsLeaving = true; });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] { m_rowsLeaving = false; });
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_rowsLeaving = true; });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { m_rowsLeaving = false; });
    setModel(model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(30);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(false);
    auto* badges = new BadgeDelegate(this);
    for (const Column column : {Column::StateColumn, Column::PriorityColumn}) setItemDelegateForColumn(column, badges);
    for (int column = 0; column < client::TicketListModel::ColumnCount; ++column)
        setColumnHidden(column, !shown.contains(static_cast<Column>(column)));
    const QList<QPair<Column, int>> widths{{Column::NumberColumn, 116}, {Column::UrgencyColumn, 150}, {Column::SubjectColumn, 220},
                                           {Column::CustomerColumn, 150}, {Column::StateColumn, 110}, {Column::PriorityColumn, 72},
                                           {Column::CategoryColumn, 170}, {Column::AssigneeColumn, 76},  {Column::OwnerColumn, 76},
                                           {Column::OpenedColumn, 124}};
    for (const auto& [column, width] : widths) setColumnWidth(column, width);
    // The subject takes what is left, but never less than a readable phrase.
    horizontalHeader()->setMinimumSectionSize(60);
    horizontalHeader()->setSectionResizeMode(Column::SubjectColumn, QHeaderView::Stretch);
    setTextElideMode(Qt::ElideRight);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (!m_rowsLeaving) emit ticketSelected(selectedTicketId());
    });
}

qint64 TicketTableView::selectedTicketId() const {
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.data(client::TicketListModel::TicketIdRole).toLongLong() : 0;
}

bool TicketTableView::selectTicket(qint64 ticketId) {
    for (int row = 0; row < model()->rowCount(); ++row) {
        const QModelIndex index = model()->index(row, Column::NumberColumn);
        if (index.data(client::TicketListModel::TicketIdRole).toLongLong() == ticketId) {
            setCurrentIndex(index);
            scrollTo(index);
            return true;
        }
    }
    return false;
}

}  // namespace laoke::ui
