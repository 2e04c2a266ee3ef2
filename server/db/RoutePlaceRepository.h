#pragma once
// Where listed visits go and where their engineers' days start, for the road legs of a route
// (engine/RouteLegs): each visit's customer city and own coordinates, each engineer's home
// city (else their branch's). Row-level security applies; a profile the caller cannot read
// falls back to the branch's city.

#include "db/UnitOfWork.h"
#include "engine/RouteLegs.h"
#include "laoke.pb.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace laoke::db {

class RoutePlaceRepository {
public:
    explicit RoutePlaceRepository(UnitOfWork& work) : m_work(work) {}

    /// One stop per visit, in the visits' order.
    std::vector<engine::RouteStop> stopsOf(const std::vector<protocol::OnsiteAppointment>& visits);
    std::map<std::int64_t, std::string> homeCities(const std::vector<std::int64_t>& engineerIds);

private:
    UnitOfWork& m_work;
};

}  // namespace laoke::db
