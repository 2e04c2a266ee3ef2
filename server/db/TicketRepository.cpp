#include "db/TicketRepository.h"

#include "db/Sql.h"
#include "engine/BusinessDate.h"
#include "domain/Role.h"
#include "engine/ServiceError.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>

namespace laoke::db {
namespace {

using engine::ServiceError;
namespace proto = laoke::protocol;

#define LAOKE_TICKET_SELECT                                                                                           \
    "SELECT t.id, t.number, t.customer_id, c.name AS customer_name, c.manual_grade, coalesce(t.contact_id, 0) AS contact_id, "         \
    "coalesce(ct.name, '') AS contact_name, t.channel, coalesce(t.category_id, 0) AS category_id, "                    \
    "coalesce(t.installed_product_id, 0) AS installed_product_id, coalesce(t.module_id, 0) AS module_id, t.priority, "  \
    "t.effective_priority, t.state, t.owner_id, coalesce(o.display_name, '') AS owner_name, "                          \
    "coalesce(t.assignee_id, 0) AS assignee_id, coalesce(a.display_name, '') AS assignee_name, t.subject, "            \
    "t.description, t.solution, t.billable, extract(epoch FROM t.opened_at)::bigint AS opened, "                       \
    "coalesce(extract(epoch FROM t.first_response_at)::bigint, 0) AS first_response, "                                 \
    "coalesce(extract(epoch FROM t.resolved_at)::bigint, 0) AS resolved, "                                             \
    "coalesce(extract(epoch FROM t.closed_at)::bigint, 0) AS closed, t.branch_id, t.version, "                         \
    "extract(epoch FROM coalesce(t.onsite_requested_at, CASE WHEN t.channel = 'onsite' THEN t.opened_at END))::bigint " \
    "AS onsite_requested, extract(epoch FROM t.onsite_arrived_at)::bigint AS onsite_arrived, "                          \
    "extract(epoch FROM t.onsite_appointment_at)::bigint AS next_appointment, "                                        \
    "coalesce((SELECT display_name FROM users WHERE id = t.updated_by), '') AS updated_by_name, "                      \
    "coalesce((SELECT pl.name || ' ' || pv.name FROM installed_products ip "                                         \
    "  JOIN product_versions pv ON pv.id = ip.product_version_id JOIN product_lines pl ON pl.id = pv.product_line_id " \
    "  WHERE ip.id = t.installed_product_id), '') AS product_name, "                                                 \
    "coalesce((SELECT pm.name FROM product_modules pm WHERE pm.id = t.module_id), '') AS module_name "                \
    "FROM tickets t JOIN customers c ON c.id = t.customer_id LEFT JOIN contacts ct ON ct.id = t.contact_id "          \
    "LEFT JOIN users o ON o.id = t.owner_id LEFT JOIN users a ON a.id = t.assignee_id "

const Statement kGet{"ticket_get", LAOKE_TICKET_SELECT "WHERE t.id = $1"};
// Keyset paging, newest first. $2: open only; $3: customer (0 any); $4: the user for "mine"
// (0 any); $5: before this id (0 for the first page); $6: one ticket number ('' any); $7: with
// open only, resolved ones too.
const Statement kList{
    "ticket_list",
    LAOKE_TICKET_SELECT
    "WHERE (NOT $2 OR t.state IN ('new', 'assigned', 'in_progress', 'waiting_customer', 'reopened') "
    "       OR ($7 AND t.state = 'resolved')) "
    "AND ($3 = 0 OR t.customer_id = $3) AND ($4 = 0 OR t.owner_id = $4 OR t.assignee_id = $4) "
    "AND ($5 = 0 OR t.id < $5) AND ($6 = '' OR t.number = $6) ORDER BY t.id DESC LIMIT $1"};
#undef LAOKE_TICKET_SELECT

const Statement kInsert{
    "ticket_insert",
    "INSERT INTO tickets (number, customer_id, branch_id, contact_id, channel, category_id, installed_product_id, "
    "module_id, priority, effective_priority, owner_id, subject, description, billable, first_response_at, updated_by, "
    "text_keys) "
    "VALUES ('GD' || to_char(now() AT TIME ZONE 'Asia/Shanghai', 'YYYY') || '-' || lpad(nextval('ticket_number_seq')::text, 6, '0'), "
    "$1, $2, nullif($3::bigint, 0), $4, nullif($5::bigint, 0), nullif($6::bigint, 0), nullif($7::bigint, 0), $8, $9, "
    "current_setting('laoke.user_id')::bigint, $10, $11, $12, CASE WHEN $13 THEN now() END, "
    "current_setting('laoke.user_id')::bigint, $14::bigint[]) RETURNING id"};
const Statement kOpenedEvent{
    "ticket_opened_event",
    "INSERT INTO ticket_events (ticket_id, actor_id, kind, to_state) "
    "VALUES ($1, current_setting('laoke.user_id')::bigint, 'opened', 'new')"};

// One transition at the expected version. The first start, note or resolve answers the
// customer; resolve writes the solution and its time; reopen clears them (the ticket is
// open again); close stamps the closing time.
const Statement kApply{
    "ticket_apply",
    "UPDATE tickets SET state = $3, assignee_id = coalesce(nullif($4::bigint, 0), assignee_id), "
    "solution = CASE WHEN $2 = 'resolve' THEN $5 WHEN $2 = 'reopen' THEN '' ELSE solution END, "
    "resolved_at = CASE WHEN $2 = 'resolve' THEN now() WHEN $2 = 'reopen' THEN NULL ELSE resolved_at END, "
    "closed_at = CASE WHEN $2 = 'close' THEN now() WHEN $2 = 'reopen' THEN NULL ELSE closed_at END, "
    "first_response_at = CASE WHEN $2 IN ('start', 'resolve') THEN coalesce(first_response_at, now()) "
    "ELSE first_response_at END, "
    "updated_by = current_setting('laoke.user_id')::bigint, updated_at = now(), version = version + 1 "
    "WHERE id = $1 AND version = $6"};
const Statement kActionEvent{
    "ticket_action_event",
    "INSERT INTO ticket_events (ticket_id, actor_id, kind, action, from_state, to_state, assignee_id, note) "
    "VALUES ($1, current_setting('laoke.user_id')::bigint, 'action', $2, $3, $4, nullif($5::bigint, 0), $6)"};
const Statement kNote{
    "ticket_note",
    "INSERT INTO ticket_events (ticket_id, actor_id, kind, note) VALUES ($1, current_setting('laoke.user_id')::bigint, 'note', $2)"};
// A note answers the customer (the first one is the first response) and moves the ticket's
// version, so every board and the owner hear of it (V0010 announces ticket updates) and an
// action decided on the ticket as it was before the note is told it changed.
const Statement kNoteAnswers{
    "ticket_note_answers",
    "UPDATE tickets SET first_response_at = coalesce(first_response_at, now()), "
    "updated_by = current_setting('laoke.user_id')::bigint, updated_at = now(), version = version + 1 WHERE id = $1"};
// A correction; the text keys follow the subject and description (category suggestions).
const Statement kEdit{
    "ticket_edit",
    "UPDATE tickets SET subject = $3, description = $4, contact_id = nullif($5::bigint, 0), "
    "installed_product_id = nullif($6::bigint, 0), module_id = nullif($7::bigint, 0), category_id = nullif($8::bigint, 0), "
    "priority = $9, effective_priority = $10, billable = $11, text_keys = $12::bigint[], "
    "updated_by = current_setting('laoke.user_id')::bigint, updated_at = now(), version = version + 1 "
    "WHERE id = $1 AND version = $2"};
const Statement kEditedEvent{
    "ticket_edited_event",
    "INSERT INTO ticket_events (ticket_id, actor_id, kind, changes) "
    "VALUES ($1, current_setting('laoke.user_id')::bigint, 'edited', $2::jsonb)"};
const Statement kExists{"ticket_exists", "SELECT 1 FROM tickets WHERE id = $1"};
const Statement kEvents{
    "ticket_events",
    "SELECT e.id, extract(epoch FROM e.at)::bigint AS at, coalesce(u.display_name, '') AS actor_name, e.kind, "
    "coalesce(e.action, '') AS action, coalesce(e.from_state, '') AS from_state, coalesce(e.to_state, '') AS to_state, "
    "coalesce(a.display_name, '') AS assignee_name, e.note, coalesce(e.appointment_id, 0) AS appointment_id, "
    "coalesce(e.appointment_change, '') AS appointment_change, "
    "extract(epoch FROM e.appointment_starts_at)::bigint AS appointment_starts, coalesce(e.changes::text, '') AS changes "
    "FROM ticket_events e LEFT JOIN users u ON u.id = e.actor_id LEFT JOIN users a ON a.id = e.assignee_id "
    "WHERE e.ticket_id = $1 ORDER BY e.at, e.id"};

// The state changes of several tickets at once, for the SLA clocks of a list.
const Statement kStateChanges{
    "ticket_state_changes",
    "SELECT ticket_id, extract(epoch FROM at)::bigint AS at, from_state, to_state FROM ticket_events "
    "WHERE ticket_id = ANY($1::bigint[]) AND kind = 'action' ORDER BY ticket_id, at, id"};

// The past tickets a new one is compared with: the branch's latest categorised ones and the
// customer's own (tickets_by_branch, tickets_by_customer).
const Statement kSimilarityCandidates{
    "ticket_similarity_candidates",
    "SELECT category_id, bool_or(same_customer) AS same_customer, array_to_string(text_keys, ',') AS keys FROM ("
    "  (SELECT id, category_id, customer_id = $2 AS same_customer, text_keys FROM tickets "
    "   WHERE branch_id = $1 AND category_id IS NOT NULL ORDER BY id DESC LIMIT $3) "
    "  UNION ALL "
    "  (SELECT id, category_id, true, text_keys FROM tickets "
    "   WHERE customer_id = $2 AND category_id IS NOT NULL ORDER BY id DESC LIMIT $4)"
    ") candidates GROUP BY id, category_id, text_keys"};

const Statement kAssignees{
    "ticket_assignees",
    "SELECT u.id, u.username, u.display_name, u.role::text AS role, u.branch_id, b.name AS branch_name, "
    "(SELECT count(*) FROM tickets t WHERE t.assignee_id = u.id "
    " AND t.state IN ('assigned', 'in_progress', 'waiting_customer', 'reopened')) AS open_tickets "
    "FROM users u JOIN branches b ON b.id = u.branch_id WHERE u.enabled "
    "AND u.role IN ('engineer', 'branch_manager') AND ($1 = 0 OR u.branch_id = $1) "
    "ORDER BY u.display_name COLLATE \"zh-x-icu\", u.id"};

std::vector<std::int64_t> parseKeys(const char* text)
{
    std::vector<std::int64_t> keys;
    const char* p = text;
    while (*p != '\0') {
        char* end = nullptr;
        const long long key = std::strtoll(p, &end, 10);
        if (end == p) break;
        keys.push_back(key);
        p = *end == ',' ? end + 1 : end;
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

// An edited event's changes (V0023), as handlers/TicketEditHandler wrote them.
void addChanges(proto::TicketEvent& event, const char* json)
{
    if (*json == '\0') return;
    const nlohmann::json changes = nlohmann::json::parse(json, nullptr, false);
    if (!changes.is_array()) return;
    for (const auto& change : changes) {
        if (!change.is_object()) continue;
        proto::TicketFieldChange* out = event.add_changes();
        out->set_field(change.value("field", ""));
        out->set_from(change.value("from", ""));
        out->set_to(change.value("to", ""));
        out->set_from_id(change.value("from_id", std::int64_t{0}));
        out->set_to_id(change.value("to_id", std::int64_t{0}));
    }
}

proto::Ticket toTicket(const pqxx::row& row)
{
    proto::Ticket t;
    t.set_id(row["id"].as<std::int64_t>());
    t.set_number(row["number"].c_str());
    t.set_customer_id(row["customer_id"].as<std::int64_t>());
    t.set_customer_name(row["customer_name"].c_str());
    t.set_customer_grade(row["manual_grade"].c_str());
    t.set_contact_id(row["contact_id"].as<std::int64_t>());
    t.set_contact_name(row["contact_name"].c_str());
    t.set_channel(row["channel"].c_str());
    t.set_category_id(row["category_id"].as<std::int64_t>());
    t.set_installed_product_id(row["installed_product_id"].as<std::int64_t>());
    t.set_module_id(row["module_id"].as<std::int64_t>());
    t.set_priority(row["priority"].c_str());
    t.set_effective_priority(row["effective_priority"].c_str());
    t.set_state(row["state"].c_str());
    t.set_owner_id(row["owner_id"].as<std::int64_t>());
    t.set_owner_name(row["owner_name"].c_str());
    t.set_assignee_id(row["assignee_id"].as<std::int64_t>());
    t.set_assignee_name(row["assignee_name"].c_str());
    t.set_subject(row["subject"].c_str());
    t.set_description(row["description"].c_str());
    t.set_solution(row["solution"].c_str());
    t.set_billable(row["billable"].as<bool>());
    t.set_opened_at_unix(row["opened"].as<std::int64_t>());
    t.set_first_response_at_unix(row["first_response"].as<std::int64_t>());
    t.set_resolved_at_unix(row["resolved"].as<std::int64_t>());
    t.set_closed_at_unix(row["closed"].as<std::int64_t>());
    t.set_branch_id(row["branch_id"].as<std::int64_t>());
    t.set_version(row["version"].as<std::int64_t>());
    t.set_updated_by_name(row["updated_by_name"].c_str());
    t.set_onsite_requested_at_unix(epochOrZero(row["onsite_requested"]));
    t.set_onsite_arrived_at_unix(epochOrZero(row["onsite_arrived"]));
    t.set_next_appointment_unix(epochOrZero(row["next_appointment"]));
    t.set_product_name(row["product_name"].c_str());
    t.set_module_name(row["module_name"].c_str());
    return t;
}

}  // namespace

proto::Ticket TicketRepository::create(const proto::Ticket& t, const NewTicketFacts& facts)
{
    const auto result = exec(m_work, kInsert, t.customer_id(), facts.branchId, t.contact_id(), t.channel(), t.category_id(),
                             t.installed_product_id(), t.module_id(), t.priority(), facts.effectivePriority, t.subject(),
                             t.description(), facts.billable, facts.answeredAtOpening, toBigintArrayLiteral(facts.textKeys));
    const auto id = result[0][0].as<std::int64_t>();
    exec(m_work, kOpenedEvent, id);
    return get(id);
}

std::optional<proto::Ticket> TicketRepository::find(std::int64_t id)
{
    const auto result = exec(m_work, kGet, id);
    if (result.empty()) return std::nullopt;
    return toTicket(result[0]);
}

proto::Ticket TicketRepository::get(std::int64_t id)
{
    auto ticket = find(id);
    if (!ticket) throw ServiceError(proto::NOT_FOUND, "no such ticket");
    return *ticket;
}

std::vector<proto::TicketEvent> TicketRepository::events(std::int64_t ticketId)
{
    std::vector<proto::TicketEvent> out;
    for (const auto& row : exec(m_work, kEvents, ticketId)) {
        proto::TicketEvent e;
        e.set_id(row["id"].as<std::int64_t>());
        e.set_at_unix(row["at"].as<std::int64_t>());
        e.set_actor_name(row["actor_name"].c_str());
        e.set_kind(row["kind"].c_str());
        e.set_action(row["action"].c_str());
        e.set_from_state(row["from_state"].c_str());
        e.set_to_state(row["to_state"].c_str());
        e.set_assignee_name(row["assignee_name"].c_str());
        e.set_note(row["note"].c_str());
        e.set_appointment_id(row["appointment_id"].as<std::int64_t>());
        e.set_appointment_change(row["appointment_change"].c_str());
        e.set_appointment_starts_unix(epochOrZero(row["appointment_starts"]));
        addChanges(e, row["changes"].c_str());
        out.push_back(std::move(e));
    }
    return out;
}

proto::Ticket TicketRepository::apply(const TicketChange& change)
{
    const proto::Ticket before = get(change.ticketId);
    const auto result = exec(m_work, kApply, change.ticketId, change.action, change.toState, change.assigneeId, change.note,
                             change.expectedVersion);
    if (result.affected_rows() != 1) {
        if (exec(m_work, kExists, change.ticketId).empty()) throw ServiceError(proto::NOT_FOUND, "no such ticket");
        throw ServiceError(proto::CONFLICT, "the ticket was changed by someone else since you opened it");
    }
    exec(m_work, kActionEvent, change.ticketId, change.action, before.state(), change.toState, change.assigneeId, change.note);
    return get(change.ticketId);
}

proto::Ticket TicketRepository::edit(const TicketEdit& edit)
{
    const proto::Ticket& f = edit.fields;
    const auto result = exec(m_work, kEdit, edit.ticketId, edit.expectedVersion, f.subject(), f.description(), f.contact_id(),
                             f.installed_product_id(), f.module_id(), f.category_id(), f.priority(), edit.effectivePriority,
                             edit.billable, toBigintArrayLiteral(edit.textKeys));
    if (result.affected_rows() != 1) {
        if (exec(m_work, kExists, edit.ticketId).empty()) throw ServiceError(proto::NOT_FOUND, "no such ticket");
        throw ServiceError(proto::CONFLICT, "the ticket was changed by someone else since you opened it");
    }
    return get(edit.ticketId);
}

void TicketRepository::recordEdit(std::int64_t ticketId, const std::string& changesJson)
{
    exec(m_work, kEditedEvent, ticketId, changesJson);
}

void TicketRepository::addNote(std::int64_t ticketId, const std::string& note)
{
    exec(m_work, kNote, ticketId, note);
    exec(m_work, kNoteAnswers, ticketId);
}

std::vector<proto::Ticket> TicketRepository::list(const proto::ListTicketsRequest& request, std::int64_t userId, int limit)
{
    std::vector<proto::Ticket> out;
    for (const auto& row : exec(m_work, kList, limit, request.open_only(), request.customer_id(), request.mine() ? userId : 0,
                                request.before_id(), request.number(), request.include_resolved())) {
        out.push_back(toTicket(row));
    }
    return out;
}

std::map<std::int64_t, std::vector<proto::TicketEvent>> TicketRepository::stateChanges(const std::vector<std::int64_t>& ticketIds)
{
    std::map<std::int64_t, std::vector<proto::TicketEvent>> out;
    if (ticketIds.empty()) return out;
    for (const auto& row : exec(m_work, kStateChanges, toBigintArrayLiteral(ticketIds))) {
        proto::TicketEvent e;
        e.set_kind("action");
        e.set_at_unix(row["at"].as<std::int64_t>());
        e.set_from_state(row["from_state"].c_str());
        e.set_to_state(row["to_state"].c_str());
        out[row["ticket_id"].as<std::int64_t>()].push_back(std::move(e));
    }
    return out;
}

std::vector<engine::PastTicket> TicketRepository::similarityCandidates(std::int64_t branchId, std::int64_t customerId)
{
    std::vector<engine::PastTicket> out;
    for (const auto& row : exec(m_work, kSimilarityCandidates, branchId, customerId, kBranchCandidates, kCustomerCandidates)) {
        engine::PastTicket ticket;
        ticket.categoryId = row["category_id"].as<std::int64_t>();
        ticket.sameCustomer = row["same_customer"].as<bool>();
        ticket.keys = parseKeys(row["keys"].c_str());
        out.push_back(std::move(ticket));
    }
    return out;
}

std::vector<proto::Assignee> TicketRepository::assignees(std::int64_t branchId)
{
    std::vector<proto::Assignee> out;
    for (const auto& row : exec(m_work, kAssignees, branchId)) {
        proto::Assignee assignee;
        proto::User* user = assignee.mutable_user();
        user->set_id(row["id"].as<std::int64_t>());
        user->set_username(row["username"].c_str());
        user->set_display_name(row["display_name"].c_str());
        if (const auto role = domain::roleFromName(row["role"].c_str())) user->set_role(*role);
        user->set_branch_id(row["branch_id"].as<std::int64_t>());
        user->set_branch_name(row["branch_name"].c_str());
        user->set_enabled(true);
        assignee.set_open_tickets(row["open_tickets"].as<int>());
        out.push_back(std::move(assignee));
    }
    return out;
}

}  // namespace laoke::db
