#include "db/ImportStaging.h"

#include "db/Sql.h"
#include "engine/ServiceError.h"

namespace laoke::db {
namespace {

const Statement kStage{
    "import_stage",
    "INSERT INTO import_staging (import_id, user_id, row_number, payload) "
    "VALUES ($1, current_setting('laoke.user_id')::bigint, $2, $3) "
    "ON CONFLICT (import_id, row_number) DO UPDATE SET payload = EXCLUDED.payload, staged_at = now()"};
const Statement kCount{"import_count", "SELECT count(*) FROM import_staging WHERE import_id = $1"};
const Statement kLoad{"import_load", "SELECT payload FROM import_staging WHERE import_id = $1 ORDER BY row_number"};
const Statement kClear{"import_clear", "DELETE FROM import_staging WHERE import_id = $1"};
// Runs as the application role, which sees only its own rows: each user purges their own.
const Statement kPurge{"import_purge", "DELETE FROM import_staging WHERE staged_at < now() - interval '1 day'"};

}  // namespace

int ImportStaging::stage(const std::string& importId, const std::vector<protocol::ImportRow>& rows)
{
    for (const auto& row : rows) {
        const std::string payload = row.SerializeAsString();
        exec(m_work, kStage, importId, row.row_number(), pqxx::binarystring(payload));
    }
    return exec(m_work, kCount, importId)[0][0].as<int>();
}

std::vector<protocol::ImportRow> ImportStaging::load(const std::string& importId)
{
    std::vector<protocol::ImportRow> rows;
    for (const auto& result : exec(m_work, kLoad, importId)) {
        const pqxx::binarystring payload(result[0]);
        protocol::ImportRow row;
        if (!row.ParseFromArray(payload.data(), static_cast<int>(payload.size()))) {
            throw engine::ServiceError(protocol::INTERNAL, "a staged import row could not be read");
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

void ImportStaging::clear(const std::string& importId) { exec(m_work, kClear, importId); }

void ImportStaging::purgeStale() { exec(m_work, kPurge); }

}  // namespace laoke::db
