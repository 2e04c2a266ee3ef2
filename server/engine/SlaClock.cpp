#include "engine/SlaClock.h"

#include <algorithm>
#include <stdexcept>

namespace laoke::engine {

using namespace std::chrono;

namespace {

struct Span {
    Instant from;
    Instant to;
};

/// [start, end) without the pauses: the spans in which the clock runs, in order.
std::vector<Span> runningSpans(Instant start, Instant end, std::vector<Pause> pauses)
{
    std::sort(pauses.begin(), pauses.end(), [](const Pause& a, const Pause& b) { return a.from < b.from; });
    std::vector<Span> spans;
    Instant cursor = start;
    for (const Pause& pause : pauses) {
        const Instant pauseEnd = pause.to.value_or(Instant::max());
        if (pauseEnd <= pause.from) continue;  // empty, or reversed by a skewed clock: no pause
        if (pauseEnd <= cursor) continue;
        if (pause.from >= end) break;
        if (pause.from > cursor) spans.push_back({cursor, pause.from});
        cursor = std::max(cursor, pauseEnd);
        if (cursor >= end) break;
    }
    if (cursor < end) spans.push_back({cursor, end});
    return spans;
}

bool pausedAt(const std::vector<Pause>& pauses, Instant when)
{
    return std::any_of(pauses.begin(), pauses.end(),
                       [when](const Pause& pause) { return pause.from <= when && (!pause.to || *pause.to > when); });
}

/// When the clock has counted `amount`: within the spans, or else after `end` (assuming it
/// runs on from there); nullopt when it is paused at `end` with no known restart.
std::optional<Instant> whenUsed(const BusinessClock& clock, const std::vector<Span>& spans, seconds amount, Instant end,
                                bool pausedAtEnd)
{
    seconds remaining = amount;
    for (const Span& span : spans) {
        const seconds available = clock.between(span.from, span.to);
        if (remaining <= available) return clock.after(span.from, remaining);
        remaining -= available;
    }
    if (pausedAtEnd) return std::nullopt;
    // Not used up yet: from `end` on, as if it runs without another pause (for a stopped
    // clock, the deadline it would have had).
    return clock.after(end, remaining);
}

}  // namespace

std::string_view slaStateName(SlaState state)
{
    switch (state) {
    case SlaState::OnTrack: return "on_track";
    case SlaState::AtRisk: return "at_risk";
    case SlaState::Breached: return "breached";
    case SlaState::Met: return "met";
    case SlaState::Missed: return "missed";
    }
    return "on_track";
}

SlaStatus evaluateSlaClock(const BusinessClock& clock, const SlaClockInput& input, Instant now)
{
    if (input.target <= seconds{0}) throw std::invalid_argument("an SLA target must be positive");
    const Instant end = std::max(input.started, input.stopped.value_or(now));
    const std::vector<Span> spans = runningSpans(input.started, end, input.pauses);

    SlaStatus status;
    status.target = input.target;
    for (const Span& span : spans) status.used += clock.between(span.from, span.to);
    const bool pausedAtEnd = !input.stopped && pausedAt(input.pauses, end);
    status.paused = pausedAtEnd;

    const seconds warningAmount = (input.target * kWarningPercent + seconds{99}) / 100;  // rounded up
    status.warningAt = whenUsed(clock, spans, warningAmount, end, pausedAtEnd);
    status.deadline = whenUsed(clock, spans, input.target, end, pausedAtEnd);

    if (input.stopped) {
        status.state = status.used <= input.target ? SlaState::Met : SlaState::Missed;
    } else if (status.used >= input.target) {
        status.state = SlaState::Breached;
    } else if (status.used >= warningAmount) {
        status.state = SlaState::AtRisk;
    } else {
        status.state = SlaState::OnTrack;
    }
    return status;
}

}  // namespace laoke::engine
