#pragma once
// The lockout rule: five failed logins for one user within ten minutes lock that user for
// ten minutes. Pure arithmetic, so the rule is unit-tested without a database.

#include <chrono>

namespace laoke::engine {

struct LoginThrottlePolicy {
    int maxFailures = 5;
    std::chrono::seconds window{10 * 60};
    std::chrono::seconds lockDuration{10 * 60};
};

class LoginThrottle {
public:
    explicit LoginThrottle(LoginThrottlePolicy policy = {}) : m_policy(policy) {}

    /// `failuresInWindow` counts failures within the window, including the one just made.
    /// True when this failure must lock the account.
    bool shouldLock(int failuresInWindow) const { return failuresInWindow >= m_policy.maxFailures; }

    const LoginThrottlePolicy& policy() const { return m_policy; }

private:
    LoginThrottlePolicy m_policy;
};

}  // namespace laoke::engine
