#include "CustomerListModel.h"

#include "CustomerFormats.h"
#include "CustomerValueNames.h"

#include <QPointer>

namespace laoke::client {

namespace {

QString str(const std::string& text) {
    return QString::fromStdString(text);
}

}  // namespace

CustomerListModel::CustomerListModel(Connection& connection, QObject* parent)
    : QAbstractTableModel(parent), m_connection(connection) {}

int CustomerListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CustomerListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString CustomerListModel::serviceText(const protocol::CustomerRow& row) {
    const QString state = str(row.service_state());
    const QString name = CustomerValueNames::serviceState(state.isEmpty() ? QStringLiteral("no_service") : state);
    if (row.service_end().empty() || state == QLatin1String("no_service") || state.isEmpty()) return name;
    if (state == QLatin1String("expiring_soon")) {
        const int days = CustomerFormats::daysLeft(CustomerFormats::date(row.service_end()));
        return QStringLiteral("%1 · %2").arg(name, CustomerFormats::daysLeftText(days));
    }
    if (state == QLatin1String("expired")) return QStringLiteral("%1 · %2").arg(name, str(row.service_end()));
    return tr("%1 · until %2").arg(name, str(row.service_end()));
}

QVariant CustomerListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const protocol::CustomerRow& row = m_rows[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<Column>(index.column());

    if (role == CustomerIdRole) return QVariant::fromValue<qint64>(row.id());
    if (role == CodeValueRole) {
        if (column == StatusColumn) return str(row.status());
        if (column == GradeColumn) return str(row.manual_grade());
        if (column == ServiceColumn) return str(row.service_state());
        return {};
    }
    if (role == Qt::ForegroundRole) {
        if (column == StatusColumn) return CustomerValueNames::statusColor(str(row.status()));
        if (column == GradeColumn) return CustomerValueNames::gradeColor(str(row.manual_grade()));
        if (column == ServiceColumn) return CustomerValueNames::serviceStateColor(str(row.service_state()));
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (column == NameColumn && !row.matched_contact().empty())
            return tr("Found through the contact %1").arg(str(row.matched_contact()));
        if (column == CityColumn && !row.province().empty()) return str(row.province());
        if (column == IndustryColumn) return CustomerValueNames::industry(str(row.industry()));
        return {};
    }
    if (role != Qt::DisplayRole) return {};

    switch (column) {
    case CodeColumn:
        return str(row.code());
    case NameColumn:
        return str(row.name());
    case ShortNameColumn:
        return str(row.short_name());
    case CityColumn:
        return row.city().empty() ? str(row.province()) : str(row.city());
    case IndustryColumn:
        return CustomerValueNames::industry(str(row.industry()));
    case OwnerColumn:
        return str(row.owner_name());
    case BranchColumn:
        return str(row.branch_name());
    case StatusColumn:
        return CustomerValueNames::status(str(row.status()));
    case GradeColumn:
        return CustomerValueNames::grade(str(row.manual_grade()));
    case ServiceColumn:
        return serviceText(row);
    case UpdatedColumn:
        return CustomerFormats::dateTime(row.updated_at_unix());
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::ToolTipRole && !sortForColumn(section)) return tr("This column cannot be sorted.");
    if (role != Qt::DisplayRole) return {};
    switch (static_cast<Column>(section)) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Customer name");
    case ShortNameColumn:
        return tr("Short name");
    case CityColumn:
        return tr("City");
    case IndustryColumn:
        return tr("Industry");
    case OwnerColumn:
        return tr("Account manager");
    case BranchColumn:
        return tr("Branch");
    case StatusColumn:
        return tr("Status");
    case GradeColumn:
        return tr("Grade");
    case ServiceColumn:
        return tr("Service");
    case UpdatedColumn:
        return tr("Updated");
    case ColumnCount:
        break;
    }
    return {};
}

std::optional<protocol::CustomerSort> CustomerListModel::sortForColumn(int column) {
    switch (static_cast<Column>(column)) {
    case CodeColumn:
        return protocol::SORT_BY_CODE;
    case NameColumn:
        return protocol::SORT_BY_NAME;
    case CityColumn:
        return protocol::SORT_BY_CITY;
    case IndustryColumn:
        return protocol::SORT_BY_INDUSTRY;
    case OwnerColumn:
        return protocol::SORT_BY_OWNER;
    case BranchColumn:
        return protocol::SORT_BY_BRANCH;
    case StatusColumn:
        return protocol::SORT_BY_STATUS;
    case GradeColumn:
        return protocol::SORT_BY_GRADE;
    case ServiceColumn:
        return protocol::SORT_BY_SERVICE_END;
    case UpdatedColumn:
        return protocol::SORT_BY_UPDATED;
    case ShortNameColumn:
    case ColumnCount:
        break;
    }
    return std::nullopt;
}

void CustomerListModel::sort(int column, Qt::SortOrder order) {
    if (!sortForColumn(column)) return;
    if (column == m_sortColumn && order == m_sortOrder) return;
    m_sortColumn = column;
    m_sortOrder = order;
    restartQuery();
}

void CustomerListModel::setFilter(const protocol::CustomerFilter& filter) {
    if (filter.SerializeAsString() == m_filter.SerializeAsString() && (m_rowsCurrent || m_loading)) return;
    m_filter = filter;
    restartQuery();
}

void CustomerListModel::refresh() {
    restartQuery();
}

void CustomerListModel::setPageSize(int pageSize) {
    m_pageSize = std::clamp(pageSize, 1, 500);
}

bool CustomerListModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && hasMore();
}

void CustomerListModel::fetchMore(const QModelIndex& parent) {
    // While a page is on its way it is the answer to this call too: views ask again from
    // their scroll handlers and when the rows arrive, and QAbstractItemModelTester asks
    // from inside the insert notifications, before the new cursor is known.
    if (!canFetchMore(parent) || m_inFlight) return;
    sendPage(false);
}

void CustomerListModel::restartQuery() {
    ++m_generation;
    m_needFirstPage = true;
    m_rowsCurrent = false;
    m_cursor.clear();
    pump();
    updateLoading();
}

void CustomerListModel::pump() {
    if (!m_inFlight && m_needFirstPage) sendPage(true);
}

void CustomerListModel::sendPage(bool first) {
    protocol::Envelope envelope;
    auto* request = envelope.mutable_search_customers();
    *request->mutable_filter() = m_filter;
    request->set_sort(sortForColumn(m_sortColumn).value_or(protocol::SORT_BY_NAME));
    request->set_descending(m_sortOrder == Qt::DescendingOrder);
    request->set_page_size(m_pageSize);
    if (!first) request->set_after(m_cursor);

    if (first) m_needFirstPage = false;
    m_inFlight = true;
    ++m_requestCount;
    const quint64 generation = m_generation;
    QPointer<CustomerListModel> self(this);
    m_connection.send(std::move(envelope), [self, generation, first](const Reply& reply) {
        if (self) self->onPage(generation, first, reply);
    });
    updateLoading();
}

void CustomerListModel::onPage(quint64 generation, bool first, const Reply& reply) {
    if (generation != m_generation) {
        m_inFlight = false;
        // An answer to a query the user has already moved on from: never shown.
        pump();
        updateLoading();
        return;
    }
    if (!reply.ok() || !reply.envelope().has_search_customers_reply()) {
        m_inFlight = false;
        updateLoading();
        emit loadFailed(reply.ok() ? ClientError{ClientError::Kind::Server, protocol::BAD_REQUEST,
                                                 QStringLiteral("unexpected reply to search_customers")}
                                   : reply.error());
        return;
    }
    const auto& page = reply.envelope().search_customers_reply();
    if (first) {
        beginResetModel();
        m_rows.assign(page.rows().begin(), page.rows().end());
        m_rowsCurrent = true;
        m_cursor = page.next_page();
        endResetModel();
    } else if (page.rows_size() > 0) {
        const int from = rowCount();
        beginInsertRows({}, from, from + page.rows_size() - 1);
        m_rows.insert(m_rows.end(), page.rows().begin(), page.rows().end());
        m_cursor = page.next_page();
        endInsertRows();
    } else {
        m_cursor = page.next_page();
    }
    // Only now is the request finished: fetchMore called from inside the insert and reset
    // notifications above must not send a second request with the old cursor.
    m_inFlight = false;
    updateLoading();
    emit pageLoaded(first);
    pump();
}

void CustomerListModel::updateLoading() {
    const bool loading = m_inFlight || m_needFirstPage;
    if (loading == m_loading) return;
    m_loading = loading;
    emit loadingChanged(loading);
}

int CustomerListModel::rowOfCustomer(qint64 customerId) const {
    for (std::size_t row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].id() == customerId) return static_cast<int>(row);
    return -1;
}

void CustomerListModel::applyCustomer(const protocol::Customer& customer) {
    const int row = rowOfCustomer(customer.id());
    if (row < 0) return;
    protocol::CustomerRow& target = m_rows[static_cast<std::size_t>(row)];
    target.set_code(customer.code());
    target.set_name(customer.name());
    target.set_short_name(customer.short_name());
    target.set_industry(customer.industry());
    target.set_province(customer.province());
    target.set_city(customer.city());
    target.set_branch_name(customer.branch_name());
    target.set_owner_name(customer.owner_name());
    target.set_status(customer.status());
    target.set_manual_grade(customer.manual_grade());
    target.set_updated_at_unix(customer.updated_at_unix());
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CustomerListModel::retranslate() {
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

}  // namespace laoke::client
