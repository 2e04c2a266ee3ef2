// Business time over the work calendar: spans within and across periods, lunch, nights,
// weekends, month and year ends, the Spring Festival, and properties over many samples.
// Times are China local time, written as text (SlaTestTime.h).

#include "SlaTestTime.h"

namespace laoke::engine {
namespace {

using namespace sla_test;

// =========================================================================================
// BusinessClock
// =========================================================================================

std::string between(std::string_view from, std::string_view to)
{
    return workTime(chinaClock().between(china(from), china(to)));
}

std::string after(std::string_view from, seconds amount) { return chinaTime(chinaClock().after(china(from), amount)); }

TEST(BusinessClock, WithinOnePeriodItIsTheWallClockTime)
{
    EXPECT_EQ(between("2026-03-10 09:30", "2026-03-10 11:15"), "1:45:00");
    EXPECT_EQ(between("2026-03-10 14:00", "2026-03-10 17:30"), "3:30:00");
    EXPECT_EQ(between("2026-03-10 09:00", "2026-03-10 09:00:01"), "0:00:01");
    EXPECT_EQ(between("2026-03-10 09:00", "2026-03-10 12:00"), "3:00:00");
    EXPECT_EQ(after("2026-03-10 09:30", 1h + 45min), "2026-03-10 11:15");
    EXPECT_EQ(after("2026-03-10 14:00", 3h + 30min), "2026-03-10 17:30");
    EXPECT_EQ(after("2026-03-10 09:00", 1s), "2026-03-10 09:00:01");
}

TEST(BusinessClock, TheLunchBreakDoesNotCount)
{
    EXPECT_EQ(between("2026-03-10 11:30", "2026-03-10 13:30"), "1:00:00");
    EXPECT_EQ(between("2026-03-10 12:10", "2026-03-10 12:50"), "0:00:00");
    EXPECT_EQ(between("2026-03-10 12:00", "2026-03-10 13:00"), "0:00:00");
    EXPECT_EQ(between("2026-03-10 00:00", "2026-03-11 00:00"), "8:00:00");
    EXPECT_EQ(after("2026-03-10 11:30", 1h), "2026-03-10 13:30");
    // Starting during lunch, the clock starts at 13:00.
    EXPECT_EQ(after("2026-03-10 12:00", 1h), "2026-03-10 14:00");
    EXPECT_EQ(after("2026-03-10 12:30", 30min), "2026-03-10 13:30");
}

TEST(BusinessClock, BeforeOpeningAndAfterClosingDoNotCount)
{
    EXPECT_EQ(between("2026-03-10 07:00", "2026-03-10 10:00"), "1:00:00");
    EXPECT_EQ(between("2026-03-10 17:00", "2026-03-10 20:00"), "1:00:00");
    EXPECT_EQ(between("2026-03-10 19:00", "2026-03-10 22:00"), "0:00:00");
    EXPECT_EQ(between("2026-03-10 06:00", "2026-03-10 08:59:59"), "0:00:00");
    EXPECT_EQ(after("2026-03-10 07:00", 1h), "2026-03-10 10:00");
    EXPECT_EQ(after("2026-03-10 00:00", 1min), "2026-03-10 09:01");
    // After closing, the next working morning.
    EXPECT_EQ(after("2026-03-10 18:00", 1s), "2026-03-11 09:00:01");
    EXPECT_EQ(after("2026-03-10 20:00", 2h), "2026-03-11 11:00");
}

TEST(BusinessClock, AcrossMidnight)
{
    EXPECT_EQ(between("2026-03-10 17:00", "2026-03-11 10:00"), "2:00:00");
    EXPECT_EQ(between("2026-03-10 23:00", "2026-03-11 01:00"), "0:00:00");
    EXPECT_EQ(between("2026-03-10 09:00", "2026-03-12 09:00"), "16:00:00");
    EXPECT_EQ(after("2026-03-10 17:00", 2h), "2026-03-11 10:00");
    EXPECT_EQ(after("2026-03-10 23:30", 2h), "2026-03-11 11:00");
}

TEST(BusinessClock, FridayEveningToMondayMorningIsOnlyTheEdges)
{
    // Friday 2026-03-13 17:30 -> Monday 03-16 09:30: 30 min on Friday and 30 min on Monday.
    EXPECT_EQ(between("2026-03-13 17:30", "2026-03-16 09:30"), "1:00:00");
    EXPECT_EQ(between("2026-03-13 18:00", "2026-03-16 09:00"), "0:00:00");
    EXPECT_EQ(after("2026-03-13 17:30", 1h), "2026-03-16 09:30");
    EXPECT_EQ(after("2026-03-14 10:00", 1h), "2026-03-16 10:00");  // opened on Saturday
    // A whole week: five days of eight hours.
    EXPECT_EQ(between("2026-03-09 00:00", "2026-03-16 00:00"), "40:00:00");
    EXPECT_EQ(after("2026-03-09 00:00", 40h), "2026-03-13 18:00");
}

TEST(BusinessClock, AcrossAMonthBoundary)
{
    // Tuesday 2026-03-31 16:00 -> Wednesday 04-01 11:00: 2 h + 2 h.
    EXPECT_EQ(between("2026-03-31 16:00", "2026-04-01 11:00"), "4:00:00");
    EXPECT_EQ(after("2026-03-31 16:00", 4h), "2026-04-01 11:00");
    // Friday 2026-04-03 17:00, then 清明节 Sat 04-04 .. Mon 04-06: Tuesday 10:00.
    EXPECT_EQ(after("2026-04-03 17:00", 2h), "2026-04-07 10:00");
    EXPECT_EQ(between("2026-04-03 17:00", "2026-04-07 10:00"), "2:00:00");
    // Thursday 2026-04-30 17:00, then 劳动节 Fri 05-01 .. Tue 05-05: Wednesday 05-06 10:00.
    EXPECT_EQ(after("2026-04-30 17:00", 2h), "2026-05-06 10:00");
}

TEST(BusinessClock, AcrossTheYearBoundaryTheMakeUpSundayIsWorked)
{
    // Wednesday 2025-12-31 17:00: one hour that day; 2026-01-01 .. 01-03 are 元旦; Sunday
    // 01-04 is a make-up working day, so the second hour ends there at 10:00.
    EXPECT_EQ(after("2025-12-31 17:00", 2h), "2026-01-04 10:00");
    EXPECT_EQ(between("2025-12-31 17:00", "2026-01-04 10:00"), "2:00:00");
    EXPECT_EQ(between("2025-12-31 18:00", "2026-01-04 09:00"), "0:00:00");
    // 1 h + the full 8 h of 01-04 ends exactly at 18:00 that Sunday; one more hour is Monday.
    EXPECT_EQ(after("2025-12-31 17:00", 9h), "2026-01-04 18:00");
    EXPECT_EQ(after("2025-12-31 17:00", 10h), "2026-01-05 10:00");
    EXPECT_EQ(between("2025-12-31 00:00", "2026-01-06 00:00"), "24:00:00");  // 12-31, 01-04, 01-05
}

TEST(BusinessClock, AcrossThe2026SpringFestival)
{
    // Friday 02-13 17:00 + 2 h: 1 h on Friday, then the make-up Saturday 02-14 from 09:00.
    EXPECT_EQ(after("2026-02-13 17:00", 2h), "2026-02-14 10:00");
    // Saturday 02-14 17:00 + 2 h: 1 h on Saturday, then 02-15 .. 02-23 off, Tuesday 02-24.
    EXPECT_EQ(after("2026-02-14 17:00", 2h), "2026-02-24 10:00");
    EXPECT_EQ(between("2026-02-14 17:00", "2026-02-24 10:00"), "2:00:00");
    EXPECT_EQ(between("2026-02-13 18:00", "2026-02-24 09:00"), "8:00:00");  // just the Saturday
    EXPECT_EQ(between("2026-02-14 18:00", "2026-02-24 09:00"), "0:00:00");
    EXPECT_EQ(after("2026-02-16 10:00", 1h), "2026-02-24 10:00");  // opened during the holiday
    // The make-up Saturday 02-28 after it: Friday 02-27 and Saturday 02-28 are worked.
    EXPECT_EQ(between("2026-02-27 09:00", "2026-03-02 09:00"), "16:00:00");
    EXPECT_EQ(after("2026-02-27 17:00", 2h), "2026-02-28 10:00");
    EXPECT_EQ(after("2026-02-28 17:00", 2h), "2026-03-02 10:00");
}

TEST(BusinessClock, AcrossThe2025SpringFestivalAndNationalDay)
{
    // Friday 2025-01-24 17:00: Saturday 01-25 off, Sunday 01-26 a make-up working day.
    EXPECT_EQ(after("2025-01-24 17:00", 2h), "2025-01-26 10:00");
    // Monday 2025-01-27 17:00: 01-28 .. 02-04 off, Wednesday 02-05.
    EXPECT_EQ(after("2025-01-27 17:00", 2h), "2025-02-05 10:00");
    // Tuesday 2025-09-30 17:00: 10-01 .. 10-08 off, Thursday 10-09.
    EXPECT_EQ(after("2025-09-30 17:00", 2h), "2025-10-09 10:00");
    // 2026 国庆: Wednesday 09-30 17:00, 10-01 .. 10-07 off, Thursday 10-08.
    EXPECT_EQ(after("2026-09-30 17:00", 2h), "2026-10-08 10:00");
}

TEST(BusinessClock, AnAmountThatFitsExactlyEndsAtThePeriodEnd)
{
    EXPECT_EQ(after("2026-03-10 09:00", 3h), "2026-03-10 12:00");  // not 13:00
    EXPECT_EQ(after("2026-03-10 11:00", 1h), "2026-03-10 12:00");
    EXPECT_EQ(after("2026-03-10 13:00", 5h), "2026-03-10 18:00");  // not 09:00 next day
    EXPECT_EQ(after("2026-03-10 09:00", 8h), "2026-03-10 18:00");
    EXPECT_EQ(after("2026-03-13 13:00", 5h), "2026-03-13 18:00");  // Friday, not Monday
    EXPECT_EQ(after("2026-03-10 09:00", 3h + 1s), "2026-03-10 13:00:01");
}

TEST(BusinessClock, ZeroAndBackwardsSpans)
{
    for (const char* t : {"2026-03-10 10:00", "2026-03-10 12:30", "2026-03-14 03:00", "2026-02-18 10:00"}) {
        EXPECT_EQ(after(t, 0s), chinaTime(china(t))) << t;
        EXPECT_EQ(between(t, t), "0:00:00") << t;
    }
    EXPECT_EQ(between("2026-03-10 15:00", "2026-03-10 10:00"), "0:00:00");
    EXPECT_EQ(between("2026-03-12 10:00", "2026-03-10 10:00"), "0:00:00");
}

TEST(BusinessClock, EveryDayCoverageWorksThroughTheHolidays)
{
    const WorkCalendar calendar(publishedChinaHolidays(), standardWorkingPeriods(), Coverage::EveryDay);
    const BusinessClock clock(calendar);
    // Saturday 2026-02-21 is in the Spring Festival; a 7×8 hotline works it and Sunday too.
    EXPECT_EQ(chinaTime(clock.after(china("2026-02-21 17:00"), 2h)), "2026-02-22 10:00");
    EXPECT_EQ(workTime(clock.between(china("2026-02-15 00:00"), china("2026-02-24 00:00"))), "72:00:00");  // 9 days
    EXPECT_EQ(workTime(clock.between(china("2026-02-21 11:30"), china("2026-02-21 13:30"))), "1:00:00");
}

TEST(BusinessClock, APeriodUpToMidnightAndRoundTheClockService)
{
    // 0:00-24:00 every day: business time is wall-clock time, across midnight and holidays.
    const WorkCalendar allDay(publishedChinaHolidays(), {{0h, 24h}}, Coverage::EveryDay);
    const BusinessClock clock(allDay);
    EXPECT_EQ(workTime(clock.between(china("2026-02-13 22:30"), china("2026-02-16 00:30"))), "50:00:00");
    EXPECT_EQ(chinaTime(clock.after(china("2026-02-13 22:30"), 50h)), "2026-02-16 00:30");
    EXPECT_EQ(chinaTime(clock.after(china("2026-02-13 22:30"), 1h + 30min)), "2026-02-14 00:00");

    // A night shift 22:00-24:00 and 00:00-02:00 on working days: Friday 23:00 + 2 h is 1 h on
    // Friday night and, as Saturday and Sunday are not worked, Monday 00:00-01:00.
    const WorkCalendar night({}, {{22h, 24h}, {0h, 2h}}, Coverage::Workdays);
    const BusinessClock nightClock(night);
    EXPECT_EQ(chinaTime(nightClock.after(china("2026-03-13 23:00"), 2h)), "2026-03-16 01:00");
    EXPECT_EQ(workTime(nightClock.between(china("2026-03-13 23:00"), china("2026-03-16 01:00"))), "2:00:00");
    EXPECT_EQ(chinaTime(nightClock.after(china("2026-03-10 23:00"), 2h)), "2026-03-11 01:00");
}

TEST(BusinessClock, ACalendarWithoutWorkingTimeForTenYearsThrows)
{
    // 2030 .. 2041, every day a holiday (the search gives up after ten years).
    std::vector<CalendarYear> years;
    for (int y = 2030; y <= 2041; ++y) {
        CalendarYear year{y, {}, {}};
        for (sys_days d = date(y, 1, 1); d <= date(y, 12, 31); d += days{1}) year.holidays.push_back(d);
        years.push_back(std::move(year));
    }
    const WorkCalendar closed(years, standardWorkingPeriods(), Coverage::Workdays);
    const BusinessClock clock(closed);
    EXPECT_THROW(clock.after(china("2030-01-01 00:00"), 1s), std::runtime_error);
    EXPECT_EQ(workTime(clock.between(china("2030-01-01 00:00"), china("2031-01-01 00:00"))), "0:00:00");
    // Zero needs no working time.
    EXPECT_EQ(clock.after(china("2030-01-01 00:00"), 0s), china("2030-01-01 00:00"));
}

// ---- Properties over many deterministic samples ------------------------------------------

/// Deterministic pseudo-random numbers (std::mt19937 is fully specified).
class Samples {
public:
    explicit Samples(std::uint32_t seed) : m_engine(seed) {}
    /// Uniform enough in [0, n).
    std::int64_t below(std::int64_t n)
    {
        const std::uint64_t wide = (std::uint64_t(m_engine()) << 32) | m_engine();
        return static_cast<std::int64_t>(wide % static_cast<std::uint64_t>(n));
    }

private:
    std::mt19937 m_engine;
};

const Instant kSamplesFrom = china("2025-01-01 00:00");
const Instant kSamplesTo = china("2028-01-01 00:00");

/// An instant in 2025-2027, on a minute when `minuteAligned`; one in four on a period edge.
Instant sampleInstant(Samples& samples, bool minuteAligned)
{
    const std::int64_t span = (kSamplesTo - kSamplesFrom).count();
    Instant t = kSamplesFrom + seconds(samples.below(span));
    if (samples.below(4) == 0) {
        static const std::vector<minutes> edges{0h, 9h, 12h, 13h, 18h};
        const sys_days d = floor<days>(t + kChinaOffset);
        t = Instant{d} - kChinaOffset + edges[static_cast<std::size_t>(samples.below(5))];
    }
    return minuteAligned ? floor<minutes>(t) : t;
}

/// A minute of China local time is worked: a working day, in 09:00-12:00 or 13:00-18:00.
bool workedMinute(const WorkCalendar& calendar, Instant minute)
{
    const Instant local = minute + kChinaOffset;
    const sys_days d = floor<days>(local);
    const minutes m = floor<minutes>(local - Instant{d});
    return calendar.isWorkday(d) && ((m >= 9h && m < 12h) || (m >= 13h && m < 18h));
}

TEST(BusinessClock, AfterThenBetweenGivesBackTheAmount)
{
    Samples samples(20260213);
    for (int i = 0; i < 600; ++i) {
        const Instant from = sampleInstant(samples, false);
        // Mostly up to a week of working time, sometimes up to a month, sometimes on a minute.
        const std::int64_t limit = i % 5 == 0 ? 22 * 8 * 3600 : 40 * 3600;
        seconds amount = seconds(1 + samples.below(limit));
        if (i % 3 == 0) amount = ceil<minutes>(amount);
        const Instant to = chinaClock().after(from, amount);
        ASSERT_GE(to, from);
        ASSERT_EQ(workTime(chinaClock().between(from, to)), workTime(amount))
            << "from " << chinaTime(from) << " + " << workTime(amount) << " -> " << chinaTime(to);
        // The earliest such instant: a second earlier, the amount is not yet used.
        ASSERT_EQ(workTime(chinaClock().between(from, to - 1s)), workTime(amount - 1s))
            << "from " << chinaTime(from) << " + " << workTime(amount) << " -> " << chinaTime(to);
        // And the end is inside working time, never at the start of a break or a day off.
        ASSERT_TRUE(workedMinute(chinaCalendar(), floor<minutes>(to - 1s)))
            << "from " << chinaTime(from) << " + " << workTime(amount) << " -> " << chinaTime(to);
    }
}

TEST(BusinessClock, BetweenMatchesCountingMinuteByMinute)
{
    Samples samples(20251001);
    for (int i = 0; i < 300; ++i) {
        const Instant from = sampleInstant(samples, true);
        const Instant to = from + minutes(samples.below(20 * 24 * 60));  // up to 20 days later
        seconds expected{0};
        for (Instant m = from; m < to; m += 1min) {
            if (workedMinute(chinaCalendar(), m)) expected += 1min;
        }
        ASSERT_EQ(workTime(chinaClock().between(from, to)), workTime(expected))
            << chinaTime(from) << " -> " << chinaTime(to);
    }
}

TEST(BusinessClock, AfterMatchesWalkingMinuteByMinute)
{
    Samples samples(20250128);
    for (int i = 0; i < 300; ++i) {
        const Instant from = sampleInstant(samples, true);
        const minutes amount = minutes(1 + samples.below(60 * 60));  // up to 60 working hours
        Instant walked = from;
        for (minutes left = amount; left > 0min; walked += 1min) {
            if (workedMinute(chinaCalendar(), walked)) left -= 1min;
        }
        ASSERT_EQ(chinaTime(chinaClock().after(from, amount)), chinaTime(walked))
            << chinaTime(from) << " + " << workTime(amount);
    }
}

TEST(BusinessClock, BetweenAddsUpOverConsecutiveSpans)
{
    Samples samples(7);
    for (int i = 0; i < 300; ++i) {
        Instant a = sampleInstant(samples, false);
        Instant b = sampleInstant(samples, false);
        Instant c = sampleInstant(samples, false);
        if (a > b) std::swap(a, b);
        if (b > c) std::swap(b, c);
        if (a > b) std::swap(a, b);
        ASSERT_EQ(workTime(chinaClock().between(a, c)),
                  workTime(chinaClock().between(a, b) + chinaClock().between(b, c)))
            << chinaTime(a) << " / " << chinaTime(b) << " / " << chinaTime(c);
    }
}

}  // namespace
}  // namespace laoke::engine
