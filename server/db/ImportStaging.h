#pragma once
// The staging area of an import: the rows of one import, sent by the client in chunks, kept
// until the import is applied (in one transaction) or abandoned. Each user sees only their
// own staged rows (row-level security); rows older than a day are purged.

#include "db/UnitOfWork.h"
#include "laoke.pb.h"

#include <string>
#include <vector>

namespace laoke::db {

class ImportStaging {
public:
    explicit ImportStaging(UnitOfWork& work) : m_work(work) {}

    /// Adds rows; a row number staged twice replaces the earlier one (a resent chunk).
    /// Returns how many rows the import now holds.
    int stage(const std::string& importId, const std::vector<protocol::ImportRow>& rows);
    /// The staged rows in row-number order.
    std::vector<protocol::ImportRow> load(const std::string& importId);
    void clear(const std::string& importId);
    /// Removes every user's staged rows older than a day.
    void purgeStale();

private:
    UnitOfWork& m_work;
};

}  // namespace laoke::db
