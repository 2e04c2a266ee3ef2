#pragma once
// Login, session resume, logout, who-am-I, change own password, ping.

#include "handlers/RequestContext.h"
#include "laoke.pb.h"

namespace laoke::handlers {

protocol::Envelope handlePing(RequestContext& context, const protocol::PingRequest& request);
protocol::Envelope handleLogin(RequestContext& context, const protocol::LoginRequest& request);
protocol::Envelope handleResumeSession(RequestContext& context, const protocol::ResumeSessionRequest& request);
protocol::Envelope handleLogout(RequestContext& context, const protocol::LogoutRequest& request);
protocol::Envelope handleWhoAmI(RequestContext& context, const protocol::WhoAmIRequest& request);
protocol::Envelope handleChangePassword(RequestContext& context, const protocol::ChangePasswordRequest& request);

}  // namespace laoke::handlers
