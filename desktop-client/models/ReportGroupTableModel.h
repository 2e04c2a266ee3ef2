#pragma once
// The rows of one dimension of a service report (branches, engineers, category groups or
// grades) as a table: tickets resolved, SLA compliance in all and per clock, first-contact
// resolution, the shares answered and resolved within the quick lines (30 minutes, 16
// working hours), the callbacks' average score and complaints. SortRole
// holds the numbers, so a proxy sorts 9.5% below 85% and "—" below every figure.

#include "laoke.pb.h"

#include <QAbstractTableModel>
#include <QList>

namespace laoke::client {

class ReportGroupTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ResolvedColumn,
        SlaColumn,
        ResponseColumn,
        ResolutionColumn,
        OnsiteColumn,
        FirstContactColumn,
        QuickResponseColumn,
        QuickResolutionColumn,
        SatisfactionColumn,
        ComplaintsColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ReportGroupTableModel(QObject* parent = nullptr);

    void setGroups(const QList<protocol::ServiceReportGroup>& groups);
    const QList<protocol::ServiceReportGroup>& groups() const { return m_groups; }
    /// The first column's header: what the rows are ("Branch", "Engineer" ...).
    void setNameTitle(const QString& title);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The quick lines the report counted against (business seconds), for the headers.
    void setQuickLines(qint64 responseSeconds, qint64 resolutionSeconds);

    /// The header of a column (also the export's); the quick columns name their lines.
    static QString columnTitle(int column, qint64 quickResponse = 0, qint64 quickResolution = 0);
    /// A cell as text, as the table shows it.
    static QString cellText(const protocol::ServiceReportGroup& group, int column);

private:
    QList<protocol::ServiceReportGroup> m_groups;
    QString m_nameTitle;
    qint64 m_quickResponse = 0;
    qint64 m_quickResolution = 0;
};

}  // namespace laoke::client
