#pragma once
// The customer list query: text search (engine/SearchText keys through the GIN index, then
// an exact substring check), filters, sort by any list column and keyset paging. The SQL is
// assembled from fixed fragments chosen by which filters are present; every value is a bound
// parameter. It runs unprepared on purpose: each search gets a plan for its own values (a
// rare name and a common one need different plans), so no plan degrades with reuse.
//
// Text searches sorted by name, with no filter but the branch, are answered by the server's
// in-memory index (CustomerSearchIndex) when it is built. Otherwise they choose their plan
// from statistics (engine/SearchPlan.h, SearchKeyStatistics): the GIN index for few matches,
// a walk of the name index for many.
//
// Two steps, because PostgreSQL cannot use the search index under a row-level security
// policy (the policy must be checked before the non-leakproof @> and strpos, so every row
// would be read): first the page's ids are found as the server's own role with an explicit
// branch condition, then the rows are read back as the application role, so the policy
// still decides what is shown.

#include "db/UnitOfWork.h"
#include "engine/SearchText.h"
#include "laoke.pb.h"

#include <cstdint>
#include <string>
#include <vector>

namespace laoke::db {

struct CustomerSearchPage {
    std::vector<protocol::CustomerRow> rows;
    std::string nextPage;  ///< cursor after the last row; empty when there are no more rows
};

class CustomerSearchIndex;

class CustomerSearch {
public:
    /// `index` may be null (PostgreSQL's indexes answer every search).
    CustomerSearch(UnitOfWork& work, CustomerSearchIndex* index) : m_work(work), m_index(index) {}

    /// `branchScope` limits the search to one branch (the caller's, for everyone but
    /// admins); 0 searches every branch. `today` and `expiringSoonDays` decide the service
    /// states (filter and rows). Throws BAD_REQUEST for a cursor this server did not make.
    CustomerSearchPage run(const protocol::SearchCustomersRequest& request, const engine::SearchQuery& text,
                           std::int64_t branchScope, const std::string& today, int expiringSoonDays);

private:
    UnitOfWork& m_work;
    CustomerSearchIndex* m_index;
};

}  // namespace laoke::db
