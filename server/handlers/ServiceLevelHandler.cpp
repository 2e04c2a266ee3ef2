#include "handlers/ServiceLevelHandler.h"

#include "db/AuditLog.h"
#include "db/ServiceLevelRecords.h"
#include "db/ServiceLevelRepository.h"
#include "domain/AccountRules.h"
#include "domain/CustomerRules.h"
#include "engine/BusinessDate.h"
#include "engine/ChinaHolidays.h"
#include "engine/ServiceError.h"
#include "handlers/AuditDetails.h"

#include <stdexcept>

namespace laoke::handlers {

using engine::ServiceError;
namespace proto = laoke::protocol;

namespace {

constexpr std::size_t kMaxDayName = 32;

// Stores the shipped levels first when nothing is stored (a database the server never
// seeded, e.g. in tests), so an administrator's save always has a row to compare versions
// with. Only administrators may write them; readers see the shipped levels instead.
void seedIfEmpty(db::ServiceLevelRepository& repository)
{
    if (repository.version() != 0) return;
    repository.seed(db::toSettingsRecord(engine::defaultServiceLevels()), db::toYearRecords(engine::publishedChinaHolidays()));
}

// What is stored, or what ships while nothing is.
proto::ServiceSettings storedSettings(db::ServiceLevelRepository& repository)
{
    if (auto settings = repository.settings()) return *settings;
    return db::toSettingsRecord(engine::defaultServiceLevels());
}

std::vector<proto::CalendarYear> storedYears(db::ServiceLevelRepository& repository)
{
    return repository.version() != 0 ? repository.years() : db::toYearRecords(engine::publishedChinaHolidays());
}

// The settings with what the client shows beside them.
proto::ServiceSettings describe(db::ServiceLevelRepository& repository)
{
    proto::ServiceSettings settings = storedSettings(repository);
    std::vector<proto::CalendarYear> years = storedYears(repository);
    std::vector<int> kept;
    for (const auto& year : years) {
        kept.push_back(year.year());
        settings.add_years(year.year());
    }
    for (const int year : engine::missingCalendarYears(kept, engine::chinaToday())) settings.add_missing_years(year);
    settings.set_workday_minutes(static_cast<int>(db::toServiceLevels(settings, years).calendar.workdayLength().count()));
    return settings;
}

// The levels `settings` and `years` would give, or VALIDATION_FAILED with the reason.
void check(const proto::ServiceSettings& settings, const std::vector<proto::CalendarYear>& years, const char* field)
{
    try {
        db::toServiceLevels(settings, years);
    } catch (const std::invalid_argument& e) {
        throw ServiceError(proto::VALIDATION_FAILED, e.what(), field);
    }
}

}  // namespace

proto::Envelope handleGetServiceSettings(RequestContext& context, const proto::GetServiceSettingsRequest&)
{
    proto::Envelope reply;
    context.transact([&](db::UnitOfWork& work) {
        db::ServiceLevelRepository repository(work);
        *reply.mutable_service_settings() = describe(repository);
    });
    return reply;
}

proto::Envelope handleSaveServiceSettings(RequestContext& context, const proto::SaveServiceSettingsRequest& request)
{
    const proto::ServiceSettings& wanted = request.settings();
    if (wanted.periods().empty()) throw ServiceError(proto::VALIDATION_FAILED, "give the desk's working hours", "periods");
    if (wanted.periods_size() > 6) throw ServiceError(proto::VALIDATION_FAILED, "at most six working periods a day", "periods");
    proto::Envelope reply;
    context.transact([&](db::UnitOfWork& work) {
        db::ServiceLevelRepository repository(work);
        seedIfEmpty(repository);
        const proto::ServiceSettings before = *repository.settings();
        check(wanted, repository.years(), "settings");
        repository.saveSettings(wanted);
        const proto::ServiceSettings after = describe(repository);
        db::AuditLog(work).record("service_levels.save", "service_settings", 1,
                                  {{"before", auditJson(before)}, {"after", auditJson(after)}});
        *reply.mutable_service_settings() = after;
    });
    return reply;
}

proto::Envelope handleGetCalendarYear(RequestContext& context, const proto::GetCalendarYearRequest& request)
{
    if (request.year() < 2000 || request.year() > 2100) throw ServiceError(proto::BAD_REQUEST, "the year is 2000 to 2100", "year");
    proto::Envelope reply;
    context.transact([&](db::UnitOfWork& work) {
        db::ServiceLevelRepository repository(work);
        if (repository.version() != 0) {
            *reply.mutable_calendar_year() = repository.year(request.year());
            return;
        }
        proto::CalendarYear year;
        year.set_year(request.year());
        for (const auto& shipped : storedYears(repository)) {
            if (shipped.year() == request.year()) year = shipped;
        }
        year.set_version(0);
        *reply.mutable_calendar_year() = year;
    });
    return reply;
}

proto::Envelope handleSaveCalendarYear(RequestContext& context, const proto::SaveCalendarYearRequest& request)
{
    proto::CalendarYear wanted = request.year();
    if (wanted.year() < 2000 || wanted.year() > 2100) throw ServiceError(proto::VALIDATION_FAILED, "the year is 2000 to 2100", "year");
    for (auto& day : *wanted.mutable_days()) {
        day.set_name(domain::trimmed(day.name()));
        const auto length = domain::utf8Length(day.name());
        if (!length || *length > kMaxDayName) {
            throw ServiceError(proto::VALIDATION_FAILED, "a day's name is at most 32 characters", "days");
        }
    }
    proto::Envelope reply;
    context.transact([&](db::UnitOfWork& work) {
        db::ServiceLevelRepository repository(work);
        seedIfEmpty(repository);
        std::vector<proto::CalendarYear> years;
        for (auto& year : repository.years()) {
            if (year.year() != wanted.year()) years.push_back(std::move(year));
        }
        years.push_back(wanted);
        check(*repository.settings(), years, "days");
        const proto::CalendarYear before = repository.year(wanted.year());
        repository.saveYear(wanted);
        const proto::CalendarYear after = repository.year(wanted.year());
        db::AuditLog(work).record("calendar_year.save", "calendar_year", wanted.year(),
                                  {{"before", auditJson(before)}, {"after", auditJson(after)}});
        *reply.mutable_calendar_year() = after;
    });
    return reply;
}

}  // namespace laoke::handlers
