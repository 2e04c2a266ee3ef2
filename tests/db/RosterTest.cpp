// The duty roster (V0017) through the real Dispatcher and PostgreSQL: a manager plans a week
// and everyone of the branch reads it, a stale save is refused (also a concurrent first
// save), bad cells change nothing, other branches neither see nor write it (in the handler
// and in the database), the board's duty today, and the staffing suggestion from past
// tickets (hotline channels of the branch only, China dates).

#include "TicketsFixture.h"

#include "engine/BusinessDate.h"
#include "engine/ServiceLevels.h"
#include "engine/StaffingForecast.h"

#include <pqxx/pqxx>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <string>

namespace laoke::test {
namespace {

namespace proto = laoke::protocol;
using namespace std::chrono;

sys_days mondayOf(sys_days day) { return day - days(weekday{day}.iso_encoding() - 1); }

class RosterTest : public TicketsFixture {
protected:
    void SetUp() override
    {
        TicketsFixture::SetUp();
        nextMonday = mondayOf(engine::chinaToday()) + days(7);
        week = engine::formatIsoDate(nextMonday);
    }

    proto::User createUser(const std::string& username, const std::string& name, proto::Role role, std::int64_t branch)
    {
        proto::Envelope request;
        auto* create = request.mutable_create_user();
        create->set_username(username);
        create->set_display_name(name);
        create->set_role(role);
        create->set_branch_id(branch);
        create->set_password(app::kDemoPassword);
        const auto reply = send(admin, request);
        EXPECT_TRUE(reply.has_user_reply()) << reply.DebugString();
        // They log in with the demo password without being asked to change it first.
        sql("UPDATE users SET must_change_password = false WHERE username = '" + username + "'");
        return reply.user_reply().user();
    }

    proto::Envelope getWeek(handlers::ConnectionState& who, const std::string& date, std::int64_t branch = 0)
    {
        proto::Envelope request;
        request.mutable_get_roster_week()->set_week(date);
        request.mutable_get_roster_week()->set_branch_id(branch);
        return send(who, request);
    }

    proto::RosterWeek weekOf(handlers::ConnectionState& who, const std::string& date, std::int64_t branch = 0)
    {
        const auto reply = getWeek(who, date, branch);
        EXPECT_TRUE(reply.has_roster_week()) << reply.DebugString();
        return reply.roster_week();
    }

    static proto::RosterCell cell(std::int64_t user, sys_days day, const std::string& duty, const std::string& note = "")
    {
        proto::RosterCell c;
        c.set_user_id(user);
        c.set_date(engine::formatIsoDate(day));
        c.set_duty(duty);
        c.set_note(note);
        return c;
    }

    proto::Envelope save(handlers::ConnectionState& who, sys_days monday, std::int64_t version,
                         const std::vector<proto::RosterCell>& cells, std::int64_t branch = 0, int ticketsPerPerson = 0)
    {
        proto::Envelope request;
        auto* s = request.mutable_save_roster();
        s->set_branch_id(branch);
        s->set_week_start(engine::formatIsoDate(monday));
        s->set_expected_version(version);
        s->set_tickets_per_person(ticketsPerPerson);
        for (const auto& c : cells) *s->add_cells() = c;
        return send(who, request);
    }

    static std::map<std::string, std::string> dutiesOf(const proto::RosterWeek& week, std::int64_t user)
    {
        std::map<std::string, std::string> out;
        for (const auto& c : week.cells()) {
            if (c.user_id() == user) out[c.date()] = c.duty() + (c.note().empty() ? "" : ":" + c.note());
        }
        return out;
    }

    // Opens `count` tickets of `customerId` through the dispatcher, then dates them `day`,
    // 00:30 China time (16:30 UTC the day before: a UTC date would put them on the wrong day).
    void openTickets(handlers::ConnectionState& who, std::int64_t customerId, const std::string& channel, sys_days day,
                     int count, std::vector<std::pair<std::int64_t, std::string>>& dated)
    {
        for (int i = 0; i < count; ++i) {
            proto::Ticket t = newTicket(channel);
            t.set_customer_id(customerId);
            dated.emplace_back(opened(who, t).id(), engine::formatIsoDate(day));
        }
    }

    void dateTickets(const std::vector<std::pair<std::int64_t, std::string>>& dated)
    {
        pqxx::connection connection(m_database.url());
        pqxx::work work(connection);
        for (const auto& [id, day] : dated) {
            work.exec_params("UPDATE tickets SET opened_at = (($2::date + time '00:30') - interval '8 hours') AT TIME ZONE 'UTC' "
                             "WHERE id = $1",
                             id, day);
        }
        work.commit();
    }

    sys_days nextMonday;
    std::string week;
};

TEST_F(RosterTest, AManagerPlansTheWeekAndEveryoneOfTheBranchReadsIt)
{
    const proto::RosterWeek empty = weekOf(manager, week);
    EXPECT_EQ(empty.week_start(), week);
    EXPECT_EQ(empty.version(), 0);
    EXPECT_TRUE(empty.editable());
    EXPECT_EQ(empty.days_size(), 7);
    EXPECT_EQ(empty.cells_size(), 0);
    EXPECT_EQ(empty.tickets_per_person(), 12);
    std::vector<std::int64_t> people;
    for (const auto& p : empty.people()) people.push_back(p.user_id());
    EXPECT_NE(std::find(people.begin(), people.end(), engineerId), people.end());
    EXPECT_NE(std::find(people.begin(), people.end(), managerId), people.end());
    EXPECT_EQ(std::find(people.begin(), people.end(), accountId), people.end());  // account managers are not on duty
    // Any day of the week finds its Monday.
    EXPECT_EQ(weekOf(manager, engine::formatIsoDate(nextMonday + days(4))).week_start(), week);

    const auto saved = save(manager, nextMonday, 0,
                            {cell(engineerId, nextMonday, "hotline"), cell(managerId, nextMonday + days(1), "leave", " 年假 "),
                             cell(engineerId, nextMonday + days(2), "office")});
    ASSERT_TRUE(saved.has_roster_week()) << saved.DebugString();
    EXPECT_EQ(saved.roster_week().version(), 1);
    // Office is the default: saving it writes nothing.
    EXPECT_EQ(dutiesOf(saved.roster_week(), engineerId), (std::map<std::string, std::string>{{week, "hotline"}}));

    const proto::RosterWeek read = weekOf(engineer, week);
    EXPECT_FALSE(read.editable());
    EXPECT_EQ(read.version(), 1);
    EXPECT_EQ(dutiesOf(read, managerId),
              (std::map<std::string, std::string>{{engine::formatIsoDate(nextMonday + days(1)), "leave:年假"}}));
    EXPECT_EQ(read.days(0).suggestion().rostered(), 1);
    EXPECT_EQ(weekOf(account, week).cells_size(), 2);

    // Engineers and account managers do not plan.
    EXPECT_EQ(errorOf(save(engineer, nextMonday, 1, {cell(engineerId, nextMonday, "leave")})), proto::FORBIDDEN);
    EXPECT_EQ(errorOf(save(account, nextMonday, 1, {cell(engineerId, nextMonday, "leave")})), proto::FORBIDDEN);

    // Back to office removes the entry; the audit log has each change before and after.
    const auto back = save(manager, nextMonday, 1, {cell(engineerId, nextMonday, "office")});
    ASSERT_TRUE(back.has_roster_week()) << back.DebugString();
    EXPECT_EQ(back.roster_week().version(), 2);
    EXPECT_TRUE(dutiesOf(back.roster_week(), engineerId).empty());
    EXPECT_EQ(sql("SELECT count(*) FROM audit_log WHERE action = 'roster.save'"), "2");
    EXPECT_EQ(sql("SELECT details->'changes'->0->'before'->>'duty' || '>' || (details->'changes'->0->'after'->>'duty') "
                  "FROM audit_log WHERE action = 'roster.save' ORDER BY id DESC LIMIT 1"),
              "hotline>office");
}

TEST_F(RosterTest, AStaleSaveIsRefusedAndTheFirstPlanStays)
{
    const proto::User manager2 = createUser("manager2", "钱敏", proto::BRANCH_MANAGER, bjBranch);
    auto second = loggedIn("manager2");
    // Both open the unsaved week (version 0); the first to save wins.
    ASSERT_TRUE(save(manager, nextMonday, 0, {cell(engineerId, nextMonday, "hotline")}).has_roster_week());
    const auto stale = save(second, nextMonday, 0, {cell(engineerId, nextMonday, "leave")});
    EXPECT_EQ(errorOf(stale), proto::CONFLICT);
    EXPECT_EQ(dutiesOf(weekOf(manager, week), engineerId), (std::map<std::string, std::string>{{week, "hotline"}}));

    // Reloaded (version 1), the second manager saves; the first one's copy is now stale.
    ASSERT_TRUE(save(second, nextMonday, 1, {cell(manager2.id(), nextMonday, "onsite")}).has_roster_week());
    EXPECT_EQ(errorOf(save(manager, nextMonday, 1, {cell(engineerId, nextMonday, "leave")})), proto::CONFLICT);
    const proto::RosterWeek now = weekOf(engineer, week);
    EXPECT_EQ(now.version(), 2);
    EXPECT_EQ(dutiesOf(now, engineerId).at(week), "hotline");
    EXPECT_EQ(dutiesOf(now, manager2.id()).at(week), "onsite");
    EXPECT_EQ(sql("SELECT count(*) FROM audit_log WHERE action = 'roster.save'"), "2");
}

TEST_F(RosterTest, BadCellsAreRefusedAndChangeNothing)
{
    const proto::User shEngineer = createUser("sh.engineer", "周杰", proto::ENGINEER, shBranch);
    const auto refused = [&](std::vector<proto::RosterCell> cells, const std::string& field) {
        const auto reply = save(manager, nextMonday, 0, cells);
        EXPECT_EQ(errorOf(reply), proto::VALIDATION_FAILED) << reply.DebugString();
        EXPECT_EQ(reply.error().field(), field);
    };
    refused({cell(shEngineer.id(), nextMonday, "hotline")}, "user_id");        // another branch's engineer
    refused({cell(accountId, nextMonday, "hotline")}, "user_id");              // not on duty rosters
    refused({cell(engineerId, nextMonday + days(7), "hotline")}, "date");      // next week
    refused({cell(engineerId, nextMonday - days(1), "hotline")}, "date");
    refused({cell(engineerId, nextMonday, "holiday")}, "duty");
    refused({cell(engineerId, nextMonday, "leave", std::string(61, 'x'))}, "note");
    refused({cell(engineerId, nextMonday, "leave"), cell(engineerId, nextMonday, "onsite")}, "date");
    // A valid cell with a bad one: nothing of it is written.
    refused({cell(engineerId, nextMonday + days(1), "leave"), cell(engineerId, nextMonday, "nap")}, "duty");
    EXPECT_EQ(errorOf(save(manager, nextMonday + days(1), 0, {})), proto::VALIDATION_FAILED);  // not a Monday
    EXPECT_EQ(errorOf(save(manager, nextMonday, 0, {}, 0, 201)), proto::VALIDATION_FAILED);
    EXPECT_EQ(errorOf(getWeek(manager, "2026-02-30")), proto::VALIDATION_FAILED);
    EXPECT_EQ(weekOf(manager, week).version(), 0);
    EXPECT_EQ(sql("SELECT count(*) FROM roster_entries"), "0");
    EXPECT_EQ(sql("SELECT count(*) FROM audit_log WHERE action = 'roster.save'"), "0");
}

TEST_F(RosterTest, OtherBranchesNeitherSeeNorWriteItInTheHandlerOrTheDatabase)
{
    createUser("sh.manager", "孙丽", proto::BRANCH_MANAGER, shBranch);
    auto shManager = loggedIn("sh.manager");
    ASSERT_TRUE(save(manager, nextMonday, 0, {cell(engineerId, nextMonday, "hotline")}).has_roster_week());

    EXPECT_EQ(errorOf(getWeek(shManager, week, bjBranch)), proto::FORBIDDEN);
    EXPECT_EQ(errorOf(save(shManager, nextMonday, 1, {cell(engineerId, nextMonday, "leave")}, bjBranch)), proto::FORBIDDEN);
    // Their own branch's week knows nothing of Beijing's people or plan.
    const proto::RosterWeek own = weekOf(shManager, week);
    EXPECT_EQ(own.branch_id(), shBranch);
    EXPECT_EQ(own.cells_size(), 0);
    for (const auto& p : own.people()) EXPECT_NE(p.user_id(), engineerId);
    EXPECT_EQ(errorOf(save(shManager, nextMonday, 0, {cell(engineerId, nextMonday, "leave")})), proto::VALIDATION_FAILED);

    // Administrators choose the branch and may plan any.
    EXPECT_EQ(errorOf(getWeek(admin, week)), proto::VALIDATION_FAILED);
    EXPECT_EQ(weekOf(admin, week, bjBranch).cells_size(), 1);
    EXPECT_TRUE(save(admin, nextMonday, 1, {cell(managerId, nextMonday, "onsite")}, bjBranch).has_roster_week());

    // PostgreSQL holds the same rules: each statement in its own transaction as the
    // application role, with the actor's settings.
    pqxx::connection connection(m_database.url());
    const auto as = [&](const std::string& role, std::int64_t branch, const std::string& statement) {
        pqxx::work work(connection);
        work.exec("SET LOCAL ROLE laoke_app");
        work.exec_params("SELECT set_config('laoke.role', $1, true), set_config('laoke.branch_id', $2, true), "
                         "set_config('laoke.user_id', $3, true)",
                         role, std::to_string(branch), std::to_string(managerId));
        const pqxx::result result = work.exec(statement);
        return result.columns() > 0 ? result[0][0].as<long>() : static_cast<long>(result.affected_rows());
    };
    // Shanghai's manager sees none of Beijing's roster and cannot change it.
    EXPECT_EQ(as("branch_manager", shBranch, "SELECT count(*) FROM roster_entries"), 0);
    EXPECT_EQ(as("branch_manager", shBranch, "SELECT count(*) FROM roster_weeks"), 0);
    EXPECT_EQ(as("branch_manager", shBranch, "UPDATE roster_entries SET duty = 'leave'"), 0);
    EXPECT_EQ(as("branch_manager", shBranch, "DELETE FROM roster_entries"), 0);
    EXPECT_THROW(as("branch_manager", shBranch,
                    "INSERT INTO roster_weeks (branch_id, week_start, updated_by) VALUES (" + std::to_string(bjBranch) +
                        ", '" + week + "'::date + 7, " + std::to_string(managerId) + ")"),
                 pqxx::insufficient_privilege);
    // Beijing's engineers read it but cannot change it; its manager can.
    EXPECT_EQ(as("engineer", bjBranch, "SELECT count(*) FROM roster_entries"), 2);
    EXPECT_EQ(as("engineer", bjBranch, "UPDATE roster_entries SET duty = 'leave'"), 0);
    EXPECT_EQ(as("engineer", bjBranch, "UPDATE roster_weeks SET version = version + 1"), 0);
    EXPECT_THROW(as("engineer", bjBranch, "DELETE FROM roster_weeks"), pqxx::insufficient_privilege);
    EXPECT_EQ(as("branch_manager", bjBranch, "SELECT count(*) FROM roster_entries"), 2);
    EXPECT_EQ(sql("SELECT count(*) FROM roster_entries WHERE duty = 'leave'"), "0");
}

TEST_F(RosterTest, TheBoardGetsEveryonesDutyToday)
{
    createUser("sh.manager", "孙丽", proto::BRANCH_MANAGER, shBranch);
    auto shManager = loggedIn("sh.manager");
    const sys_days today = engine::chinaToday();
    ASSERT_TRUE(save(manager, mondayOf(today), 0,
                     {cell(engineerId, today, "hotline"), cell(managerId, today, "onsite", "用友客户上门"),
                      cell(engineerId, mondayOf(today) + days(today == mondayOf(today) ? 1 : 0), "leave")})
                    .has_roster_week());
    proto::Envelope request;
    request.mutable_list_duty_today();
    const auto reply = send(engineer, request);
    ASSERT_TRUE(reply.has_list_duty_today_reply()) << reply.DebugString();
    EXPECT_EQ(reply.list_duty_today_reply().date(), engine::formatIsoDate(today));
    std::map<std::int64_t, std::string> duties;
    for (const auto& d : reply.list_duty_today_reply().duties()) duties[d.user_id()] = d.duty();
    EXPECT_EQ(duties, (std::map<std::int64_t, std::string>{{engineerId, "hotline"}, {managerId, "onsite"}}));
    EXPECT_EQ(send(shManager, request).list_duty_today_reply().duties_size(), 0);
    EXPECT_EQ(send(admin, request).list_duty_today_reply().duties_size(), 2);
}

TEST_F(RosterTest, TheSuggestionComesFromTheBranchsPastHotlineTickets)
{
    // Nothing yet: every working day says there is no history.
    const proto::RosterWeek before = weekOf(manager, week);
    for (const auto& day : before.days()) {
        EXPECT_EQ(day.suggestion().basis(), day.workday() ? "no_history" : "day_off") << day.date();
        EXPECT_EQ(day.suggestion().needed(), 0);
    }

    // The past twelve weeks: 3 hotline/remote/WeChat tickets on ordinary working days, 6 on
    // close days; onsite tickets and another branch's do not count.
    const auto levels = engine::defaultServiceLevels();
    const proto::Customer shCustomer = created(shAccount, newCustomer("上海浦东贸易有限公司", shBranch));
    const sys_days today = engine::chinaToday();
    std::vector<std::pair<std::int64_t, std::string>> dated;
    const char* channels[] = {"hotline", "remote", "wechat"};
    for (sys_days d = today - days(84); d < today; d += days(1)) {  // the history of a week to come ends today
        if (!levels.calendar.isWorkday(d)) continue;
        const bool close = engine::closeKind(d, levels.close) != engine::CloseKind::None;
        for (int i = 0; i < (close ? 6 : 3); ++i) openTickets(account, customer.id(), channels[i % 3], d, 1, dated);
        if (!close) openTickets(account, customer.id(), "onsite", d, 1, dated);
        if (!close) openTickets(shAccount, shCustomer.id(), "hotline", d, 2, dated);
    }
    dateTickets(dated);

    const auto check = [&](const proto::RosterWeek& planned, int perPerson) {
        int forecastDays = 0;
        for (const auto& day : planned.days()) {
            SCOPED_TRACE(day.date());
            const auto& s = day.suggestion();
            if (!day.workday()) {
                EXPECT_EQ(s.basis(), "day_off");
                continue;
            }
            ++forecastDays;
            EXPECT_EQ(s.basis(), "forecast");
            EXPECT_DOUBLE_EQ(s.weekday_average(), 3);
            if (s.close().empty()) {
                EXPECT_DOUBLE_EQ(s.close_factor(), 1);
            } else if (s.factor_measured()) {
                EXPECT_DOUBLE_EQ(s.close_factor(), 2);
            }
            EXPECT_NEAR(s.expected_tickets(), 3 * s.close_factor(), 1e-9);
            EXPECT_EQ(s.needed(), std::max(1, static_cast<int>(std::ceil(s.expected_tickets() / perPerson - 1e-9))));
        }
        return forecastDays;
    };
    const proto::RosterWeek planned = weekOf(manager, week);
    if (check(planned, 12) == 0) GTEST_SKIP() << "next week has no working day (a holiday week)";

    // Two tickets per person: more people needed; nobody rostered: every working day short.
    const auto saved = save(manager, nextMonday, 0, {cell(engineerId, nextMonday, "hotline")}, 0, 2);
    ASSERT_TRUE(saved.has_roster_week()) << saved.DebugString();
    EXPECT_EQ(saved.roster_week().tickets_per_person(), 2);
    check(saved.roster_week(), 2);
    for (const auto& day : saved.roster_week().days()) {
        SCOPED_TRACE(day.date());
        EXPECT_EQ(day.suggestion().rostered(), day.date() == week ? 1 : 0);
        EXPECT_EQ(day.suggestion().short_staffed(), day.workday() && day.suggestion().rostered() < day.suggestion().needed());
        if (day.workday()) EXPECT_GE(day.suggestion().needed(), 2);
    }
    EXPECT_EQ(sql("SELECT details->'tickets_per_person'->>'after' FROM audit_log WHERE action = 'roster.save'"), "2");
}

}  // namespace
}  // namespace laoke::test
