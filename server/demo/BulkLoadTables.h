#pragma once
// Prepares tables for a large COPY inside one transaction and puts them back before commit.
//
// Per-row work is what makes a bulk load slow: every row checks its foreign keys one lookup
// at a time, runs the plpgsql consistency triggers (a query each), and updates every index,
// the GIN index of search keys above all. For the load this drops the secondary indexes and
// the foreign keys of the tables and disables their user triggers; restore() recreates the
// indexes, re-adds the foreign keys (each validated by one set-based query) and enables the
// triggers, and checkConsistency() runs what the triggers check as three set-based queries.
// Everything is transactional: on any failure the transaction rolls back and the tables are
// as they were. Needs the table owner; other sessions wait on the locks meanwhile.

#include <pqxx/pqxx>

#include <string>
#include <vector>

namespace laoke::demo {

class BulkLoadTables {
public:
    /// `dropIndexesAndKeys` false keeps indexes and foreign keys (small loads into big tables).
    BulkLoadTables(pqxx::work& tx, std::vector<std::string> tables, bool dropIndexesAndKeys);

    /// Recreates what was dropped and enables the triggers again.
    void restore();

    /// Throws std::runtime_error when a row breaks a rule the disabled triggers enforce: a
    /// module of another product line, a contract covering another customer's product, an
    /// activity naming another customer's contact, a customer's copied owner or branch name.
    void checkConsistency();

private:
    struct Saved {
        std::string table;
        std::string name;
        std::string definition;
    };

    pqxx::work& m_tx;
    std::vector<std::string> m_tables;
    std::vector<Saved> m_indexes;
    std::vector<Saved> m_foreignKeys;
};

}  // namespace laoke::demo
