#pragma once
// Rules for user names, display names and passwords. The client checks them inline while
// the user types; the server checks them again and is the authority.

#include <optional>
#include <string>
#include <string_view>

namespace laoke::domain {

struct RuleViolation {
    std::string field;    ///< protocol field name, e.g. "username"
    std::string message;  ///< English, for logs and laokectl; the desktop translates by field
};

inline constexpr std::size_t kMinPasswordLength = 8;
inline constexpr std::size_t kMaxPasswordLength = 128;

/// 3-32 characters: lower-case ASCII letters, digits, '.', '_' and '-', starting with a letter.
std::optional<RuleViolation> checkUsername(std::string_view username);

/// 1-64 Unicode characters (UTF-8), not only white space.
std::optional<RuleViolation> checkDisplayName(std::string_view displayName);

/// 8-128 characters. No composition rules (NIST SP 800-63B): length is what helps.
std::optional<RuleViolation> checkPassword(std::string_view password, std::string_view field = "password");

/// Branch codes: 2-16 upper-case ASCII letters, digits or '-'.
std::optional<RuleViolation> checkBranchCode(std::string_view code);

/// Counts Unicode code points of valid UTF-8; nullopt for invalid UTF-8.
std::optional<std::size_t> utf8Length(std::string_view text);

}  // namespace laoke::domain
