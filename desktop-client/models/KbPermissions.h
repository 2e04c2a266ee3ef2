#pragma once
// Who may write the knowledge base, mirroring the server's rule (KbHandler and V0014's row
// policies): engineers, branch managers and administrators write and archive articles;
// account managers read them. The screens offer only what will work; the server checks again.

#include "laoke.pb.h"

namespace laoke::client::KbPermissions {

inline bool canWrite(protocol::Role role) {
    return role == protocol::ENGINEER || role == protocol::BRANCH_MANAGER || role == protocol::ADMIN;
}

}  // namespace laoke::client::KbPermissions
