// The demo data generator against a real, migrated PostgreSQL database: what a user of a demo
// installation would notice. Every customer sits in a branch with an owner from that branch
// and can be found by what it is called; contracts cover only their own customer's products;
// amounts are plausible; about half the installed base is still in service and none of it on
// a version whose support has stopped; loading is refused into a database with customers
// unless appending; and the same seed gives the same customers.

#include "DemoDataSupport.h"
#include "TestDatabase.h"
#include "app/Bootstrap.h"
#include "db/Database.h"
#include "demo/DemoLoader.h"
#include "engine/PasswordHasher.h"
#include "engine/SearchText.h"

#include <gtest/gtest.h>
#include <pqxx/pqxx>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace laoke::test {
namespace {

using namespace std::chrono;

constexpr sys_days kToday{year{2025} / 6 / 15};
constexpr const char* kTodayText = "'2025-06-15'::date";

demo::DemoDataOptions options(std::int64_t customers, std::uint64_t seed) { return demoOptions(customers, seed, kToday); }

std::string arrayLiteral(const std::vector<std::int64_t>& values)
{
    std::string literal = "{";
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0) literal += ',';
        literal += std::to_string(values[i]);
    }
    return literal + "}";
}

/// `count` characters of UTF-8 text from character `first` on.
std::string characters(const std::string& utf8, std::size_t first, std::size_t count)
{
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        if ((static_cast<unsigned char>(utf8[i]) & 0xC0) != 0x80) starts.push_back(i);
    }
    starts.push_back(utf8.size());
    const std::size_t from = std::min(first, starts.size() - 1);
    const std::size_t to = std::min(first + count, starts.size() - 1);
    return utf8.substr(starts[from], starts[to] - starts[from]);
}

demo::DemoDataOptions twoThousandCustomers() { return options(2000, 7); }

class DemoDataTest : public LoadedDemoSuite<&twoThousandCustomers> {};

TEST_F(DemoDataTest, LoadsTheCustomersAskedForWithEverythingThatHangsFromThem)
{
    EXPECT_EQ(s_result.customers, 2000);
    EXPECT_EQ(scalar(url(), "SELECT count(*) FROM customers"), 2000);
    EXPECT_EQ(scalar(url(), "SELECT count(*) FROM customers c WHERE NOT EXISTS (SELECT 1 FROM contacts WHERE customer_id = c.id)"), 0);
    EXPECT_EQ(scalar(url(), "SELECT count(*) FROM customers c WHERE NOT EXISTS "
                            "(SELECT 1 FROM installed_products WHERE customer_id = c.id)"), 0);
    EXPECT_EQ(scalar(url(), "SELECT count(*) FROM contacts"), s_result.contacts);
    EXPECT_EQ(scalar(url(), "SELECT count(*) FROM contracts"), s_result.contracts);
    EXPECT_GT(scalar(url(), "SELECT count(*) FROM activities"), 2000);
    // Names and credit codes are unique, as the server's duplicate check expects.
    EXPECT_EQ(scalar(url(), "SELECT count(DISTINCT lower(name)) FROM customers"), 2000);
    EXPECT_GT(scalar(url(), "SELECT count(*) FROM customers WHERE credit_code <> ''"), 1500);
}

TEST_F(DemoDataTest, EveryBranchServesCustomersOwnedByItsOwnAccountManagers)
{
    // BJ, SH and GZ each get the customers of their part of the country.
    EXPECT_EQ(scalar(url(), "SELECT count(DISTINCT branch_id) FROM customers"), 3);
    EXPECT_GT(scalar(url(), "SELECT count(*) FROM customers c JOIN branches b ON b.id = c.branch_id "
                            "WHERE b.code = 'SH' AND c.region = 'east'"), 500);
    EXPECT_EQ(scalar(url(), "SELECT count(*) FROM customers c JOIN branches b ON b.id = c.branch_id "
                            "WHERE b.code = 'GZ' AND c.region IN ('north', 'northeast')"), 0);
    // Owners: an account manager of the customer's own branch, or nobody (public pool).
    EXPECT_EQ(scalar(url(), "SELECT count(*) FROM customers c JOIN users u ON u.id = c.owner_id "
                            "WHERE u.role <> 'account_manager' OR u.branch_id <> c.branch_id"), 0);
    EXPECT_GT(scalar(url(), "SELECT count(*) FROM customers c JOIN branches b ON b.id = c.branch_id "
                            "WHERE b.code = 'BJ' AND c.owner_id IS NOT NULL"), 100);
    // Activities are recorded by people of the customer's branch, or by an administrator
    // where the branch has no users yet (the demo's SH and GZ).
    EXPECT_EQ(scalar(url(), "SELECT count(*) FROM activities a JOIN customers c ON c.id = a.customer_id "
                            "JOIN users u ON u.id = a.by_user_id WHERE u.branch_id IS DISTINCT FROM c.branch_id "
                            "AND NOT (u.role = 'admin' AND NOT EXISTS (SELECT 1 FROM users s WHERE s.branch_id = c.branch_id))"),
              0);
    EXPECT_GT(scalar(url(), "SELECT count(*) FROM activities a JOIN users u ON u.id = a.by_user_id "
                            "WHERE u.username IN ('account', 'engineer', 'manager')"), 500);
}

TEST_F(DemoDataTest, SearchKeysAreExactlyWhatTheServerWouldStore)
{
    EXPECT_EQ(scalar(url(), "SELECT count(*) FROM customers WHERE cardinality(search_keys) = 0 OR search_text = ''"), 0);
    // Recomputed from the stored fields as CustomerRepository does (contacts by id, mobiles then landlines).
    pqxx::connection connection(url());
    pqxx::nontransaction tx(connection);
    const auto rows = tx.exec(
        "SELECT c.name, c.short_name, c.code, c.credit_code, c.search_keys::text, c.search_text, c.branch_id, "
        "array_agg(ct.name ORDER BY ct.id) AS names, "
        "coalesce(array_agg(ct.mobile ORDER BY ct.id) FILTER (WHERE ct.mobile <> ''), '{}') AS mobiles, "
        "coalesce(array_agg(ct.phone ORDER BY ct.id) FILTER (WHERE ct.phone <> ''), '{}') AS phones "
        "FROM customers c JOIN contacts ct ON ct.customer_id = c.id GROUP BY c.id ORDER BY c.id LIMIT 200");
    ASSERT_EQ(rows.size(), 200U);
    for (const auto& row : rows) {
        engine::SearchFields fields{row[0].c_str(), row[1].c_str(), row[2].c_str(), row[3].c_str(), {}, {}};
        auto parse = [](const pqxx::field& field, std::vector<std::string>& out) {
            auto array = field.as_array();
            for (auto item = array.get_next(); item.first != pqxx::array_parser::done; item = array.get_next()) {
                if (item.first == pqxx::array_parser::string_value) out.push_back(item.second);
            }
        };
        parse(row["names"], fields.contactNames);
        parse(row["mobiles"], fields.phoneNumbers);
        parse(row["phones"], fields.phoneNumbers);
        const auto expected = engine::buildSearchDocument(fields);
        EXPECT_EQ(row[5].c_str(), expected.text) << row[0].c_str();
        std::vector<std::string> storedText;
        parse(row[4], storedText);
        std::vector<std::int64_t> stored;
        for (const auto& key : storedText) stored.push_back(std::stoll(key));
        // ... plus the branch as the key -branch_id (V0006).
        auto keys = expected.keys;
        keys.push_back(-row["branch_id"].as<std::int64_t>());
        std::sort(stored.begin(), stored.end());
        std::sort(keys.begin(), keys.end());
        EXPECT_EQ(stored, keys) << row[0].c_str();
    }
    // The packing is plain enough to query by hand: a name's first character is a unigram key,
    // its code point shifted left by 42 bits (SearchText.h).
    EXPECT_EQ(scalar(url(), "SELECT count(*) FROM (SELECT * FROM customers ORDER BY id LIMIT 1000) c "
                            "WHERE NOT search_keys @> ARRAY[ascii(left(name, 1))::bigint << 42]"),
              0);
}

TEST_F(DemoDataTest, ACustomerIsFoundByPartOfItsNameAndByPinyinInitials)
{
    const auto names = column(url(), "SELECT name FROM customers ORDER BY id LIMIT 50");
    pqxx::connection connection(url());
    pqxx::nontransaction tx(connection);
    for (const auto& name : names) {
        // The 字号 and trade in the middle of the name, as a user remembers it: 3rd to 6th character.
        const std::string part = characters(name, 2, 4);
        for (const std::string& typed : {part, engine::pinyinOf(part).initials}) {
            const auto query = engine::buildSearchQuery(typed);
            ASSERT_TRUE(query.usable) << typed;
            const auto found = tx.exec_params(
                "SELECT count(*) FILTER (WHERE name = $3) FROM customers WHERE search_keys @> $1::bigint[] "
                "AND strpos(search_text, $2) > 0",
                arrayLiteral(query.keys), query.needle, name);
            EXPECT_EQ(found[0][0].as<int>(), 1) << "'" << typed << "' should find " << name;
        }
    }
}

TEST_F(DemoDataTest, ContractsCoverOnlyTheirOwnCustomersProductsAndModulesTheirOwnLine)
{
    EXPECT_EQ(scalar(url(), "SELECT count(*) FROM contract_products cp JOIN contracts c ON c.id = cp.contract_id "
                            "JOIN installed_products ip ON ip.id = cp.installed_product_id "
                            "WHERE ip.customer_id <> c.customer_id"), 0);
    EXPECT_EQ(scalar(url(), "SELECT count(*) FROM installed_product_modules ipm "
                            "JOIN installed_products ip ON ip.id = ipm.installed_product_id "
                            "JOIN product_versions pv ON pv.id = ip.product_version_id "
                            "JOIN product_modules pm ON pm.id = ipm.module_id WHERE pm.product_line_id <> pv.product_line_id"), 0);
    EXPECT_EQ(scalar(url(), "SELECT count(*) FROM activities a JOIN contacts ct ON ct.id = a.contact_id "
                            "WHERE ct.customer_id <> a.customer_id"), 0);
    // The database's own checks are back on after the load.
    EXPECT_EQ(scalar(url(), "SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal AND tgenabled = 'D'"), 0);
    EXPECT_EQ(scalar(url(), "SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND conrelid = 'contracts'::regclass"), 3);
    EXPECT_EQ(scalar(url(), "SELECT count(*) FROM pg_indexes WHERE indexname = 'customers_search'"), 1);
}

TEST_F(DemoDataTest, AmountsArePlausibleAndServiceFeesAreFifteenPercent)
{
    EXPECT_EQ(scalar(url(), "SELECT count(*) FROM contracts WHERE amount_fen <= 0"), 0);
    // §1.4: licences from 2,000 元 (T3) to 800,000 元 (U8+); SaaS 1,000-10,000 元 a year.
    EXPECT_EQ(scalar(url(), "SELECT count(*) FROM contracts WHERE kind = 'licence' "
                            "AND amount_fen NOT BETWEEN 200000 AND 80000000"), 0);
    EXPECT_EQ(scalar(url(), "SELECT count(*) FROM contracts WHERE kind = 'saas_subscription' "
                            "AND amount_fen NOT BETWEEN 100000 AND 1000000"), 0);
    // Annual service: 15% of the product's licence, at least 800 元 (rounded to 10 元).
    // A last year cut short where support stops is charged pro rata.
    EXPECT_EQ(scalar(url(), "SELECT count(*) FROM contracts s JOIN contract_products sp ON sp.contract_id = s.id "
                            "JOIN contract_products lp ON lp.installed_product_id = sp.installed_product_id "
                            "JOIN contracts l ON l.id = lp.contract_id AND l.kind = 'licence' "
                            "WHERE s.kind = 'annual_service' AND s.ends_on - s.starts_on >= 364 "
                            "AND abs(s.amount_fen - greatest(80000, l.amount_fen * 15 / 100)) > 1000"), 0);
    EXPECT_GT(scalar(url(), "SELECT count(*) FROM contracts WHERE kind = 'annual_service'"), 500);
    EXPECT_EQ(scalar(url(), "SELECT count(*) FROM contracts WHERE starts_on > ends_on"), 0);
}

TEST_F(DemoDataTest, AboutHalfTheCustomersAreInServiceAndNoneOnAStoppedVersion)
{
    const long long inService =
        scalar(url(), std::string("SELECT count(*) FROM customers WHERE service_end_on >= ") + kTodayText);
    EXPECT_GE(inService, 900) << "45% of 2000";
    EXPECT_LE(inService, 1300) << "65% of 2000";
    // The customer's service end is the latest of its products'.
    EXPECT_EQ(scalar(url(), "SELECT count(*) FROM customers c WHERE service_end_on IS DISTINCT FROM "
                            "(SELECT max(service_end_on) FROM installed_products WHERE customer_id = c.id)"), 0);
    // Renewals stop with support (§2.1): only a first, bundled year may run past it.
    EXPECT_EQ(scalar(url(), std::string("SELECT count(*) FROM installed_products ip JOIN product_versions pv "
                                        "ON pv.id = ip.product_version_id WHERE ip.service_end_on >= pv.support_stopped_from "
                                        "AND ip.service_end_on >= ip.go_live_on + interval '1 year'")), 0);
    // Some versions are past full support, so the demo shows upgrade work.
    EXPECT_GT(scalar(url(), std::string("SELECT count(*) FROM installed_products ip JOIN product_versions pv "
                                        "ON pv.id = ip.product_version_id WHERE pv.limited_support_from <= ") + kTodayText), 100);
}

TEST_F(DemoDataTest, AThirdOfTheCustomersInKnownCitiesHaveCoordinatesNearTheirCity)
{
    // The demo's cities all have shipped centres; a third of their customers were "located".
    const long long located = scalar(url(), "SELECT count(*) FROM customers WHERE latitude IS NOT NULL");
    EXPECT_GE(located, 2000 / 3 - 80);
    EXPECT_LE(located, 2000 / 3 + 80);
    // At most 18 km from the centre: within 25 km of the city's located customers' average position.
    EXPECT_EQ(scalar(url(), "SELECT count(*) FROM customers c JOIN (SELECT city, avg(latitude) AS lat, avg(longitude) AS lon "
                            "FROM customers WHERE latitude IS NOT NULL GROUP BY city HAVING count(*) >= 20) m ON m.city = c.city "
                            "WHERE c.latitude IS NOT NULL AND (abs(c.latitude - m.lat) * 111 > 25 "
                            "OR abs(c.longitude - m.lon) * 111 * cos(radians(m.lat)) > 25)"),
              0);
}

TEST_F(DemoDataTest, SomeKeyContactsHaveLeftAndThatIsRecorded)
{
    const long long left = scalar(url(), "SELECT count(*) FROM contacts WHERE left_on IS NOT NULL");
    EXPECT_GT(left, 100);
    EXPECT_LT(left, s_result.contacts / 5);
    EXPECT_EQ(scalar(url(), "SELECT count(*) FROM contacts ct WHERE ct.is_key AND ct.left_on IS NOT NULL AND NOT EXISTS "
                            "(SELECT 1 FROM customer_events e WHERE e.contact_id = ct.id AND e.kind = 'key_contact_left' "
                            "AND e.occurred_on = ct.left_on)"), 0);
}

TEST_F(DemoDataTest, TheServerGoesOnNumberingAfterTheDemoRows)
{
    pqxx::connection connection(url());
    pqxx::work tx(connection);
    const auto row = tx.exec1(
        "INSERT INTO customers (code, name, branch_id, search_keys) SELECT 'C' || lpad(nextval('customer_code_seq')::text, 7, '0'), "
        "'新客户测试有限公司', min(id), ARRAY[-min(id)] FROM branches RETURNING id, code");
    EXPECT_GT(row[0].as<long long>(), 2000);
    EXPECT_EQ(std::string(row[1].c_str()), "C0002001");
    EXPECT_GT(tx.exec1("SELECT nextval(pg_get_serial_sequence('contracts', 'id'))")[0].as<long long>(),
              tx.exec1("SELECT max(id) FROM contracts")[0].as<long long>());
}

TEST_F(DemoDataTest, TheCatalogueGetsDemoVersionsOnlyWhereItHadNone)
{
    EXPECT_GT(s_result.versionsAdded, 30);
    EXPECT_EQ(scalar(url(), "SELECT count(*) FROM product_lines pl WHERE NOT EXISTS "
                            "(SELECT 1 FROM product_versions WHERE product_line_id = pl.id)"), 0);
    EXPECT_EQ(scalar(url(), "SELECT count(*) FROM product_versions pv JOIN product_lines pl ON pl.id = pv.product_line_id "
                            "WHERE pl.code = 'u8plus' AND pv.name = '16.0'"), 1);
}

TEST(DemoDataLoad, RefusesADatabaseWithCustomersUnlessAppending)
{
    const auto database = demoDatabase();
    demo::loadDemoData(database->url(), options(200, 1));
    EXPECT_THROW(demo::loadDemoData(database->url(), options(200, 2)), demo::DemoDataRefused);
    EXPECT_EQ(scalar(database->url(), "SELECT count(*) FROM customers"), 200);

    auto more = options(300, 2);
    more.append = true;
    const auto result = demo::loadDemoData(database->url(), more);
    EXPECT_EQ(result.customers, 300);
    EXPECT_EQ(scalar(database->url(), "SELECT count(*) FROM customers"), 500);
    EXPECT_EQ(scalar(database->url(), "SELECT count(DISTINCT lower(name)) FROM customers"), 500);
    EXPECT_EQ(scalar(database->url(), "SELECT count(DISTINCT code) FROM customers"), 500);
}

TEST(DemoDataLoad, TheSameSeedGivesTheSameCustomers)
{
    const auto first = demoDatabase();
    const auto second = demoDatabase();
    demo::loadDemoData(first->url(), options(300, 42));
    demo::loadDemoData(second->url(), options(300, 42));
    const std::string customers = "SELECT name || '|' || credit_code || '|' || city || '|' || coalesce(service_end_on::text, '') "
                                  "FROM customers ORDER BY id";
    EXPECT_EQ(column(first->url(), customers), column(second->url(), customers));
    const std::string contracts = "SELECT kind || '|' || amount_fen FROM contracts ORDER BY id";
    EXPECT_EQ(column(first->url(), contracts), column(second->url(), contracts));

    const auto third = demoDatabase();
    demo::loadDemoData(third->url(), options(300, 43));
    EXPECT_NE(column(first->url(), customers), column(third->url(), customers));
}

}  // namespace
}  // namespace laoke::test
