#pragma once
// The customer list as a table, paged from the server with search_customers: the first page
// of 200 comes when the filter or sort changes, the next ones through canFetchMore/fetchMore
// (keyset cursor) as the user scrolls, so a book of a million customers scrolls without the
// UI ever waiting. At most one request is in flight: while one runs, a newer query waits
// for it, fetchMore is a no-op (the page on its way answers it), and a reply to an older
// query (generation counter) is dropped unseen. The rows on
// screen stay until the first page of the new query replaces them, so typing in the search
// box does not make the table flash empty.

#include "Connection.h"
#include "laoke.pb.h"

#include <QAbstractTableModel>

#include <optional>
#include <string>
#include <vector>

namespace laoke::client {

class CustomerListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        // What decides the next call comes first: who, in what state, with what service.
        CodeColumn,
        NameColumn,
        ShortNameColumn,
        StatusColumn,
        GradeColumn,
        ServiceColumn,
        OwnerColumn,
        CityColumn,
        IndustryColumn,
        BranchColumn,
        UpdatedColumn,
        ColumnCount,
    };
    enum DataRole {
        CustomerIdRole = Qt::UserRole + 1,  ///< the customer's id
        CodeValueRole,                      ///< the raw coded value of status, grade and service columns
    };
    static constexpr int kDefaultPageSize = 200;

    explicit CustomerListModel(Connection& connection, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    /// Sorts at the server by a sortable column (see sortForColumn); others are ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// The server's sort key for a column; nullopt when the column cannot be sorted.
    static std::optional<protocol::CustomerSort> sortForColumn(int column);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    /// Replaces the filter and loads its first page (nothing happens if it is unchanged).
    void setFilter(const protocol::CustomerFilter& filter);
    const protocol::CustomerFilter& filter() const { return m_filter; }
    /// Loads the first page of the current filter and sort again.
    void refresh();
    void setPageSize(int pageSize);
    int pageSize() const { return m_pageSize; }

    /// True while the rows of the current query are being fetched.
    bool isLoading() const { return m_loading; }
    /// True once the first page of the current query has arrived (false after a failure).
    bool isCurrent() const { return m_rowsCurrent; }
    /// More rows exist at the server for the current query.
    bool hasMore() const { return m_rowsCurrent && !m_cursor.empty(); }
    /// The number of requests sent so far (each page is one), for tests and diagnostics.
    int requestCount() const { return m_requestCount; }

    const protocol::CustomerRow& rowAt(int row) const { return m_rows.at(static_cast<std::size_t>(row)); }
    /// The row of the customer with this id, or -1.
    int rowOfCustomer(qint64 customerId) const;
    /// Updates the row of `customer` in place after it was edited, if it is loaded.
    void applyCustomer(const protocol::Customer& customer);
    /// Announces all header and cell texts as changed, for a new UI language.
    void retranslate();

    /// The service column's text for a row: "In service · until 2026-03-31", "Expiring soon ·
    /// 23 days left", "Expired · 2025-05-01", "No service".
    static QString serviceText(const protocol::CustomerRow& row);

signals:
    void loadingChanged(bool loading);
    /// A page of the current query arrived (`first`: it replaced the rows).
    void pageLoaded(bool first);
    void loadFailed(const laoke::client::ClientError& error);

private:
    void restartQuery();
    void pump();
    void sendPage(bool first);
    void onPage(quint64 generation, bool first, const Reply& reply);
    void updateLoading();

    Connection& m_connection;
    std::vector<protocol::CustomerRow> m_rows;
    protocol::CustomerFilter m_filter;
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_pageSize = kDefaultPageSize;

    quint64 m_generation = 0;    ///< bumped by every change of filter or sort
    bool m_inFlight = false;     ///< one request at a time
    bool m_needFirstPage = false; ///< the current query's first page has not been sent yet
    bool m_rowsCurrent = false;  ///< m_rows belong to the current query
    std::string m_cursor;        ///< next_page of the last page; empty = no more
    bool m_loading = false;
    int m_requestCount = 0;
};

}  // namespace laoke::client
