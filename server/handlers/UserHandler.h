#pragma once
// User administration (admins): list, create, disable/enable, reset password; and the list
// of possible customer owners, which everyone may read for their own branch.

#include "handlers/RequestContext.h"
#include "laoke.pb.h"

namespace laoke::handlers {

protocol::Envelope handleListUsers(RequestContext& context, const protocol::ListUsersRequest& request);
protocol::Envelope handleListOwners(RequestContext& context, const protocol::ListOwnersRequest& request);
protocol::Envelope handleCreateUser(RequestContext& context, const protocol::CreateUserRequest& request);
protocol::Envelope handleSetUserEnabled(RequestContext& context, const protocol::SetUserEnabledRequest& request);
protocol::Envelope handleResetPassword(RequestContext& context, const protocol::ResetPasswordRequest& request);

}  // namespace laoke::handlers
