#pragma once
// One SLA clock of a ticket (first response, onsite arrival or resolution): how much of its
// target is used, whether it is on track, at risk (75% used), breached, or met, and when it
// will warn and breach.
//
// The clock counts business time (BusinessClock) from `started` until it is stopped (the
// first response, the arrival, the resolution) or until now, leaving out pauses: "waiting for
// customer" pauses every clock, and for the resolution clock the time a ticket spent resolved
// before it was reopened is a pause too. So a reopened ticket continues its resolution clock
// where it stood, and `stopped` is its latest resolution, if it is resolved now.

#include "engine/BusinessClock.h"

#include <chrono>
#include <optional>
#include <string_view>
#include <vector>

namespace laoke::engine {

struct Pause {
    Instant from;
    std::optional<Instant> to;  ///< nullopt: still paused
};

struct SlaClockInput {
    Instant started;
    std::chrono::seconds target{0};  ///< business time allowed; must be positive
    std::vector<Pause> pauses;       ///< in any order; may overlap; one ending before it starts is ignored
    std::optional<Instant> stopped;  ///< when the clock's goal was reached
};

enum class SlaState {
    OnTrack,   ///< running, under 75% of the target used
    AtRisk,    ///< running, at least 75% used: the warning is due
    Breached,  ///< running, the target is used up
    Met,       ///< stopped within the target
    Missed,    ///< stopped after the target was used up
};

/// "on_track", "at_risk", "breached", "met", "missed".
std::string_view slaStateName(SlaState state);

struct SlaStatus {
    SlaState state = SlaState::OnTrack;
    std::chrono::seconds used{0};       ///< business time counted, pauses left out
    std::chrono::seconds target{0};
    bool paused = false;                ///< a pause is open now (running clocks only)
    /// When 75% is (or was) used up, and when all of it; nullopt while paused before that
    /// point, since the pause decides when the clock starts again.
    std::optional<Instant> warningAt;
    std::optional<Instant> deadline;
};

/// The warning share of a target: 3/4.
inline constexpr int kWarningPercent = 75;

/// Throws std::invalid_argument for a target that is not positive.
SlaStatus evaluateSlaClock(const BusinessClock& clock, const SlaClockInput& input, Instant now);

}  // namespace laoke::engine
