#pragma once
// Callbacks after resolution (回访): which resolved tickets get one, what a call's outcome does
// to the task, and which answers escalate to a complaint case. Pure rules; the handlers apply
// them in the resolve and record transactions.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace laoke::engine {

enum class CallbackReason {
    Grade,   ///< an A or B customer: every ticket is called back
    Sample,  ///< one of the sample of the other tickets
};
std::string_view callbackReasonName(CallbackReason reason);  ///< "grade", "sample"

/// Whether a resolved ticket gets a callback: always for grades A and B; for the others when
/// the ticket falls in the sample of `samplePercent` (0..100). The sample is decided by the
/// ticket id, not by chance: of any 100 consecutive ids exactly `samplePercent` are in it
/// (spread out, not the first ones), so 0 means none, 100 means all, and a re-resolve of the
/// same ticket decides the same way.
std::optional<CallbackReason> callbackReason(const std::string& customerGrade, std::int64_t ticketId, int samplePercent);

enum class CallbackOutcome { Reached, NoAnswer, WrongNumber, Refused };
std::optional<CallbackOutcome> parseCallbackOutcome(std::string_view name);
std::string_view callbackOutcomeName(CallbackOutcome outcome);

/// Reached and refused end the task; no answer and a wrong number leave it pending for another call.
bool outcomeEndsCallback(CallbackOutcome outcome);

/// Calls made before a task is given up: the third unanswered call ends it, so a wrong
/// number does not keep a ticket waiting for ever (the settled ticket then closes by itself).
inline constexpr int kMostCallAttempts = 3;
/// Whether this call, after `attemptsBefore` earlier ones, ends the task.
bool callEndsCallback(CallbackOutcome outcome, int attemptsBefore);

/// The lowest satisfaction that is not a complaint: 2 or less opens a complaint case.
inline constexpr int kComplaintSatisfaction = 2;
/// Whether the call opens a complaint case: a score of 2 or less, or the customer complained.
bool callbackEscalates(CallbackOutcome outcome, int satisfaction, bool complaint);

}  // namespace laoke::engine
