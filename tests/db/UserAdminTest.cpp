// User and branch administration: roles, validation, optimistic concurrency, audit.

#include "AccountsFixture.h"

#include <filesystem>
#include <fstream>
#include <sys/stat.h>

using laoke::test::AccountsFixture;
namespace proto = laoke::protocol;

using UserAdminTest = AccountsFixture;

namespace {

proto::Envelope createUser(const std::string& username, proto::Role role, std::int64_t branchId,
                           const std::string& password = "initial-pass-1")
{
    proto::Envelope request;
    auto* create = request.mutable_create_user();
    create->set_username(username);
    create->set_display_name("赵敏");
    create->set_role(role);
    create->set_branch_id(branchId);
    create->set_password(password);
    return request;
}

}  // namespace

TEST_F(UserAdminTest, OnlyAdminsAdministerUsers)
{
    proto::Envelope list;
    list.mutable_list_users();
    for (const char* user : {"manager", "account", "engineer"}) {
        auto state = loggedIn(user);
        EXPECT_EQ(errorOf(send(state, list)), proto::FORBIDDEN) << user;
        EXPECT_EQ(errorOf(send(state, createUser("intruder", proto::ADMIN, 0))), proto::FORBIDDEN) << user;
    }
    EXPECT_EQ(sql("SELECT count(*) FROM users WHERE username = 'intruder'"), "0");

    auto admin = loggedIn("admin");
    const auto reply = send(admin, list);
    ASSERT_TRUE(reply.has_list_users_reply());
    EXPECT_EQ(reply.list_users_reply().users_size(), 4);
}

TEST_F(UserAdminTest, EveryoneLoggedInMayListBranchesButOnlyAdminsCreateThem)
{
    auto engineer = loggedIn("engineer");
    proto::Envelope list;
    list.mutable_list_branches();
    const auto branches = send(engineer, list);
    ASSERT_TRUE(branches.has_list_branches_reply());
    EXPECT_EQ(branches.list_branches_reply().branches_size(), 3);

    proto::Envelope create;
    create.mutable_create_branch()->set_code("SZ");
    create.mutable_create_branch()->set_name("深圳分公司");
    create.mutable_create_branch()->set_city("深圳市");
    EXPECT_EQ(errorOf(send(engineer, create)), proto::FORBIDDEN);

    auto admin = loggedIn("admin");
    const auto created = send(admin, create);
    ASSERT_TRUE(created.has_branch_reply()) << created.DebugString();
    EXPECT_EQ(created.branch_reply().branch().name(), "深圳分公司");
    const auto again = send(admin, create);
    EXPECT_EQ(errorOf(again), proto::ALREADY_EXISTS);
    EXPECT_EQ(again.error().field(), "code");
    EXPECT_EQ(sql("SELECT count(*) FROM audit_log WHERE action = 'branch.create' AND actor_username = 'admin'"), "1");

    create.mutable_create_branch()->set_code("bad code");
    EXPECT_EQ(errorOf(send(admin, create)), proto::VALIDATION_FAILED);
}

TEST_F(UserAdminTest, CreateUserValidatesEveryField)
{
    auto admin = loggedIn("admin");
    const std::int64_t beijing = std::stoll(sql("SELECT id FROM branches WHERE code = 'BJ'"));
    const std::string before = sql("SELECT count(*) FROM users");

    auto reply = send(admin, createUser("Bad Name", proto::ENGINEER, beijing));
    EXPECT_EQ(reply.error().field(), "username");
    reply = send(admin, createUser("zhaomin", proto::ENGINEER, 0));
    EXPECT_EQ(reply.error().field(), "branch_id");
    reply = send(admin, createUser("zhaomin", proto::ENGINEER, 999999));
    EXPECT_EQ(reply.error().field(), "branch_id");
    reply = send(admin, createUser("zhaomin", proto::ROLE_UNSPECIFIED, beijing));
    EXPECT_EQ(reply.error().field(), "role");
    reply = send(admin, createUser("zhaomin", proto::ENGINEER, beijing, "short"));
    EXPECT_EQ(reply.error().field(), "password");
    reply = send(admin, createUser("engineer", proto::ENGINEER, beijing));
    EXPECT_EQ(errorOf(reply), proto::ALREADY_EXISTS);
    EXPECT_EQ(reply.error().field(), "username");
    EXPECT_EQ(sql("SELECT count(*) FROM users"), before) << "refused requests change nothing";
}

TEST_F(UserAdminTest, NewUserMustChangeTheInitialPasswordFirst)
{
    auto admin = loggedIn("admin");
    const std::int64_t beijing = std::stoll(sql("SELECT id FROM branches WHERE code = 'BJ'"));
    const auto created = send(admin, createUser("zhaomin", proto::ENGINEER, beijing));
    ASSERT_TRUE(created.has_user_reply()) << created.DebugString();
    EXPECT_TRUE(created.user_reply().user().must_change_password());
    EXPECT_EQ(created.user_reply().user().branch_name(), "北京分公司");
    EXPECT_EQ(sql("SELECT details->'after'->>'username' FROM audit_log WHERE action = 'user.create' AND actor_username = 'admin'"),
              "zhaomin");
    EXPECT_EQ(sql("SELECT count(*) FROM audit_log WHERE details::text LIKE '%argon2%'"), "0") << "no hashes in the audit log";

    auto user = connection();
    const auto login = AccountsFixture::login(user, "zhaomin", "initial-pass-1");
    ASSERT_TRUE(login.has_login_reply());
    EXPECT_TRUE(login.login_reply().user().must_change_password());

    proto::Envelope branches;
    branches.mutable_list_branches();
    EXPECT_EQ(errorOf(send(user, branches)), proto::PASSWORD_CHANGE_REQUIRED);

    proto::Envelope change;
    change.mutable_change_password()->set_old_password("initial-pass-1");
    change.mutable_change_password()->set_new_password("my-own-pass-2");
    ASSERT_TRUE(send(user, change).has_ok());
    EXPECT_TRUE(send(user, branches).has_list_branches_reply());
}

TEST_F(UserAdminTest, DisablingEndsSessionsAndBlocksLoginUntilEnabled)
{
    auto admin = loggedIn("admin");
    auto engineer = loggedIn("engineer");
    const proto::User target = userNamed(admin, "engineer");

    proto::Envelope disable;
    disable.mutable_set_user_enabled()->set_user_id(target.id());
    disable.mutable_set_user_enabled()->set_enabled(false);
    disable.mutable_set_user_enabled()->set_expected_version(target.version());
    const auto disabled = send(admin, disable);
    ASSERT_TRUE(disabled.has_user_reply()) << disabled.DebugString();
    EXPECT_FALSE(disabled.user_reply().user().enabled());

    proto::Envelope whoAmI;
    whoAmI.mutable_who_am_i();
    EXPECT_EQ(errorOf(send(engineer, whoAmI)), proto::SESSION_EXPIRED);
    auto again = connection();
    EXPECT_EQ(errorOf(login(again, "engineer", "laoke-demo")), proto::ACCOUNT_DISABLED);

    proto::Envelope enable = disable;
    enable.mutable_set_user_enabled()->set_enabled(true);
    enable.mutable_set_user_enabled()->set_expected_version(disabled.user_reply().user().version());
    ASSERT_TRUE(send(admin, enable).has_user_reply());
    EXPECT_TRUE(login(again, "engineer", "laoke-demo").has_login_reply());

    EXPECT_EQ(sql("SELECT details->'before'->>'enabled' FROM audit_log WHERE action = 'user.disable'"), "true");
    EXPECT_EQ(sql("SELECT details->'after'->>'enabled' FROM audit_log WHERE action = 'user.disable'"), "false");
    EXPECT_EQ(sql("SELECT count(*) FROM audit_log WHERE action = 'user.enable'"), "1");
}

TEST_F(UserAdminTest, AStaleVersionIsAConflictAndChangesNothing)
{
    auto admin = loggedIn("admin");
    const proto::User target = userNamed(admin, "account");
    proto::Envelope disable;
    disable.mutable_set_user_enabled()->set_user_id(target.id());
    disable.mutable_set_user_enabled()->set_enabled(false);
    disable.mutable_set_user_enabled()->set_expected_version(target.version() - 1);
    EXPECT_EQ(errorOf(send(admin, disable)), proto::CONFLICT);
    EXPECT_EQ(sql("SELECT enabled FROM users WHERE username = 'account'"), "t");
    EXPECT_EQ(sql("SELECT count(*) FROM audit_log WHERE action = 'user.disable'"), "0");
}

TEST_F(UserAdminTest, AdminCannotDisableThemselves)
{
    auto admin = loggedIn("admin");
    const proto::User me = userNamed(admin, "admin");
    proto::Envelope disable;
    disable.mutable_set_user_enabled()->set_user_id(me.id());
    disable.mutable_set_user_enabled()->set_enabled(false);
    disable.mutable_set_user_enabled()->set_expected_version(me.version());
    EXPECT_EQ(errorOf(send(admin, disable)), proto::VALIDATION_FAILED);
}

TEST_F(UserAdminTest, ResetPasswordForcesAChangeAndEndsTheUsersSessions)
{
    auto admin = loggedIn("admin");
    auto account = loggedIn("account");
    const proto::User target = userNamed(admin, "account");
    proto::Envelope reset;
    reset.mutable_reset_password()->set_user_id(target.id());
    reset.mutable_reset_password()->set_new_password("temporary-9");
    reset.mutable_reset_password()->set_expected_version(target.version());
    const auto reply = send(admin, reset);
    ASSERT_TRUE(reply.has_user_reply()) << reply.DebugString();
    EXPECT_TRUE(reply.user_reply().user().must_change_password());

    proto::Envelope whoAmI;
    whoAmI.mutable_who_am_i();
    EXPECT_EQ(errorOf(send(account, whoAmI)), proto::SESSION_EXPIRED);
    auto fresh = connection();
    EXPECT_EQ(errorOf(login(fresh, "account", "laoke-demo")), proto::INVALID_CREDENTIALS);
    EXPECT_TRUE(login(fresh, "account", "temporary-9").has_login_reply());
    EXPECT_EQ(sql("SELECT count(*) FROM audit_log WHERE action = 'user.reset_password' AND actor_username = 'admin'"), "1");
}

TEST_F(UserAdminTest, TheAuditLogIsAppendOnly)
{
    loggedIn("admin");
    pqxx::connection connection(m_database.url());
    pqxx::work work(connection);
    EXPECT_THROW(work.exec("UPDATE audit_log SET action = 'nothing'"), pqxx::sql_error);
}

TEST_F(UserAdminTest, AFreshInstallationGetsOneAdminWithARandomPassword)
{
    laoke::test::TestDatabase empty;
    empty.migrate();
    laoke::db::Database database(empty.url(), 1);
    const auto dir = std::filesystem::temp_directory_path() / ("laoke-admin-" + empty.name());
    std::filesystem::create_directories(dir);
    laoke::app::ensureInitialAdmin(database, m_hasher, dir);
    laoke::app::ensureInitialAdmin(database, m_hasher, dir);  // second start: nothing new

    const auto file = dir / "initial-admin-password";
    ASSERT_TRUE(std::filesystem::exists(file));
    struct stat info{};
    ASSERT_EQ(::stat(file.c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600);
    std::string password;
    std::ifstream(file) >> password;
    EXPECT_EQ(password.size(), 20u);

    pqxx::connection connection(empty.url());
    pqxx::work work(connection);
    EXPECT_EQ(work.exec("SELECT count(*) FROM users")[0][0].as<int>(), 1);
    const std::string hash = work.exec("SELECT password_hash FROM users WHERE username = 'admin'")[0][0].c_str();
    EXPECT_TRUE(m_hasher.verify(password, hash));
    std::filesystem::remove_all(dir);
}
