#include "RoleNames.h"

namespace laoke::client {

QString RoleNames::displayName(protocol::Role role) {
    switch (role) {
    case protocol::ADMIN:
        return tr("Administrator");
    case protocol::BRANCH_MANAGER:
        return tr("Branch manager");
    case protocol::ACCOUNT_MANAGER:
        return tr("Account manager");
    case protocol::ENGINEER:
        return tr("Service engineer");
    case protocol::ROLE_UNSPECIFIED:
    case protocol::Role_INT_MIN_SENTINEL_DO_NOT_USE_:
    case protocol::Role_INT_MAX_SENTINEL_DO_NOT_USE_:
        break;
    }
    return {};
}

QList<protocol::Role> RoleNames::all() {
    return {protocol::ADMIN, protocol::BRANCH_MANAGER, protocol::ACCOUNT_MANAGER, protocol::ENGINEER};
}

}  // namespace laoke::client
