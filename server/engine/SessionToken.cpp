#include "engine/SessionToken.h"

#include <sodium.h>

namespace laoke::engine {

std::string newSessionToken()
{
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    char hex[sizeof bytes * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, bytes, sizeof bytes);
    return hex;
}

std::string sessionTokenHashHex(const std::string& token)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(token.data()), token.size());
    char hex[sizeof digest * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

std::string newRandomPassword()
{
    static constexpr char kAlphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    constexpr std::uint32_t kAlphabetSize = sizeof kAlphabet - 1;
    std::string password;
    for (int i = 0; i < 20; ++i) {
        password += kAlphabet[randombytes_uniform(kAlphabetSize)];
    }
    return password;
}

}  // namespace laoke::engine
