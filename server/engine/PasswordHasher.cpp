#include "engine/PasswordHasher.h"

#include <sodium.h>

#include <stdexcept>

namespace laoke::engine {

PasswordHasher::PasswordHasher(Cost cost)
{
    if (sodium_init() < 0) {
        throw std::runtime_error("libsodium could not be initialised");
    }
    if (cost == Cost::Interactive) {
        m_opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
        m_memLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    } else {
        m_opsLimit = crypto_pwhash_OPSLIMIT_MIN;
        m_memLimit = crypto_pwhash_MEMLIMIT_MIN;
    }
    m_dummyHash = hash("laoke-dummy-password-for-timing");
}

std::string PasswordHasher::hash(std::string_view password) const
{
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, password.data(), password.size(), m_opsLimit, m_memLimit,
                              crypto_pwhash_ALG_ARGON2ID13) != 0) {
        throw std::runtime_error("password hashing ran out of memory");
    }
    return out;
}

bool PasswordHasher::verify(std::string_view password, const std::string& encodedHash) const
{
    return crypto_pwhash_str_verify(encodedHash.c_str(), password.data(), password.size()) == 0;
}

void PasswordHasher::verifyDummy(std::string_view password) const
{
    (void)verify(password, m_dummyHash);
}

}  // namespace laoke::engine
