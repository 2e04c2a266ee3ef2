// The migration runner as the server uses it at start: a new database gets the whole schema,
// a restart changes nothing, and an edited, failing or misnamed migration stops it with a
// message naming the file while the database stays as it was.

#include "TestDatabase.h"
#include "db/MigrationRunner.h"

#include <gtest/gtest.h>
#include <pqxx/pqxx>

#include <string>
#include <vector>

namespace laoke::test {
namespace {

using db::MigrationError;
using db::MigrationFile;
using db::MigrationRunner;

const MigrationFile kCreateFruit{"V0001__fruit.sql", "CREATE TABLE fruit (id int PRIMARY KEY, name text);"};
const MigrationFile kCreateVeg{"V0002__veg.sql", "CREATE TABLE veg (id int PRIMARY KEY);"};

long long count(const std::string& url, const std::string& sql)
{
    pqxx::connection connection(url);
    pqxx::nontransaction tx(connection);
    return tx.exec(sql)[0][0].as<long long>();
}

bool tableExists(const std::string& url, const std::string& table)
{
    return count(url, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename = '" + table + "'") == 1;
}

std::string migrationErrorOf(const std::string& url, std::vector<MigrationFile> files)
{
    try {
        MigrationRunner(url, std::move(files)).run();
    } catch (const MigrationError& error) {
        return error.what();
    }
    ADD_FAILURE() << "expected a MigrationError";
    return {};
}

TEST(MigrationRunner, FreshDatabaseGetsEveryShippedMigrationRecorded)
{
    TestDatabase database;
    const auto shipped = db::embeddedMigrations();
    ASSERT_FALSE(shipped.empty());

    const auto applied = MigrationRunner(database.url(), shipped).run();

    ASSERT_EQ(applied.size(), shipped.size());
    EXPECT_EQ(applied.front().version, 1);
    EXPECT_EQ(applied.front().name, "accounts");
    EXPECT_EQ(count(database.url(), "SELECT count(*) FROM schema_migrations"), static_cast<long long>(shipped.size()));
    EXPECT_EQ(count(database.url(), "SELECT count(*) FROM schema_migrations WHERE checksum ~ '^[0-9a-f]{64}$'"),
              static_cast<long long>(shipped.size()));
    EXPECT_TRUE(tableExists(database.url(), "users"));
}

TEST(MigrationRunner, SecondRunIsANoOp)
{
    TestDatabase database;
    database.migrate();
    const long long rows = count(database.url(), "SELECT count(*) FROM schema_migrations");

    const auto applied = MigrationRunner(database.url(), db::embeddedMigrations()).run();

    EXPECT_TRUE(applied.empty());
    EXPECT_EQ(count(database.url(), "SELECT count(*) FROM schema_migrations"), rows);
}

TEST(MigrationRunner, NewMigrationIsAppliedOnTopOfEarlierOnes)
{
    TestDatabase database;
    MigrationRunner(database.url(), {kCreateFruit}).run();

    const auto applied = MigrationRunner(database.url(), {kCreateFruit, kCreateVeg}).run();

    ASSERT_EQ(applied.size(), 1u);
    EXPECT_EQ(applied.front().version, 2);
    EXPECT_TRUE(tableExists(database.url(), "veg"));
}

TEST(MigrationRunner, ChangedAppliedMigrationIsRefusedAndNothingChanges)
{
    TestDatabase database;
    MigrationRunner(database.url(), {kCreateFruit}).run();
    MigrationFile edited = kCreateFruit;
    edited.sql += "\nALTER TABLE fruit ADD COLUMN colour text;";

    const std::string message = migrationErrorOf(database.url(), {edited, kCreateVeg});

    EXPECT_NE(message.find("V0001__fruit.sql"), std::string::npos) << message;
    EXPECT_NE(message.find("changed after it was applied"), std::string::npos) << message;
    EXPECT_NE(message.find("add a new migration"), std::string::npos) << message;
    EXPECT_FALSE(tableExists(database.url(), "veg"));
    EXPECT_EQ(count(database.url(), "SELECT count(*) FROM information_schema.columns WHERE column_name = 'colour'"), 0);
    EXPECT_EQ(count(database.url(), "SELECT count(*) FROM schema_migrations"), 1);
}

TEST(MigrationRunner, FailingMigrationLeavesTheWholeBatchUnapplied)
{
    TestDatabase database;
    const MigrationFile broken{"V0002__broken.sql", "CREATE TABLE veg (id int PRIMARY KEY);\nCREATE TABLE oops (id nosuchtype);"};

    const std::string message = migrationErrorOf(database.url(), {kCreateFruit, broken});

    EXPECT_NE(message.find("V0002__broken.sql"), std::string::npos) << message;
    EXPECT_NE(message.find("nosuchtype"), std::string::npos) << "the PostgreSQL message is missing: " << message;
    EXPECT_FALSE(tableExists(database.url(), "fruit"));
    EXPECT_FALSE(tableExists(database.url(), "veg"));
    EXPECT_FALSE(tableExists(database.url(), "schema_migrations"));
}

TEST(MigrationRunner, AppliedMigrationUnknownToThisServerMeansTheDatabaseIsNewer)
{
    TestDatabase database;
    MigrationRunner(database.url(), {kCreateFruit, kCreateVeg}).run();

    const std::string message = migrationErrorOf(database.url(), {kCreateFruit});

    EXPECT_NE(message.find("V0002__veg.sql"), std::string::npos) << message;
    EXPECT_NE(message.find("newer than this server"), std::string::npos) << message;
}

TEST(MigrationRunner, MalformedFileNamesAreRefusedBeforeTouchingTheDatabase)
{
    TestDatabase database;
    for (const std::string name : {"V1__short_version.sql", "V0001_single_underscore.sql", "V0001__Upper.sql",
                                   "V0001__dash-name.sql", "0001__no_prefix.sql", "V0001__fruit.SQL"}) {
        const std::string message = migrationErrorOf(database.url(), {{name, "SELECT 1;"}});
        EXPECT_NE(message.find(name), std::string::npos) << message;
    }
    EXPECT_FALSE(tableExists(database.url(), "schema_migrations"));
}

TEST(MigrationRunner, DuplicateVersionIsRefused)
{
    TestDatabase database;
    const std::string message =
        migrationErrorOf(database.url(), {kCreateFruit, {"V0001__other.sql", "SELECT 1;"}});

    EXPECT_NE(message.find("V0001__fruit.sql"), std::string::npos) << message;
    EXPECT_NE(message.find("V0001__other.sql"), std::string::npos) << message;
}

TEST(MigrationRunner, MigrationsApplyInVersionOrderWhateverTheListOrder)
{
    TestDatabase database;
    const MigrationFile addColumn{"V0002__fruit_colour.sql", "ALTER TABLE fruit ADD COLUMN colour text;"};

    const auto applied = MigrationRunner(database.url(), {addColumn, kCreateFruit}).run();

    ASSERT_EQ(applied.size(), 2u);
    EXPECT_EQ(applied[0].version, 1);
    EXPECT_EQ(applied[1].version, 2);
}

}  // namespace
}  // namespace laoke::test
