#pragma once
// Onsite appointments (V0016) and what they change on their ticket: the next planned visit,
// when onsite service was first asked for, the first arrival, and the first response (booking
// a visit means someone spoke to the customer). Visibility follows the ticket's branch
// (row-level security). The handler checks who may do what; this class writes it, with the
// ticket's history event, at the expected version.

#include "db/UnitOfWork.h"
#include "laoke.pb.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace laoke::db {

class AppointmentRepository {
public:
    explicit AppointmentRepository(UnitOfWork& work) : m_work(work) {}

    std::optional<protocol::OnsiteAppointment> find(std::int64_t id);
    /// Throws NOT_FOUND (also for another branch's visit: row-level security hides it).
    protocol::OnsiteAppointment get(std::int64_t id);
    std::vector<protocol::OnsiteAppointment> list(const protocol::ListAppointmentsRequest& request, std::int64_t engineerId,
                                                  std::int64_t branchId);

    /// Serialises bookings of one engineer until the transaction ends, so two managers booking
    /// the same engineer at once cannot both miss each other's visit in the overlap check.
    void lockEngineer(std::int64_t engineerId);
    /// A planned or ongoing visit of the engineer overlapping [startsAt, startsAt + minutes),
    /// other than `exceptId`.
    std::optional<protocol::OnsiteAppointment> overlapping(std::int64_t engineerId, std::int64_t startsAtUnix, int minutes,
                                                           std::int64_t exceptId);

    /// Books the visit for `branchId` (the ticket's) and records it on the ticket.
    protocol::OnsiteAppointment create(const protocol::OnsiteAppointment& appointment, std::int64_t branchId);
    /// Moves it (engineer, start, duration, address, note). CONFLICT when it changed since.
    protocol::OnsiteAppointment reschedule(const protocol::OnsiteAppointment& appointment, std::int64_t expectedVersion);
    /// arrive, finish or cancel (with the reason). CONFLICT when it changed since.
    protocol::OnsiteAppointment act(std::int64_t id, std::int64_t expectedVersion, const std::string& action,
                                    const std::string& reason);

private:
    void recordOnTicket(const protocol::OnsiteAppointment& appointment, const std::string& change, const std::string& note);

    UnitOfWork& m_work;
};

}  // namespace laoke::db
