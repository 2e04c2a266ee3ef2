#include "db/RoutePlaceRepository.h"

#include "db/Sql.h"

namespace laoke::db {
namespace {

const Statement kPlaces{
    "route_places",
    "SELECT p.id, c.city, c.latitude, c.longitude FROM ticket_appointments p JOIN tickets t ON t.id = p.ticket_id "
    "JOIN customers c ON c.id = t.customer_id WHERE p.id = ANY($1::bigint[])"};
const Statement kHomes{
    "route_home_cities",
    "SELECT u.id, coalesce(nullif(p.home_city, ''), b.city) AS home_city FROM users u JOIN branches b ON b.id = u.branch_id "
    "LEFT JOIN engineer_profiles p ON p.user_id = u.id WHERE u.id = ANY($1::bigint[])"};

}  // namespace

std::vector<engine::RouteStop> RoutePlaceRepository::stopsOf(const std::vector<protocol::OnsiteAppointment>& visits)
{
    std::vector<std::int64_t> ids;
    for (const auto& visit : visits) ids.push_back(visit.id());
    std::map<std::int64_t, engine::RouteStop> places;
    for (const auto& row : exec(m_work, kPlaces, toBigintArrayLiteral(ids))) {
        engine::RouteStop& place = places[row["id"].as<std::int64_t>()];
        place.city = row["city"].c_str();
        if (!row["latitude"].is_null()) place.location = engine::GeoPoint{row["latitude"].as<double>(), row["longitude"].as<double>()};
    }
    std::vector<engine::RouteStop> stops;
    for (const auto& visit : visits) {
        engine::RouteStop stop = places[visit.id()];
        stop.engineerId = visit.engineer_id();
        stop.startsAtUnix = visit.starts_at_unix();
        stop.cancelled = visit.state() == "cancelled";
        stops.push_back(std::move(stop));
    }
    return stops;
}

std::map<std::int64_t, std::string> RoutePlaceRepository::homeCities(const std::vector<std::int64_t>& engineerIds)
{
    std::map<std::int64_t, std::string> homes;
    for (const auto& row : exec(m_work, kHomes, toBigintArrayLiteral(engineerIds))) {
        homes[row["id"].as<std::int64_t>()] = row["home_city"].c_str();
    }
    return homes;
}

}  // namespace laoke::db
