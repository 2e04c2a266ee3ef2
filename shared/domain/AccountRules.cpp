#include "domain/AccountRules.h"

#include <algorithm>

namespace laoke::domain {
namespace {

bool isLower(char c) { return c >= 'a' && c <= 'z'; }
bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool isDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

std::optional<std::size_t> utf8Length(std::string_view text)
{
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        std::size_t width = 0;
        if (c < 0x80) width = 1;
        else if ((c & 0xe0) == 0xc0 && c >= 0xc2) width = 2;
        else if ((c & 0xf0) == 0xe0) width = 3;
        else if ((c & 0xf8) == 0xf0 && c <= 0xf4) width = 4;
        else return std::nullopt;
        if (i + width > text.size()) return std::nullopt;
        for (std::size_t k = 1; k < width; ++k) {
            if ((static_cast<unsigned char>(text[i + k]) & 0xc0) != 0x80) return std::nullopt;
        }
        i += width;
        ++count;
    }
    return count;
}

std::optional<RuleViolation> checkUsername(std::string_view username)
{
    if (username.size() < 3 || username.size() > 32) {
        return RuleViolation{"username", "user name must be 3 to 32 characters"};
    }
    if (!isLower(username.front())) {
        return RuleViolation{"username", "user name must start with a lower-case letter"};
    }
    const bool allAllowed = std::all_of(username.begin(), username.end(), [](char c) {
        return isLower(c) || isDigit(c) || c == '.' || c == '_' || c == '-';
    });
    if (!allAllowed) {
        return RuleViolation{"username", "user name may contain only a-z, 0-9, '.', '_' and '-'"};
    }
    return std::nullopt;
}

std::optional<RuleViolation> checkDisplayName(std::string_view displayName)
{
    const auto length = utf8Length(displayName);
    if (!length) {
        return RuleViolation{"display_name", "display name is not valid UTF-8"};
    }
    const bool blank = std::all_of(displayName.begin(), displayName.end(), [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    });
    if (*length == 0 || blank) {
        return RuleViolation{"display_name", "display name is required"};
    }
    if (*length > 64) {
        return RuleViolation{"display_name", "display name must be at most 64 characters"};
    }
    return std::nullopt;
}

std::optional<RuleViolation> checkPassword(std::string_view password, std::string_view field)
{
    const auto length = utf8Length(password);
    if (!length) {
        return RuleViolation{std::string(field), "password is not valid UTF-8"};
    }
    if (*length < kMinPasswordLength) {
        return RuleViolation{std::string(field), "password must be at least 8 characters"};
    }
    if (*length > kMaxPasswordLength) {
        return RuleViolation{std::string(field), "password must be at most 128 characters"};
    }
    return std::nullopt;
}

std::optional<RuleViolation> checkBranchCode(std::string_view code)
{
    if (code.size() < 2 || code.size() > 16) {
        return RuleViolation{"code", "branch code must be 2 to 16 characters"};
    }
    const bool allAllowed = std::all_of(code.begin(), code.end(), [](char c) { return isUpper(c) || isDigit(c) || c == '-'; });
    if (!allAllowed) {
        return RuleViolation{"code", "branch code may contain only A-Z, 0-9 and '-'"};
    }
    return std::nullopt;
}

}  // namespace laoke::domain
