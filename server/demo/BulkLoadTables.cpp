#include "demo/BulkLoadTables.h"

#include <spdlog/spdlog.h>

#include <chrono>
#include <stdexcept>

namespace laoke::demo {
namespace {

std::string textArray(const std::vector<std::string>& values)
{
    std::string literal = "{";
    for (std::size_t i = 0; i < values.size(); ++i) literal += (i ? "," : "") + values[i];
    return literal + "}";
}

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

BulkLoadTables::BulkLoadTables(pqxx::work& tx, std::vector<std::string> tables, bool dropIndexesAndKeys)
    : m_tx(tx), m_tables(std::move(tables))
{
    const std::string tableArray = textArray(m_tables);
    if (dropIndexesAndKeys) {
        for (const auto& row : m_tx.exec_params(
                 "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint "
                 "WHERE contype = 'f' AND conrelid IN (SELECT unnest($1::text[])::regclass) ORDER BY oid",
                 tableArray)) {
            m_foreignKeys.push_back(Saved{row[0].c_str(), row[1].c_str(), row[2].c_str()});
        }
        // Secondary indexes only: the primary keys and UNIQUE constraints stay (cheap to keep
        // on increasing ids, and they guard the load).
        for (const auto& row : m_tx.exec_params(
                 "SELECT i.indrelid::regclass::text, c.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i "
                 "JOIN pg_class c ON c.oid = i.indexrelid "
                 "WHERE i.indrelid IN (SELECT unnest($1::text[])::regclass) AND NOT EXISTS ("
                 "SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.conrelid = i.indrelid "
                 "AND k.contype IN ('p', 'u', 'x')) ORDER BY i.indexrelid",
                 tableArray)) {
            m_indexes.push_back(Saved{row[0].c_str(), row[1].c_str(), row[2].c_str()});
        }
        for (const auto& key : m_foreignKeys) {
            m_tx.exec("ALTER TABLE " + m_tx.quote_name(key.table) + " DROP CONSTRAINT " + m_tx.quote_name(key.name));
        }
        for (const auto& index : m_indexes) m_tx.exec("DROP INDEX " + m_tx.quote_name(index.name));
    }
    for (const auto& table : m_tables) m_tx.exec("ALTER TABLE " + m_tx.quote_name(table) + " DISABLE TRIGGER USER");
}

void BulkLoadTables::restore()
{
    for (const auto& index : m_indexes) {
        const auto start = std::chrono::steady_clock::now();
        m_tx.exec(index.definition);
        spdlog::debug("demo data: index {} rebuilt in {:.1f} s", index.name, secondsSince(start));
    }
    for (const auto& key : m_foreignKeys) {
        const auto start = std::chrono::steady_clock::now();
        m_tx.exec("ALTER TABLE " + m_tx.quote_name(key.table) + " ADD CONSTRAINT " + m_tx.quote_name(key.name) + " " +
                  key.definition);
        spdlog::debug("demo data: foreign key {} validated in {:.1f} s", key.name, secondsSince(start));
    }
    for (const auto& table : m_tables) m_tx.exec("ALTER TABLE " + m_tx.quote_name(table) + " ENABLE TRIGGER USER");
    m_indexes.clear();
    m_foreignKeys.clear();
}

void BulkLoadTables::checkConsistency()
{
    struct Rule {
        const char* what;
        const char* query;
    };
    static constexpr Rule kRules[] = {
        {"installed modules of another product line",
         "SELECT count(*) FROM installed_product_modules ipm "
         "JOIN installed_products ip ON ip.id = ipm.installed_product_id "
         "JOIN product_versions pv ON pv.id = ip.product_version_id "
         "JOIN product_modules pm ON pm.id = ipm.module_id WHERE pm.product_line_id <> pv.product_line_id"},
        {"contracts covering another customer's product",
         "SELECT count(*) FROM contract_products cp JOIN contracts c ON c.id = cp.contract_id "
         "JOIN installed_products ip ON ip.id = cp.installed_product_id WHERE ip.customer_id <> c.customer_id"},
        {"activities naming another customer's contact",
         "SELECT count(*) FROM activities a JOIN contacts ct ON ct.id = a.contact_id WHERE ct.customer_id <> a.customer_id"},
        {"customers whose copied owner or branch name is not the owner's or branch's",
         "SELECT count(*) FROM customers c JOIN branches b ON b.id = c.branch_id LEFT JOIN users u ON u.id = c.owner_id "
         "WHERE c.owner_name <> coalesce(u.display_name, '') OR c.branch_name <> b.name"},
    };
    for (const auto& rule : kRules) {
        const auto broken = m_tx.exec(rule.query)[0][0].as<long long>();
        if (broken != 0) throw std::runtime_error("demo data broke a rule: " + std::to_string(broken) + " " + rule.what);
    }
}

}  // namespace laoke::demo
