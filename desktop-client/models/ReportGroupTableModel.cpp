#include "ReportGroupTableModel.h"

#include "ReportFigures.h"

#include <QBrush>
#include <QColor>

namespace laoke::client {

namespace {

std::optional<double> figure(const protocol::ServiceReportGroup& g, int column) {
    switch (column) {
    case ReportGroupTableModel::SlaColumn: return ReportFigures::slaCompliance(g);
    case ReportGroupTableModel::ResponseColumn: return ReportFigures::share(g.response_met(), g.response_targets());
    case ReportGroupTableModel::ResolutionColumn: return ReportFigures::share(g.resolution_met(), g.resolution_targets());
    case ReportGroupTableModel::OnsiteColumn: return ReportFigures::share(g.onsite_met(), g.onsite_targets());
    case ReportGroupTableModel::FirstContactColumn: return ReportFigures::firstContactRate(g);
    case ReportGroupTableModel::SatisfactionColumn: return ReportFigures::averageSatisfaction(g);
    case ReportGroupTableModel::ResolvedColumn: return g.resolved();
    case ReportGroupTableModel::QuickResponseColumn: return ReportFigures::quickResponseRate(g);
    case ReportGroupTableModel::QuickResolutionColumn: return ReportFigures::quickResolutionRate(g);
    case ReportGroupTableModel::ComplaintsColumn: return g.complaints();
    default: return std::nullopt;
    }
}

}  // namespace

ReportGroupTableModel::ReportGroupTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ReportGroupTableModel::setGroups(const QList<protocol::ServiceReportGroup>& groups) {
    beginResetModel();
    m_groups = groups;
    endResetModel();
}

void ReportGroupTableModel::setNameTitle(const QString& title) {
    m_nameTitle = title;
    emit headerDataChanged(Qt::Horizontal, NameColumn, NameColumn);
}

int ReportGroupTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_groups.size());
}

int ReportGroupTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

void ReportGroupTableModel::setQuickLines(qint64 responseSeconds, qint64 resolutionSeconds) {
    m_quickResponse = responseSeconds;
    m_quickResolution = resolutionSeconds;
    emit headerDataChanged(Qt::Horizontal, QuickResponseColumn, QuickResolutionColumn);
}

QString ReportGroupTableModel::columnTitle(int column, qint64 quickResponse, qint64 quickResolution) {
    switch (column) {
    case NameColumn: return tr("Name");
    case ResolvedColumn: return tr("Resolved");
    case SlaColumn: return tr("SLA met");
    case ResponseColumn: return tr("Response met");
    case ResolutionColumn: return tr("Resolution met");
    case OnsiteColumn: return tr("On-site met");
    case FirstContactColumn: return tr("First-contact resolution");
    case QuickResponseColumn:
        return quickResponse > 0 ? tr("Answered within %1").arg(ReportFigures::bound(quickResponse)) : tr("Answered quickly");
    case QuickResolutionColumn:
        return quickResolution > 0 ? tr("Resolved within %1").arg(ReportFigures::bound(quickResolution)) : tr("Resolved quickly");
    case SatisfactionColumn: return tr("Satisfaction");
    case ComplaintsColumn: return tr("Complaints");
    default: return {};
    }
}

QString ReportGroupTableModel::cellText(const protocol::ServiceReportGroup& g, int column) {
    switch (column) {
    case NameColumn: return ReportFigures::groupName(g);
    case ResolvedColumn: return QString::number(g.resolved());
    case ComplaintsColumn: return QString::number(g.complaints());
    case SatisfactionColumn:
        return g.rated() == 0 ? QStringLiteral("—")
                              : tr("%1 (%n rated)", nullptr, g.rated()).arg(ReportFigures::score(figure(g, column)));
    default: return ReportFigures::percent(figure(g, column));
    }
}

QVariant ReportGroupTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_groups.size()) return {};
    const auto& g = m_groups.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: return cellText(g, column);
    case SortRole: {
        if (column == NameColumn) return ReportFigures::groupName(g);
        const auto value = figure(g, column);
        return value ? *value : -1.0;
    }
    case Qt::TextAlignmentRole:
        return column == NameColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        // Below the trade's usual 85% SLA compliance reads red.
        if (column == SlaColumn) {
            const auto share = ReportFigures::slaCompliance(g);
            if (share && *share < 0.85) return QBrush(QColor(0xc0, 0x39, 0x2b));
        }
        if (column == ComplaintsColumn && g.complaints() > 0) return QBrush(QColor(0xc0, 0x39, 0x2b));
        return {};
    default: return {};
    }
}

QVariant ReportGroupTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        return section == NameColumn && !m_nameTitle.isEmpty() ? m_nameTitle
                                                               : columnTitle(section, m_quickResponse, m_quickResolution);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

}  // namespace laoke::client
