#pragma once
// Session tokens: 32 random bytes given to the client as 64 hex characters. Only the
// SHA-256 of a token is stored, so reading the database does not yield usable sessions.

#include <string>

namespace laoke::engine {

/// A new random token (libsodium randombytes), hex encoded.
std::string newSessionToken();

/// SHA-256 of the token text, hex encoded (the sessions table stores it decoded as bytea).
std::string sessionTokenHashHex(const std::string& token);

/// A random password for the initial admin account: 20 characters from an alphabet
/// without look-alikes (no 0/O, 1/l/I).
std::string newRandomPassword();

}  // namespace laoke::engine
