#include "TicketBoardFilter.h"

#include "TicketListModel.h"

namespace laoke::client {

TicketBoardFilter::TicketBoardFilter(Show show, QObject* parent) : QSortFilterProxyModel(parent), m_show(show) {
    setDynamicSortFilter(true);  // a ticket assigned elsewhere moves column at once
}

bool TicketBoardFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const bool assigned = index.data(TicketListModel::AssigneeIdRole).toLongLong() != 0;
    return m_show == Show::Assigned ? assigned : !assigned;
}

}  // namespace laoke::client
