#pragma once
// What each role may change on the customer screens, mirroring the server's access rules
// (server/handlers/Dispatcher.cpp and ActivityHandler), so the screens offer only what will
// work: profiles and contracts belong to the account side (administrators, branch and
// account managers); engineers read them and keep contacts, the installed base and the
// activity log up to date; archiving a customer is for managers; an activity is changed by
// whoever logged it, or a manager. The server checks all of it again.

#include "laoke.pb.h"

namespace laoke::client::CustomerPermissions {

inline bool isAccountSide(protocol::Role role) {
    return role == protocol::ADMIN || role == protocol::BRANCH_MANAGER || role == protocol::ACCOUNT_MANAGER;
}

/// Create customers and edit their profiles.
inline bool canEditProfile(protocol::Role role) {
    return isAccountSide(role);
}

/// Archive or restore a customer.
inline bool canArchiveCustomer(protocol::Role role) {
    return role == protocol::ADMIN || role == protocol::BRANCH_MANAGER;
}

/// Add, edit and archive contracts.
inline bool canEditContracts(protocol::Role role) {
    return isAccountSide(role);
}

/// Edit or archive an activity someone logged.
inline bool canChangeActivity(const protocol::User& user, const protocol::Activity& activity) {
    return activity.by_user_id() == user.id() || user.role() == protocol::ADMIN ||
           user.role() == protocol::BRANCH_MANAGER;
}

}  // namespace laoke::client::CustomerPermissions
