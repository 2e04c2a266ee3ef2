#pragma once
// One column of the dispatch board over the branch's open tickets (TicketListModel, already
// in urgency order): the tickets nobody works on yet, or those someone does.

#include <QSortFilterProxyModel>

namespace laoke::client {

class TicketBoardFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class Show { Unassigned, Assigned };

    explicit TicketBoardFilter(Show show, QObject* parent = nullptr);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    Show m_show;
};

}  // namespace laoke::client
