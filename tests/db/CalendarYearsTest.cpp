// The working calendar per year (V0012), through the real Dispatcher on a real PostgreSQL:
// everyone reads the published years, an administrator adds and edits a year at the version
// read, every day is checked as the clocks use it, and the SLA clocks of every server follow.

#include "ServiceLevelsFixture.h"

#include <google/protobuf/util/message_differencer.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <string>
#include <tuple>
#include <vector>

namespace laoke::test {
namespace {

namespace proto = laoke::protocol;
using namespace std::chrono;

class CalendarYearsTest : public ServiceLevelsFixture {
protected:
    /// A year no one keeps yet: the next one (2027 at the earliest, 2025 and 2026 ship).
    static int nextYear() { return std::max(thisYear() + 1, 2027); }

    static void addDay(proto::CalendarYear& year, sys_days day, const std::string& kind, const std::string& name = {})
    {
        auto* out = year.add_days();
        out->set_date(engine::formatIsoDate(day));
        out->set_kind(kind);
        out->set_name(name);
    }

    static std::vector<int> listed(const google::protobuf::RepeatedField<int>& years) { return {years.begin(), years.end()}; }

    /// Unix time of China's midnight starting `day`.
    static long long chinaMidnight(sys_days day) { return (sys_seconds(day) - hours(8)).time_since_epoch().count(); }
};

TEST_F(CalendarYearsTest, EveryoneReadsThePublishedYears)
{
    const std::string before = storedState();
    const proto::CalendarYear y2026 = calendarYear(engineer, 2026);
    EXPECT_EQ(y2026.year(), 2026);
    EXPECT_GE(y2026.version(), 1);
    std::map<std::string, std::string> kinds;
    std::vector<std::string> dates;
    for (const auto& day : y2026.days()) {
        kinds[day.date()] = day.kind();
        dates.push_back(day.date());
    }
    EXPECT_TRUE(std::is_sorted(dates.begin(), dates.end()));
    EXPECT_EQ(y2026.days_size(), 33 + 6) << "33 holidays and 6 make-up working days";
    EXPECT_EQ(kinds["2026-10-01"], "holiday");  // 国庆节
    EXPECT_EQ(kinds["2026-02-15"], "holiday");  // 春节, a Sunday
    EXPECT_EQ(kinds["2026-02-14"], "workday");  // a Saturday worked
    EXPECT_EQ(kinds["2026-01-04"], "workday");  // a Sunday worked
    EXPECT_EQ(kinds.count("2026-10-08"), 0u) << "an ordinary Thursday is not listed";

    const proto::CalendarYear y2025 = calendarYear(account, 2025);
    EXPECT_EQ(y2025.days_size(), 28 + 5);
    EXPECT_EQ(y2025.days(0).date(), "2025-01-01");
    const proto::CalendarYear unkept = calendarYear(manager, 2040);
    EXPECT_EQ(unkept.year(), 2040);
    EXPECT_EQ(unkept.version(), 0);
    EXPECT_TRUE(unkept.days().empty());
    EXPECT_EQ(errorOf(getYear(engineer, 1999)), proto::BAD_REQUEST);
    EXPECT_EQ(errorOf(getYear(engineer, 2101)), proto::BAD_REQUEST);
    EXPECT_EQ(storedState(), before);
}

TEST_F(CalendarYearsTest, AnAdministratorAddsTheNextYearAndEveryServerCountsWithIt)
{
    const int next = nextYear();
    const sys_days monday = sys_days(year{next} / March / Monday[2]);
    const sys_days saturday = sys_days(year{next} / February / Saturday[1]);
    Server other = anotherServer();
    const auto known = levelsOf(*other.services);  // the other server holds the year unknown: Monday to Friday
    EXPECT_FALSE(known->calendar.knowsYear(next));
    EXPECT_TRUE(known->calendar.isWorkday(monday + days{4}));
    EXPECT_FALSE(known->calendar.isWorkday(saturday));

    const bool shouldBeMissing = next == thisYear() || next == thisYear() + 1;
    const auto missingBefore = listed(settings(engineer).missing_years());
    EXPECT_EQ(std::count(missingBefore.begin(), missingBefore.end(), next), shouldBeMissing ? 1 : 0);
    proto::CalendarYear wanted = calendarYear(admin, next);
    ASSERT_EQ(wanted.version(), 0);
    addDay(wanted, sys_days(year{next} / January / 1), "holiday", "  元旦 ");
    std::string name;
    for (int i = 0; i < 32; ++i) name += "节";
    for (int i = 0; i < 5; ++i) addDay(wanted, monday + days{i}, "holiday", i == 0 ? name : "测试假期");
    addDay(wanted, saturday, "workday", "调休");

    const proto::CalendarYear stored = savedYear(wanted);
    EXPECT_EQ(stored.version(), 1);
    EXPECT_EQ(stored.updated_by_name(), adminName);
    ASSERT_EQ(stored.days_size(), 7);
    EXPECT_EQ(stored.days(0).name(), "元旦") << "names are trimmed";
    EXPECT_EQ(stored.days(1).date(), engine::formatIsoDate(saturday)) << "by date";
    EXPECT_EQ(stored.days(1).kind(), "workday");
    EXPECT_EQ(stored.days(2).name(), name);
    EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(calendarYear(engineer, next), stored));
    const proto::ServiceSettings s = settings(engineer);
    EXPECT_EQ(std::count(s.years().begin(), s.years().end(), next), 1);
    EXPECT_EQ(std::count(s.missing_years().begin(), s.missing_years().end(), next), 0);
    EXPECT_EQ(sql("SELECT count(*) FROM audit_log WHERE action = 'calendar_year.save' AND actor_username = 'admin' "
                  "AND object_id = " + std::to_string(next) + " AND details->'after'->'days' IS NOT NULL"),
              "1");

    // The other server counts with it at its next request.
    const auto changed = levelsOf(*other.services);
    EXPECT_TRUE(changed->calendar.knowsYear(next));
    for (int i = 0; i < 5; ++i) EXPECT_FALSE(changed->calendar.isWorkday(monday + days{i})) << i;
    EXPECT_TRUE(changed->calendar.isWorkday(saturday));
    EXPECT_TRUE(changed->calendar.isWorkday(monday + days{7}));

    // Adding it again (version 0) is a conflict; an edit at the version read is not.
    std::string before = storedState();
    EXPECT_EQ(errorOf(saveYear(admin, wanted)), proto::CONFLICT);
    EXPECT_EQ(storedState(), before);
    proto::CalendarYear edit = stored;
    edit.mutable_days()->DeleteSubrange(6, 1);  // the Friday works again
    EXPECT_EQ(savedYear(edit).version(), 2);
    before = storedState();
    EXPECT_EQ(errorOf(saveYear(admin, edit)), proto::CONFLICT) << "version 1 is stale now";
    EXPECT_EQ(storedState(), before);
    EXPECT_TRUE(levelsOf(*other.services)->calendar.isWorkday(monday + days{4}));
    EXPECT_FALSE(levelsOf(*other.services)->calendar.isWorkday(monday + days{3}));
}

TEST_F(CalendarYearsTest, InvalidYearsAreRefusedAndNothingChanges)
{
    const int next = nextYear();
    const sys_days wednesday = sys_days(year{next} / March / Wednesday[2]);
    const sys_days saturday = sys_days(year{next} / February / Saturday[1]);
    auto yearOf = [&](std::vector<std::tuple<std::string, std::string, std::string>> days) {
        proto::CalendarYear y;
        y.set_year(next);
        for (const auto& [date, kind, name] : days) {
            auto* out = y.add_days();
            out->set_date(date);
            out->set_kind(kind);
            out->set_name(name);
        }
        return y;
    };
    const std::string iso = engine::formatIsoDate(saturday);
    std::string tooLong;
    for (int i = 0; i < 33; ++i) tooLong += "节";
    proto::CalendarYear y2026 = calendarYear(admin, 2026);
    addDay(y2026, sys_days(2026y / October / 8), "workday");  // a Thursday
    proto::CalendarYear outOfRange = yearOf({});
    outOfRange.set_year(1999);
    const std::vector<std::tuple<std::string, proto::CalendarYear, std::string>> cases{
        {"a make-up day on a weekday", yearOf({{engine::formatIsoDate(wednesday), "workday", ""}}), "days"},
        {"a make-up day on a weekday of a kept year", y2026, "days"},
        {"a day of another year", yearOf({{std::to_string(next + 1) + "-01-01", "holiday", ""}}), "days"},
        {"a day both a holiday and a workday", yearOf({{iso, "holiday", ""}, {iso, "workday", ""}}), "days"},
        {"a day listed twice", yearOf({{iso, "workday", ""}, {iso, "workday", ""}}), "days"},
        {"a name over 32 characters", yearOf({{iso, "workday", tooLong}}), "days"},
        {"an unknown kind", yearOf({{iso, "vacation", ""}}), "days"},
        {"not a date", yearOf({{std::to_string(next) + "-02-30", "holiday", ""}}), "days"},
        {"the year 1999", outOfRange, "year"},
    };
    const std::string before = storedState();
    for (const auto& [what, year, field] : cases) {
        SCOPED_TRACE(what);
        const auto reply = saveYear(admin, year);
        EXPECT_EQ(errorOf(reply), proto::VALIDATION_FAILED) << reply.DebugString();
        EXPECT_EQ(reply.error().field(), field);
        EXPECT_FALSE(reply.error().message().empty());
        EXPECT_EQ(storedState(), before);
    }
    // Nothing was added by the refusals: the year still saves at version 0.
    EXPECT_EQ(savedYear(yearOf({{iso, "workday", tooLong.substr(3)}})).version(), 1);
}

TEST_F(CalendarYearsTest, ACalendarChangeMovesTheDeadlinesOfTickets)
{
    // Round the clock on working days, so only the calendar decides; one hour to resolve.
    proto::ServiceSettings wanted = settings(admin);
    wanted.set_close_raise_priority(false);
    wanted.clear_periods();
    wanted.add_periods()->set_from("00:00");
    wanted.mutable_periods(0)->set_to("24:00");
    ruleIn(wanted, "", "urgent")->set_resolution_minutes(60);
    saved(wanted);

    const sys_days today = engine::chinaToday();
    const int y = thisYear();
    const long long february = chinaMidnight(sys_days(year{y + 1} / February / 1));
    const proto::Ticket ticket = opened(engineer, ticketOf(customer, "urgent"));
    const auto* before = clockOf(ticket, "resolution");
    ASSERT_NE(before, nullptr);
    EXPECT_EQ(before->target_seconds(), 3600);
    EXPECT_LT(before->deadline_unix(), february) << "the next working day is at most days away";

    // Every day from today to the end of next January is a holiday.
    for (const int changed : {y, y + 1}) {
        const proto::CalendarYear read = calendarYear(admin, changed);
        proto::CalendarYear edited = read;
        edited.clear_days();
        const sys_days from = changed == y ? today : sys_days(year{changed} / January / 1);
        const sys_days to = changed == y ? sys_days(year{y} / December / 31) : sys_days(year{changed} / January / 31);
        for (const auto& day : read.days()) {
            const sys_days date = *engine::parseIsoDate(day.date());
            if (date < from || date > to) *edited.add_days() = day;
        }
        for (sys_days day = from; day <= to; day += days{1}) addDay(edited, day, "holiday", "测试");
        savedYear(edited);
    }

    for (const auto& t : {get(engineer, ticket.id()).ticket(), opened(engineer, ticketOf(customer, "urgent"))}) {
        const auto* after = clockOf(t, "resolution");
        ASSERT_NE(after, nullptr);
        EXPECT_EQ(after->used_seconds(), 0) << "no working time since it was opened";
        EXPECT_EQ(after->state(), "on_track");
        EXPECT_GE(after->deadline_unix(), february + 3600) << "an hour into the first working day after the holidays";
    }
}

}  // namespace
}  // namespace laoke::test
