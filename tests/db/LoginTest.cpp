// Login, lockout, sessions and their expiry, against the real database.

#include "AccountsFixture.h"

#include "engine/SessionToken.h"

using laoke::test::AccountsFixture;
namespace proto = laoke::protocol;

using LoginTest = AccountsFixture;

TEST_F(LoginTest, SuccessStoresOnlyTheTokenHashAndIsAudited)
{
    auto state = connection();
    const auto reply = login(state, "engineer", "laoke-demo");
    ASSERT_TRUE(reply.has_login_reply());
    const std::string token = reply.login_reply().session_token();
    EXPECT_EQ(sql("SELECT count(*) FROM sessions WHERE token_hash = decode('" + laoke::engine::sessionTokenHashHex(token) + "', 'hex')"), "1");
    EXPECT_EQ(sql("SELECT count(*) FROM sessions WHERE encode(token_hash, 'hex') = '" + token + "'"), "0");
    EXPECT_EQ(sql("SELECT count(*) FROM audit_log a JOIN users u ON u.id = a.object_id "
                  "WHERE a.action = 'login.succeeded' AND u.username = 'engineer'"), "1");
    EXPECT_NE(sql("SELECT last_login_at FROM users WHERE username = 'engineer'"), "");
}

TEST_F(LoginTest, FailuresAreAuditedEvenThoughTheRequestFails)
{
    auto state = connection();
    EXPECT_EQ(errorOf(login(state, "engineer", "wrong-password")), proto::INVALID_CREDENTIALS);
    EXPECT_EQ(errorOf(login(state, "ghost", "wrong-password")), proto::INVALID_CREDENTIALS);
    EXPECT_EQ(sql("SELECT count(*) FROM audit_log WHERE action = 'login.failed'"), "2");
    EXPECT_EQ(sql("SELECT details->>'username' FROM audit_log WHERE action = 'login.failed' AND object_id IS NULL"), "ghost");
    EXPECT_FALSE(state.user.has_value());
}

TEST_F(LoginTest, FiveFailuresLockTheAccountForTenMinutes)
{
    auto state = connection();
    for (int i = 1; i <= 4; ++i) {
        EXPECT_EQ(errorOf(login(state, "account", "wrong-password")), proto::INVALID_CREDENTIALS) << "attempt " << i;
    }
    const auto fifth = login(state, "account", "wrong-password");
    ASSERT_EQ(errorOf(fifth), proto::ACCOUNT_LOCKED);
    EXPECT_EQ(fifth.error().retry_after_seconds(), 600);

    // Even the right password is refused while locked, and that is audited too.
    const auto locked = login(state, "account", "laoke-demo");
    ASSERT_EQ(errorOf(locked), proto::ACCOUNT_LOCKED);
    EXPECT_GT(locked.error().retry_after_seconds(), 590);
    EXPECT_EQ(sql("SELECT count(*) FROM audit_log WHERE action = 'login.refused_locked'"), "1");
    EXPECT_EQ(sql("SELECT count(*) FROM audit_log WHERE action = 'user.locked'"), "1");

    // Other users are not affected.
    auto other = connection();
    EXPECT_TRUE(login(other, "engineer", "laoke-demo").has_login_reply());

    // When the lock has run out, the right password works again.
    sql("UPDATE users SET locked_until = now() - interval '1 second' WHERE username = 'account'");
    EXPECT_TRUE(login(state, "account", "laoke-demo").has_login_reply());
}

TEST_F(LoginTest, SessionResumesOnANewConnectionUntilItExpires)
{
    auto first = connection();
    const std::string token = login(first, "manager", "laoke-demo").login_reply().session_token();

    auto second = connection();
    proto::Envelope resume;
    resume.mutable_resume_session()->set_session_token(token);
    const auto resumed = send(second, resume);
    ASSERT_TRUE(resumed.has_login_reply()) << resumed.DebugString();
    EXPECT_EQ(resumed.login_reply().user().username(), "manager");
    ASSERT_TRUE(second.user.has_value());

    sql("UPDATE sessions SET expires_at = now() - interval '1 second'");
    proto::Envelope whoAmI;
    whoAmI.mutable_who_am_i();
    EXPECT_EQ(errorOf(send(second, whoAmI)), proto::SESSION_EXPIRED);
    EXPECT_FALSE(second.user.has_value()) << "an expired session logs the connection out";

    auto third = connection();
    EXPECT_EQ(errorOf(send(third, resume)), proto::SESSION_EXPIRED);
}

TEST_F(LoginTest, LogoutEndsTheSession)
{
    auto state = connection();
    const std::string token = login(state, "engineer", "laoke-demo").login_reply().session_token();
    proto::Envelope logout;
    logout.mutable_logout();
    EXPECT_TRUE(send(state, logout).has_ok());
    EXPECT_FALSE(state.user.has_value());

    auto other = connection();
    proto::Envelope resume;
    resume.mutable_resume_session()->set_session_token(token);
    EXPECT_EQ(errorOf(send(other, resume)), proto::SESSION_EXPIRED);
}

TEST_F(LoginTest, RequestsBeforeLoginAreRefused)
{
    auto state = connection();
    proto::Envelope request;
    request.mutable_list_branches();
    EXPECT_EQ(errorOf(send(state, request)), proto::UNAUTHENTICATED);
    request.Clear();
    request.mutable_who_am_i();
    EXPECT_EQ(errorOf(send(state, request)), proto::UNAUTHENTICATED);
}

TEST_F(LoginTest, ChangeOwnPasswordNeedsTheCurrentOneAndEndsOtherSessions)
{
    auto phone = loggedIn("engineer");
    auto desk = loggedIn("engineer");

    proto::Envelope change;
    change.mutable_change_password()->set_old_password("wrong-password");
    change.mutable_change_password()->set_new_password("new-secret-1");
    const auto wrong = send(desk, change);
    EXPECT_EQ(errorOf(wrong), proto::INVALID_CREDENTIALS);
    EXPECT_EQ(wrong.error().field(), "old_password");

    change.mutable_change_password()->set_old_password("laoke-demo");
    change.mutable_change_password()->set_new_password("short");
    EXPECT_EQ(errorOf(send(desk, change)), proto::VALIDATION_FAILED);

    change.mutable_change_password()->set_new_password("new-secret-1");
    EXPECT_TRUE(send(desk, change).has_ok());

    proto::Envelope whoAmI;
    whoAmI.mutable_who_am_i();
    EXPECT_TRUE(send(desk, whoAmI).has_who_am_i_reply()) << "the changing session stays";
    EXPECT_EQ(errorOf(send(phone, whoAmI)), proto::SESSION_EXPIRED) << "other sessions end";

    auto fresh = connection();
    EXPECT_EQ(errorOf(login(fresh, "engineer", "laoke-demo")), proto::INVALID_CREDENTIALS);
    EXPECT_TRUE(login(fresh, "engineer", "new-secret-1").has_login_reply());
    EXPECT_EQ(sql("SELECT count(*) FROM audit_log WHERE action = 'user.password_changed'"), "1");
}
