#pragma once
// The complaint cases of a report's period as a table: when, which ticket and customer, the
// score, what the customer said, where the case stands, who handled it and how it ended.

#include "laoke.pb.h"

#include <QAbstractTableModel>
#include <QList>

namespace laoke::client {

class ReportComplaintTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        OpenedColumn,
        TicketColumn,
        CustomerColumn,
        BranchColumn,
        EngineerColumn,
        SourceColumn,
        ScoreColumn,
        SummaryColumn,
        StateColumn,
        HandlerColumn,
        ResolvedColumn,
        ResolutionColumn,
        ColumnCount
    };

    explicit ReportComplaintTableModel(QObject* parent = nullptr);

    void setComplaints(const QList<protocol::ReportComplaint>& complaints);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString columnTitle(int column);
    static QString cellText(const protocol::ReportComplaint& complaint, int column);

private:
    QList<protocol::ReportComplaint> m_complaints;
};

}  // namespace laoke::client
