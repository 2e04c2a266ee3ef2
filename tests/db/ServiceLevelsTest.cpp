// The service levels an administrator keeps (V0012), through the real Dispatcher on a real
// PostgreSQL: everyone reads the shipped working hours, targets and close periods; only
// administrators change them, at the version they read, with every change checked and
// audited; tickets opened afterwards are measured and raised by what was saved, on this
// server and on any other one sharing the database.

#include "ServiceLevelsFixture.h"

#include <google/protobuf/util/message_differencer.h>

#include <algorithm>
#include <functional>
#include <map>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace laoke::test {
namespace {

namespace proto = laoke::protocol;

class ServiceLevelsTest : public ServiceLevelsFixture {};

TEST_F(ServiceLevelsTest, EveryoneReadsTheShippedLevels)
{
    const proto::ServiceSettings s = settings(engineer);
    ASSERT_EQ(s.periods_size(), 2);
    EXPECT_EQ(s.periods(0).from(), "09:00");
    EXPECT_EQ(s.periods(0).to(), "12:00");
    EXPECT_EQ(s.periods(1).from(), "13:00");
    EXPECT_EQ(s.periods(1).to(), "18:00");
    EXPECT_EQ(s.coverage(), "workdays");
    EXPECT_EQ(s.workday_minutes(), 480);
    EXPECT_GE(s.version(), 1);
    // engine/SlaPolicy.h's table, in minutes (a working day is 480), for every grade.
    std::vector<std::tuple<std::string, std::string, int, int, int>> rules;
    for (const auto& r : s.rules()) {
        rules.emplace_back(r.grade(), r.priority(), r.first_response_minutes(), r.onsite_arrival_minutes(), r.resolution_minutes());
    }
    EXPECT_EQ(rules, (std::vector<std::tuple<std::string, std::string, int, int, int>>{{"", "urgent", 30, 240, 480},
                                                                                      {"", "high", 120, 480, 960},
                                                                                      {"", "normal", 240, 0, 1440},
                                                                                      {"", "consult", 480, 0, 0}}));
    EXPECT_TRUE(s.close_raise_priority());
    EXPECT_EQ(s.month_end_last_days(), 5);
    EXPECT_EQ(s.month_start_days(), 5);
    EXPECT_EQ(s.year_end_from(), "12-15");
    EXPECT_EQ(s.year_end_to(), "01-31");
    EXPECT_EQ(std::vector<int>(s.years().begin(), s.years().end()), (std::vector<int>{2025, 2026}));
    std::vector<int> missing;
    for (const int year : {thisYear(), thisYear() + 1}) {
        if (year != 2025 && year != 2026) missing.push_back(year);
    }
    EXPECT_EQ(std::vector<int>(s.missing_years().begin(), s.missing_years().end()), missing);

    // The account manager and the branch manager see the very same; reading changes nothing.
    const std::string before = storedState();
    EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(settings(account), s));
    EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(settings(manager), s));
    EXPECT_EQ(storedState(), before);
}

TEST_F(ServiceLevelsTest, OnlyAdministratorsChangeThem)
{
    proto::ServiceSettings wanted = settings(admin);
    ruleIn(wanted, "", "urgent")->set_resolution_minutes(240);
    proto::CalendarYear year = calendarYear(admin, 2026);
    year.mutable_days()->RemoveLast();

    const std::string before = storedState();
    for (auto* who : {&engineer, &manager, &account}) {
        EXPECT_EQ(errorOf(saveSettings(*who, wanted)), proto::FORBIDDEN);
        EXPECT_EQ(errorOf(saveYear(*who, year)), proto::FORBIDDEN);
    }
    EXPECT_EQ(storedState(), before) << "no version bumped, no rule, day or audit row written";
    EXPECT_EQ(settings(engineer).version(), wanted.version());

    // The very same requests are fine from an administrator.
    EXPECT_EQ(saved(wanted).version(), wanted.version() + 1);
    EXPECT_TRUE(saveYear(admin, year).has_calendar_year());
}

TEST_F(ServiceLevelsTest, NewTargetsMeasureTicketsOpenedAfterTheSave)
{
    proto::Customer gradeA = newCustomer("北京中关村软件股份有限公司");
    gradeA.set_manual_grade("A");
    gradeA = created(account, gradeA);
    const proto::ServiceSettings before = settings(admin);

    proto::ServiceSettings wanted = before;
    wanted.set_close_raise_priority(false);  // priorities as asked, whatever today is
    ruleIn(wanted, "", "urgent")->set_resolution_minutes(240);
    proto::SlaRule* a = wanted.add_rules();
    a->set_grade("A");
    a->set_priority("normal");
    a->set_first_response_minutes(60);
    a->set_resolution_minutes(600);
    const proto::ServiceSettings after = saved(wanted);
    EXPECT_EQ(after.version(), before.version() + 1);
    EXPECT_EQ(after.updated_by_name(), adminName);
    EXPECT_FALSE(after.close_raise_priority());
    EXPECT_EQ(after.rules_size(), 5);
    EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(settings(engineer), after));

    const proto::Ticket urgent = opened(engineer, ticketOf(customer, "urgent"));
    const proto::Ticket aNormal = opened(engineer, ticketOf(gradeA, "normal"));
    const proto::Ticket aUrgent = opened(engineer, ticketOf(gradeA, "urgent"));
    const proto::Ticket normal = opened(engineer, ticketOf(customer, "normal"));
    EXPECT_EQ(urgent.effective_priority(), "urgent");
    EXPECT_EQ(normal.effective_priority(), "normal");
    const std::map<std::int64_t, std::pair<long long, long long>> expected{
        {urgent.id(), {30 * 60, 240 * 60}},   // the every-grade rule as changed
        {aNormal.id(), {60 * 60, 600 * 60}},  // grade A's own rule
        {aUrgent.id(), {30 * 60, 240 * 60}},  // grade A has no urgent rule: the every-grade one
        {normal.id(), {240 * 60, 1440 * 60}}, // an unrated customer does not get grade A's rule
    };
    for (const auto& ticket : {urgent, aNormal, aUrgent, normal}) {
        SCOPED_TRACE(ticket.customer_name() + " " + ticket.priority());
        EXPECT_EQ(targetOf(ticket, "first_response"), expected.at(ticket.id()).first);
        EXPECT_EQ(targetOf(ticket, "resolution"), expected.at(ticket.id()).second);
    }
    proto::Envelope list;
    list.mutable_list_tickets()->set_limit(50);
    const auto listed = send(account, list);
    ASSERT_EQ(listed.list_tickets_reply().tickets_size(), 4) << listed.DebugString();
    for (const auto& ticket : listed.list_tickets_reply().tickets()) {
        EXPECT_EQ(targetOf(ticket, "first_response"), expected.at(ticket.id()).first) << ticket.number();
        EXPECT_EQ(targetOf(ticket, "resolution"), expected.at(ticket.id()).second) << ticket.number();
    }

    // Audited once, by the administrator, with the rules before and after.
    EXPECT_EQ(auditCount("service_levels.save"), "1");
    const std::string rule = "FROM audit_log, jsonb_array_elements(details->'%s'->'rules') r WHERE action = 'service_levels.save' "
                             "AND actor_username = 'admin' AND r->>'grade' = '' AND r->>'priority' = 'urgent' "
                             "AND (r->>'resolution_minutes')::int = ";
    auto count = [&](const std::string& side, int minutes) {
        std::string query = rule;
        query.replace(query.find("%s"), 2, side);
        return sql("SELECT count(*) " + query + std::to_string(minutes));
    };
    EXPECT_EQ(count("before", 480), "1");
    EXPECT_EQ(count("after", 240), "1");
    EXPECT_EQ(sql("SELECT details->'after'->>'close_raise_priority' FROM audit_log WHERE action = 'service_levels.save'"), "false");
}

TEST_F(ServiceLevelsTest, ASaveAtAStaleVersionIsAConflict)
{
    const proto::ServiceSettings read = settings(admin);
    proto::ServiceSettings first = read;
    first.set_month_start_days(3);
    saved(first);
    proto::ServiceSettings second = read;  // still at the version read before the first save
    ruleIn(second, "", "urgent")->set_resolution_minutes(240);
    std::string before = storedState();
    EXPECT_EQ(errorOf(saveSettings(admin, second)), proto::CONFLICT);
    EXPECT_EQ(storedState(), before);
    EXPECT_EQ(settings(engineer).month_start_days(), 3);

    // A calendar year's save changes the version too: settings read before it are stale.
    const proto::ServiceSettings current = settings(admin);
    proto::CalendarYear year = calendarYear(admin, 2026);
    year.mutable_days(0)->set_name("元旦");
    savedYear(year);
    proto::ServiceSettings stale = current;
    stale.set_month_start_days(4);
    before = storedState();
    EXPECT_EQ(errorOf(saveSettings(admin, stale)), proto::CONFLICT);
    EXPECT_EQ(storedState(), before);
    stale.set_version(settings(admin).version());
    EXPECT_EQ(saved(stale).month_start_days(), 4);
}

TEST_F(ServiceLevelsTest, InvalidSettingsAreRefusedWithTheFieldAndNothingChanges)
{
    const proto::ServiceSettings read = settings(admin);
    using Change = std::function<void(proto::ServiceSettings&)>;
    auto rule = [](const std::string& grade, const std::string& priority, int response) {
        return Change([=](proto::ServiceSettings& s) {
            auto* r = s.add_rules();
            r->set_grade(grade);
            r->set_priority(priority);
            r->set_first_response_minutes(response);
        });
    };
    const std::vector<std::pair<std::string, Change>> cases{
        {"a reversed period", [](auto& s) { s.mutable_periods(0)->set_to("08:00"); }},
        {"overlapping periods", [](auto& s) { s.mutable_periods(0)->set_to("13:30"); }},
        {"an empty period", [](auto& s) { s.mutable_periods(1)->set_from("18:00"); }},
        {"25:00", [](auto& s) { s.mutable_periods(1)->set_to("25:00"); }},
        {"9:00", [](auto& s) { s.mutable_periods(0)->set_from("9:00"); }},
        {"coverage 24x7", [](auto& s) { s.set_coverage("24x7"); }},
        {"grade F", rule("F", "normal", 60)},
        {"an unknown priority", rule("A", "critical", 60)},
        {"two rules for one grade and priority", rule("", "urgent", 60)},
        {"two rules for grade B normal", [&](auto& s) { rule("B", "normal", 60)(s); rule("B", "normal", 90)(s); }},
        {"a negative target", [](auto& s) { s.mutable_rules(0)->set_resolution_minutes(-1); }},
        {"a target over 60 days", [](auto& s) { s.mutable_rules(0)->set_resolution_minutes(60 * 24 * 60 + 1); }},
        {"month_end_last_days 11", [](auto& s) { s.set_month_end_last_days(11); }},
        {"month_start_days -1", [](auto& s) { s.set_month_start_days(-1); }},
        {"month_start_days 11", [](auto& s) { s.set_month_start_days(11); }},
        {"year_end_from 13-01", [](auto& s) { s.set_year_end_from("13-01"); }},
        {"year_end_to 02-30", [](auto& s) { s.set_year_end_to("02-30"); }},
        {"no periods", [](auto& s) { s.clear_periods(); }},
    };
    const std::string before = storedState();
    for (const auto& [what, change] : cases) {
        SCOPED_TRACE(what);
        proto::ServiceSettings wanted = read;
        change(wanted);
        const auto reply = saveSettings(admin, wanted);
        EXPECT_EQ(errorOf(reply), proto::VALIDATION_FAILED) << reply.DebugString();
        EXPECT_FALSE(reply.error().field().empty()) << reply.DebugString();
        EXPECT_FALSE(reply.error().message().empty());
        EXPECT_EQ(storedState(), before);
    }
    EXPECT_EQ(errorOf(saveSettings(admin, proto::ServiceSettings{})), proto::VALIDATION_FAILED);
    EXPECT_EQ(storedState(), before);
    // The version read still saves: nothing was bumped by the refusals.
    proto::ServiceSettings fine = read;
    fine.mutable_periods(1)->set_to("24:00");  // the end of the day is a valid end
    EXPECT_EQ(saved(fine).workday_minutes(), 3 * 60 + 11 * 60);
}

TEST_F(ServiceLevelsTest, ClosePeriodsRaiseThePriorityOfNewTickets)
{
    proto::ServiceSettings wanted = settings(admin);
    wanted.set_close_raise_priority(false);
    wanted.set_year_end_from("01-01");  // every day of the year is in the close period
    wanted.set_year_end_to("12-31");
    wanted = saved(wanted);
    for (const std::string priority : {"urgent", "high", "normal", "consult"}) {
        EXPECT_EQ(opened(engineer, ticketOf(customer, priority)).effective_priority(), priority) << "raise off";
    }

    wanted.set_close_raise_priority(true);
    wanted = saved(wanted);
    const proto::Ticket normal = opened(engineer, ticketOf(customer, "normal"));
    EXPECT_EQ(normal.priority(), "normal");
    EXPECT_EQ(normal.effective_priority(), "high");
    EXPECT_EQ(targetOf(normal, "resolution"), 960 * 60) << "measured at the priority it got";
    EXPECT_EQ(opened(engineer, ticketOf(customer, "urgent")).effective_priority(), "urgent");
    EXPECT_EQ(opened(engineer, ticketOf(customer, "consult")).effective_priority(), "normal");

    // Raise on, but today in no close period: no month-end days, a year end of one other day.
    const auto today = std::chrono::year_month_day{engine::chinaToday()};
    const bool julyFirst = today.month() == std::chrono::July && today.day() == std::chrono::day{1};
    wanted.set_month_end_last_days(0);
    wanted.set_month_start_days(0);
    wanted.set_year_end_from(julyFirst ? "08-01" : "07-01");
    wanted.set_year_end_to(julyFirst ? "08-01" : "07-01");
    saved(wanted);
    EXPECT_EQ(opened(engineer, ticketOf(customer, "normal")).effective_priority(), "normal");
    EXPECT_EQ(opened(engineer, ticketOf(customer, "consult")).effective_priority(), "consult");
}

TEST_F(ServiceLevelsTest, ASevenByTwentyFourDeskCountsWallClockTime)
{
    proto::ServiceSettings wanted = settings(admin);
    wanted.set_close_raise_priority(false);
    wanted.set_coverage("every_day");
    wanted.clear_periods();
    wanted.add_periods()->set_from("00:00");
    wanted.mutable_periods(0)->set_to("24:00");
    ruleIn(wanted, "", "urgent")->set_resolution_minutes(90);
    EXPECT_EQ(saved(wanted).workday_minutes(), 1440);

    const proto::Ticket ticket = opened(engineer, ticketOf(customer, "urgent"));
    const auto* resolution = clockOf(ticket, "resolution");
    ASSERT_NE(resolution, nullptr);
    EXPECT_EQ(resolution->target_seconds(), 90 * 60);
    EXPECT_NEAR(resolution->deadline_unix(), ticket.opened_at_unix() + 90 * 60, 1) << "every minute of every day counts";
    EXPECT_NEAR(resolution->warning_at_unix(), ticket.opened_at_unix() + 90 * 60 * 3 / 4, 1);
}

TEST_F(ServiceLevelsTest, AnotherServerMeasuresWithTheSavedTargetsAtItsNextRequest)
{
    Server other = anotherServer();
    auto engineer2 = loggedInVia(other, "engineer");
    auto openVia = [&](const std::string& priority) {
        proto::Envelope request;
        *request.mutable_create_ticket()->mutable_ticket() = ticketOf(customer, priority);
        const auto reply = sendVia(other, engineer2, request);
        EXPECT_TRUE(reply.has_ticket_reply()) << reply.DebugString();
        return reply.ticket_reply().ticket();
    };
    // The other server measures with the shipped levels (and holds them in its cache).
    const proto::Ticket before = openVia("urgent");
    EXPECT_EQ(targetOf(before, "resolution"), 480 * 60);

    proto::ServiceSettings wanted = settings(admin);  // through this server
    ruleIn(wanted, "", "urgent")->set_resolution_minutes(240);  // urgent stays urgent in any close period
    saved(wanted);

    const proto::Ticket after = openVia("urgent");
    EXPECT_EQ(targetOf(after, "resolution"), 240 * 60);
    EXPECT_EQ(levelsOf(*other.services)->version, wanted.version() + 1);
    proto::Envelope get;
    get.mutable_get_ticket()->set_ticket_id(after.id());
    EXPECT_EQ(targetOf(sendVia(other, engineer2, get).ticket_reply().ticket(), "resolution"), 240 * 60);
    // And back: this server's cache follows a save made through the other one.
    auto admin2 = loggedInVia(other, "admin");
    proto::ServiceSettings again = settings(admin);
    ruleIn(again, "", "urgent")->set_resolution_minutes(120);
    proto::Envelope save;
    *save.mutable_save_service_settings()->mutable_settings() = again;
    ASSERT_TRUE(sendVia(other, admin2, save).has_service_settings());
    EXPECT_EQ(targetOf(opened(engineer, ticketOf(customer, "urgent")), "resolution"), 120 * 60);
}

}  // namespace
}  // namespace laoke::test
