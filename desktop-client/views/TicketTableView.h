#pragma once
// A table of tickets as the workbench and the dispatch board show them: rows selected whole,
// state, priority and SLA painted as badges, the columns a screen does not need hidden, and
// widths that fit Chinese subjects and customer names.

#include "TicketListModel.h"

#include <QTableView>

namespace laoke::ui {

class TicketTableView : public QTableView {
    Q_OBJECT
public:
    TicketTableView(QAbstractItemModel* model, const QList<client::TicketListModel::Column>& shown, QWidget* parent = nullptr);

    /// The id of the selected ticket, or 0.
    qint64 selectedTicketId() const;
    /// Selects the row of this ticket if it is shown; false if it is not.
    bool selectTicket(qint64 ticketId);

signals:
    /// The user chose a ticket (not emitted when rows leaving the list move the current row).
    void ticketSelected(qint64 ticketId);

private:
    bool m_rowsLeaving = false;
};

}  // namespace laoke::ui
