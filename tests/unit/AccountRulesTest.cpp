// Input rules shared by client and server.

#include "domain/AccountRules.h"
#include "domain/Role.h"

#include <gtest/gtest.h>

using namespace laoke::domain;

TEST(AccountRules, Usernames)
{
    EXPECT_FALSE(checkUsername("zhang.wei"));
    EXPECT_FALSE(checkUsername("li_ting-2"));
    EXPECT_TRUE(checkUsername("ab"));
    EXPECT_TRUE(checkUsername("Zhang"));
    EXPECT_TRUE(checkUsername("9lives"));
    EXPECT_TRUE(checkUsername("张伟"));
    EXPECT_TRUE(checkUsername("a b c"));
    EXPECT_TRUE(checkUsername(std::string(33, 'a')));
    EXPECT_EQ(checkUsername("ab")->field, "username");
}

TEST(AccountRules, DisplayNamesCountCharactersNotBytes)
{
    EXPECT_FALSE(checkDisplayName("张伟"));
    EXPECT_TRUE(checkDisplayName(""));
    EXPECT_TRUE(checkDisplayName("   "));
    std::string sixtyFour;
    for (int i = 0; i < 64; ++i) sixtyFour += "张";
    EXPECT_FALSE(checkDisplayName(sixtyFour));
    EXPECT_TRUE(checkDisplayName(sixtyFour + "张"));
    EXPECT_TRUE(checkDisplayName("\xff\xfe"));
}

TEST(AccountRules, Passwords)
{
    EXPECT_FALSE(checkPassword("laoke-demo"));
    EXPECT_FALSE(checkPassword("密码密码密码密码"));
    EXPECT_TRUE(checkPassword("short"));
    EXPECT_TRUE(checkPassword(std::string(129, 'x')));
    EXPECT_EQ(checkPassword("short", "new_password")->field, "new_password");
}

TEST(AccountRules, BranchCodes)
{
    EXPECT_FALSE(checkBranchCode("BJ"));
    EXPECT_FALSE(checkBranchCode("SH-PD2"));
    EXPECT_TRUE(checkBranchCode("B"));
    EXPECT_TRUE(checkBranchCode("bj"));
}

TEST(Roles, NamesRoundTrip)
{
    for (auto role : {laoke::protocol::ADMIN, laoke::protocol::BRANCH_MANAGER, laoke::protocol::ACCOUNT_MANAGER,
                      laoke::protocol::ENGINEER}) {
        EXPECT_EQ(roleFromName(roleName(role)), role);
    }
    EXPECT_FALSE(roleFromName("root"));
    EXPECT_EQ(roleName(laoke::protocol::ROLE_UNSPECIFIED), "");
}
