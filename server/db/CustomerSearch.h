#pragma once
// The customer list query: text search (engine/SearchText keys through the GIN index, then
// an exact substring check), filters, sort by any list column and keyset paging. The SQL is
// assembled from fixed fragments chosen by which filters are present; every value is a bound
// parameter. It runs unprepared on purpose: each search gets a plan for its own values (a
// rare name and a common one need different plans), so no plan degrades with reuse.

#include "db/UnitOfWork.h"
#include "engine/SearchText.h"
#include "laoke.pb.h"

#include <string>
#include <vector>

namespace laoke::db {

struct CustomerSearchPage {
    std::vector<protocol::CustomerRow> rows;
    std::string nextPage;  ///< cursor after the last row; empty when there are no more rows
};

class CustomerSearch {
public:
    explicit CustomerSearch(UnitOfWork& work) : m_work(work) {}

    /// `today` and `expiringSoonDays` decide the service states (filter and rows).
    /// Throws BAD_REQUEST for a cursor this server did not make.
    CustomerSearchPage run(const protocol::SearchCustomersRequest& request, const engine::SearchQuery& text,
                           const std::string& today, int expiringSoonDays);

private:
    UnitOfWork& m_work;
};

}  // namespace laoke::db
