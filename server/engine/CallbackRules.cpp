#include "engine/CallbackRules.h"

namespace laoke::engine {

std::string_view callbackReasonName(CallbackReason reason)
{
    return reason == CallbackReason::Grade ? "grade" : "sample";
}

std::optional<CallbackReason> callbackReason(const std::string& customerGrade, std::int64_t ticketId, int samplePercent)
{
    if (customerGrade == "A" || customerGrade == "B") return CallbackReason::Grade;
    if (samplePercent <= 0) return std::nullopt;
    if (samplePercent >= 100) return CallbackReason::Sample;
    // 37 and 100 share no factor, so id -> (id * 37) mod 100 permutes every run of 100 ids:
    // exactly samplePercent of them land below samplePercent, and neighbours land far apart.
    const std::int64_t slot = ((ticketId % 100 + 100) % 100) * 37 % 100;
    if (slot < samplePercent) return CallbackReason::Sample;
    return std::nullopt;
}

std::optional<CallbackOutcome> parseCallbackOutcome(std::string_view name)
{
    if (name == "reached") return CallbackOutcome::Reached;
    if (name == "no_answer") return CallbackOutcome::NoAnswer;
    if (name == "wrong_number") return CallbackOutcome::WrongNumber;
    if (name == "refused") return CallbackOutcome::Refused;
    return std::nullopt;
}

std::string_view callbackOutcomeName(CallbackOutcome outcome)
{
    switch (outcome) {
    case CallbackOutcome::Reached: return "reached";
    case CallbackOutcome::NoAnswer: return "no_answer";
    case CallbackOutcome::WrongNumber: return "wrong_number";
    case CallbackOutcome::Refused: return "refused";
    }
    return "reached";
}

bool outcomeEndsCallback(CallbackOutcome outcome)
{
    return outcome == CallbackOutcome::Reached || outcome == CallbackOutcome::Refused;
}

bool callEndsCallback(CallbackOutcome outcome, int attemptsBefore)
{
    return outcomeEndsCallback(outcome) || attemptsBefore + 1 >= kMostCallAttempts;
}

bool callbackEscalates(CallbackOutcome outcome, int satisfaction, bool complaint)
{
    if (complaint) return true;
    return outcome == CallbackOutcome::Reached && satisfaction >= 1 && satisfaction <= kComplaintSatisfaction;
}

}  // namespace laoke::engine
