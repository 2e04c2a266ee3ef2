#include "db/AuditLog.h"

#include "db/Sql.h"

namespace laoke::db {
namespace {

const Statement kInsert{
    "audit_insert",
    "INSERT INTO audit_log (actor_user_id, actor_username, action, object_type, object_id, details, peer, connection_id) "
    "VALUES (NULLIF($1::bigint, 0), $2, $3, $4, $5, $6::jsonb, $7, $8)"};

}  // namespace

void AuditLog::record(std::string_view action, std::string_view objectType, std::optional<std::int64_t> objectId,
                      const nlohmann::json& details)
{
    const Actor& actor = m_work.actor();
    exec(m_work, kInsert, actor.userId, actor.username, std::string(action), std::string(objectType), objectId,
         details.dump(), actor.peer, actor.connectionId);
}

}  // namespace laoke::db
