#include "ReportComplaintTableModel.h"

#include "CallbackNames.h"
#include "CustomerFormats.h"
#include "ReportFigures.h"

namespace laoke::client {

ReportComplaintTableModel::ReportComplaintTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ReportComplaintTableModel::setComplaints(const QList<protocol::ReportComplaint>& complaints) {
    beginResetModel();
    m_complaints = complaints;
    endResetModel();
}

int ReportComplaintTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_complaints.size());
}

int ReportComplaintTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReportComplaintTableModel::columnTitle(int column) {
    switch (column) {
    case OpenedColumn: return tr("Opened");
    case TicketColumn: return tr("Ticket");
    case CustomerColumn: return tr("Customer");
    case BranchColumn: return tr("Branch");
    case EngineerColumn: return tr("Engineer");
    case SourceColumn: return tr("From");
    case ScoreColumn: return tr("Score");
    case SummaryColumn: return tr("What the customer said");
    case StateColumn: return tr("State");
    case HandlerColumn: return tr("Handled by");
    case ResolvedColumn: return tr("Resolved at");
    case ResolutionColumn: return tr("How it was resolved");
    default: return {};
    }
}

QString ReportComplaintTableModel::cellText(const protocol::ReportComplaint& c, int column) {
    switch (column) {
    case OpenedColumn: return CustomerFormats::dateTime(c.opened_at_unix());
    case TicketColumn: return QString::fromStdString(c.ticket_number());
    case CustomerColumn: return QString::fromStdString(c.customer_name());
    case BranchColumn: return QString::fromStdString(c.branch_name());
    case EngineerColumn: return QString::fromStdString(c.engineer_name());
    case SourceColumn: return c.source() == "callback" ? tr("Callback") : tr("Registered by hand");
    case ScoreColumn:
        return c.satisfaction() == 0 ? QString()
                                     : QStringLiteral("%1 · %2").arg(c.satisfaction()).arg(ReportFigures::scoreName(c.satisfaction()));
    case SummaryColumn: return QString::fromStdString(c.summary());
    case StateColumn: return CallbackNames::complaintState(QString::fromStdString(c.state()));
    case HandlerColumn: return QString::fromStdString(c.handler_name());
    case ResolvedColumn: return c.resolved_at_unix() == 0 ? QString() : CustomerFormats::dateTime(c.resolved_at_unix());
    case ResolutionColumn: return QString::fromStdString(c.resolution());
    default: return {};
    }
}

QVariant ReportComplaintTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_complaints.size()) return {};
    const auto& c = m_complaints.at(index.row());
    if (role == Qt::DisplayRole) return cellText(c, index.column());
    if (role == Qt::ToolTipRole && (index.column() == SummaryColumn || index.column() == ResolutionColumn)) {
        return cellText(c, index.column());
    }
    return {};
}

QVariant ReportComplaintTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) return columnTitle(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

}  // namespace laoke::client
