#pragma once
// Who may send a request: whether it needs a login, which roles may send it, and whether
// it is allowed while the user still has to change an initial or reset password.

#include "domain/Role.h"

#include <initializer_list>
#include <string>

namespace laoke::handlers {

struct Access {
    bool loginRequired = true;
    bool allowedBeforePasswordChange = false;
    unsigned roleMask = 0;  ///< bit (1 << Role); 0 = every role

    static Access anonymous() { return Access{false, true, 0}; }
    static Access anyUser() { return Access{true, false, 0}; }
    static Access roles(std::initializer_list<protocol::Role> roles)
    {
        Access access;
        for (protocol::Role role : roles) access.roleMask |= 1u << role;
        return access;
    }
    Access beforePasswordChange() const
    {
        Access access = *this;
        access.allowedBeforePasswordChange = true;
        return access;
    }

    bool permitsRole(const std::string& roleName) const
    {
        if (roleMask == 0) return true;
        const auto role = domain::roleFromName(roleName);
        return role && (roleMask & (1u << *role)) != 0;
    }
};

}  // namespace laoke::handlers
