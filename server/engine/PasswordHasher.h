#pragma once
// argon2id password hashing (libsodium crypto_pwhash_str). CPU- and memory-heavy on
// purpose (~130 ms at Interactive cost): call it on the worker pool, never on an I/O thread.

#include <string>
#include <string_view>

namespace laoke::engine {

class PasswordHasher {
public:
    enum class Cost {
        Interactive,   ///< libsodium's INTERACTIVE limits: production
        InsecureFast,  ///< minimal limits, for tests only (--insecure-fast-password-hash)
    };

    explicit PasswordHasher(Cost cost = Cost::Interactive);

    /// Returns the encoded "$argon2id$v=19$m=...,t=...,p=...$salt$hash" string.
    std::string hash(std::string_view password) const;

    /// True if `password` matches `encodedHash`. Constant-time comparison inside libsodium.
    bool verify(std::string_view password, const std::string& encodedHash) const;

    /// Spends the same effort as a real verify, for unknown user names, so that response
    /// time does not reveal which user names exist.
    void verifyDummy(std::string_view password) const;

private:
    unsigned long long m_opsLimit;
    std::size_t m_memLimit;
    std::string m_dummyHash;
};

}  // namespace laoke::engine
