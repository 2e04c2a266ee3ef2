#pragma once
// Closes resolved tickets that have nothing left to wait for, so they leave the owners' lists:
// three days after the resolution, when no callback (回访) is pending — none was due (not
// sampled), or it ended without reaching a satisfied customer (refused, no answer three times).
// A pending callback still closes its ticket when recorded; a reopen is still possible after
// closing. The close is a ticket event without an actor (shown as the system) and an audit
// row, and moves the ticket's version so every screen hears of it.

#include "db/UnitOfWork.h"

#include <chrono>
#include <cstddef>

namespace laoke::db {

inline constexpr std::chrono::hours kSettledAfter{72};

/// Closes up to 500 settled tickets (the oldest resolutions first); how many it closed.
std::size_t closeSettledTickets(UnitOfWork& work, std::chrono::hours after = kSettledAfter);

}  // namespace laoke::db
