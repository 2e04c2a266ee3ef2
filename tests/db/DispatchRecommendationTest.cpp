// Engineers' skills and the ranked dispatch recommendation through the real Dispatcher and
// PostgreSQL: the manager records who handles which product line and module and where they
// start from; for a ticket on that product the skilled engineer comes first with the reason
// in points, a visit to another city counts the road, having served the customer counts, and
// only managers of the branch see or change any of it (row-level security too).

#include "TicketsFixture.h"

#include <pqxx/pqxx>

#include <algorithm>
#include <string>

namespace laoke::test {
namespace {

namespace proto = laoke::protocol;

class DispatchRecommendationTest : public TicketsFixture {
protected:
    void SetUp() override
    {
        TicketsFixture::SetUp();
        sql("UPDATE customers SET province = '江苏', city = '苏州' WHERE id = " + std::to_string(customer.id()));
        proto::Envelope install;
        auto* p = install.mutable_save_installed_product()->mutable_installed_product();
        p->set_customer_id(customer.id());
        p->set_product_version_id(currentVersionId);
        p->add_module_ids(moduleLedger);
        p->set_seats(5);
        p->set_licence_type("dongle");
        p->set_service_end_on("2030-12-31");
        const auto reply = send(account, install);
        ASSERT_TRUE(reply.has_installed_product_reply()) << reply.DebugString();
        installedId = reply.installed_product_reply().installed_product().id();
    }

    proto::Envelope saveProfile(handlers::ConnectionState& who, std::int64_t userId, const std::string& city,
                                std::vector<proto::EngineerSkill> skills, std::int64_t expectedVersion)
    {
        proto::Envelope request;
        auto* profile = request.mutable_save_engineer_profile()->mutable_profile();
        profile->set_user_id(userId);
        profile->set_home_city(city);
        for (auto& skill : skills) *profile->add_skills() = skill;
        request.mutable_save_engineer_profile()->set_expected_version(expectedVersion);
        return send(who, request);
    }

    static proto::EngineerSkill skill(std::int64_t line, std::int64_t module = 0, bool certified = false)
    {
        proto::EngineerSkill s;
        s.set_product_line_id(line);
        s.set_module_id(module);
        s.set_certified(certified);
        return s;
    }

    proto::RecommendAssigneesReply recommend(handlers::ConnectionState& who, std::int64_t ticketId)
    {
        proto::Envelope request;
        request.mutable_recommend_assignees()->set_ticket_id(ticketId);
        const proto::Envelope reply = send(who, request);
        EXPECT_TRUE(reply.has_recommend_assignees_reply()) << reply.DebugString();
        return reply.recommend_assignees_reply();
    }

    static const proto::DispatchReason* reasonOf(const proto::AssigneeRecommendation& r, const std::string& code)
    {
        for (const auto& reason : r.reasons()) {
            if (reason.code() == code) return &reason;
        }
        return nullptr;
    }

    proto::Ticket ledgerTicket(const std::string& channel = "hotline")
    {
        proto::Ticket t = newTicket(channel);
        t.set_installed_product_id(installedId);
        t.set_module_id(moduleLedger);
        return opened(engineer, t);
    }

    std::int64_t installedId = 0;
};

TEST_F(DispatchRecommendationTest, TheSkilledEngineerComesFirstWithTheReason)
{
    const auto saved = saveProfile(manager, engineerId, "苏州", {skill(lineId, moduleLedger, true)}, 0);
    ASSERT_TRUE(saved.has_engineer_profile_reply()) << saved.DebugString();
    EXPECT_EQ(saved.engineer_profile_reply().profile().version(), 1);
    ASSERT_EQ(saved.engineer_profile_reply().profile().skills_size(), 1);
    EXPECT_EQ(saved.engineer_profile_reply().profile().skills(0).module_name(), "总账");

    const proto::Ticket ticket = ledgerTicket();
    const proto::RecommendAssigneesReply ranked = recommend(manager, ticket.id());
    ASSERT_EQ(ranked.recommendations_size(), 2);  // the engineer and the branch manager
    EXPECT_EQ(ranked.recommendations(0).user_id(), engineerId);
    EXPECT_EQ(ranked.recommendations(0).reasons(0).code(), "skill_module");
    EXPECT_NE(reasonOf(ranked.recommendations(0), "certified"), nullptr);
    EXPECT_EQ(ranked.recommendations(1).user_id(), managerId);
    EXPECT_NE(reasonOf(ranked.recommendations(1), "no_skill"), nullptr);
    EXPECT_EQ(reasonOf(ranked.recommendations(0), "travel"), nullptr);  // a hotline ticket needs no visit

    // The board's list of people shows the skill too.
    proto::Envelope list;
    list.mutable_list_assignees();
    const proto::Envelope assignees = send(manager, list);
    bool shown = false;
    for (const auto& a : assignees.list_assignees_reply().assignees()) {
        if (a.user().id() == engineerId) shown = a.skills_size() == 1 && a.home_city() == "苏州";
    }
    EXPECT_TRUE(shown) << assignees.DebugString();
    EXPECT_EQ(sql("SELECT count(*) FROM audit_log WHERE action = 'engineer_profile.save'"), "1");
}

TEST_F(DispatchRecommendationTest, AVisitCountsTheRoadAndServingTheCustomerCounts)
{
    ASSERT_TRUE(saveProfile(manager, engineerId, "上海", {skill(lineId)}, 0).has_engineer_profile_reply());
    ASSERT_TRUE(saveProfile(manager, managerId, "苏州", {skill(lineId)}, 0).has_engineer_profile_reply());
    const proto::Ticket visit = ledgerTicket("onsite");
    const proto::RecommendAssigneesReply ranked = recommend(manager, visit.id());
    ASSERT_EQ(ranked.recommendations_size(), 2);
    EXPECT_EQ(ranked.recommendations(0).user_id(), managerId);  // same city
    EXPECT_NE(reasonOf(ranked.recommendations(0), "same_city"), nullptr);
    const proto::DispatchReason* road = reasonOf(ranked.recommendations(1), "travel");
    ASSERT_NE(road, nullptr);
    EXPECT_GT(road->value(), 90);   // Shanghai to Suzhou by road
    EXPECT_LT(road->value(), 130);

    // The engineer solved three of this customer's problems: they know the system.
    for (int i = 0; i < 3; ++i) {
        proto::Ticket t = acted(manager, ledgerTicket(), "assign", engineerId);
        t = acted(engineer, acted(engineer, t, "start"), "resolve", 0, "重新引入账套");
    }
    const proto::RecommendAssigneesReply again = recommend(manager, ledgerTicket().id());
    const auto& engineerRow = again.recommendations(0).user_id() == engineerId ? again.recommendations(0) : again.recommendations(1);
    ASSERT_NE(reasonOf(engineerRow, "served_before"), nullptr);
    EXPECT_EQ(reasonOf(engineerRow, "served_before")->value(), 3);
}

TEST_F(DispatchRecommendationTest, TheCustomersOwnCoordinatesCountTheRoadInsideTheCity)
{
    ASSERT_TRUE(saveProfile(manager, engineerId, "苏州", {skill(lineId)}, 0).has_engineer_profile_reply());
    const proto::Ticket visit = ledgerTicket("onsite");
    const proto::RecommendAssigneesReply before = recommend(manager, visit.id());
    const proto::DispatchReason* centre = reasonOf(before.recommendations(0), "same_city");
    ASSERT_NE(centre, nullptr);
    EXPECT_EQ(centre->value(), 0);  // only the city is known: no distance is made up

    // The account manager enters where the customer really is: 昆山, on 苏州's list but 50 km out.
    customer = view(account, customer.id()).customer();
    customer.mutable_location()->set_latitude(31.38);
    customer.mutable_location()->set_longitude(120.98);
    ASSERT_TRUE(saveCustomer(account, customer).has_customer_reply());
    const proto::RecommendAssigneesReply ranked = recommend(manager, visit.id());
    const auto& engineerRow = ranked.recommendations(0).user_id() == engineerId ? ranked.recommendations(0) : ranked.recommendations(1);
    const proto::DispatchReason* road = reasonOf(engineerRow, "same_city");
    ASSERT_NE(road, nullptr);
    EXPECT_NEAR(road->value(), 50, 10);
    EXPECT_GT(road->minutes(), 60);
    EXPECT_LT(road->points(), centre->points());
}

TEST_F(DispatchRecommendationTest, TheRosterDecidesWhoIsAvailableToday)
{
    ASSERT_TRUE(saveProfile(manager, engineerId, "苏州", {skill(lineId, moduleLedger, true)}, 0).has_engineer_profile_reply());
    const proto::Ticket ticket = ledgerTicket();
    EXPECT_EQ(recommend(manager, ticket.id()).recommendations(0).user_id(), engineerId);

    // The skilled engineer is on leave today: never suggested first, and shown as away.
    proto::Envelope week;
    week.mutable_get_roster_week();
    const proto::Envelope read = send(manager, week);
    ASSERT_TRUE(read.has_roster_week()) << read.DebugString();
    proto::Envelope save;
    auto* request = save.mutable_save_roster();
    request->set_week_start(read.roster_week().week_start());
    request->set_expected_version(read.roster_week().version());
    auto* cell = request->add_cells();
    cell->set_user_id(engineerId);
    cell->set_date(read.roster_week().today());
    cell->set_duty("leave");
    const proto::Envelope saved = send(manager, save);
    ASSERT_TRUE(saved.has_roster_week()) << saved.DebugString();

    const proto::RecommendAssigneesReply ranked = recommend(manager, ticket.id());
    ASSERT_EQ(ranked.recommendations_size(), 2);
    EXPECT_EQ(ranked.recommendations(0).user_id(), managerId);
    EXPECT_FALSE(ranked.recommendations(1).available());
    EXPECT_NE(reasonOf(ranked.recommendations(1), "on_leave"), nullptr);
}

TEST_F(DispatchRecommendationTest, BadProfilesAreRefusedAndStaleSavesConflict)
{
    EXPECT_EQ(errorOf(saveProfile(manager, engineerId, "苏州", {skill(lineId), skill(lineId)}, 0)), proto::VALIDATION_FAILED);
    EXPECT_EQ(errorOf(saveProfile(manager, engineerId, "苏州", {skill(lineId + 999)}, 0)), proto::VALIDATION_FAILED);
    EXPECT_EQ(errorOf(saveProfile(manager, engineerId, "苏州", {skill(lineId, moduleLedger + 999)}, 0)), proto::VALIDATION_FAILED);
    EXPECT_EQ(errorOf(saveProfile(manager, accountId, "苏州", {}, 0)), proto::VALIDATION_FAILED);  // not someone who is dispatched
    EXPECT_EQ(errorOf(saveProfile(engineer, engineerId, "苏州", {}, 0)), proto::FORBIDDEN);       // managers keep them
    EXPECT_EQ(sql("SELECT count(*) FROM engineer_profiles"), "0");

    ASSERT_TRUE(saveProfile(manager, engineerId, "苏州", {skill(lineId)}, 0).has_engineer_profile_reply());
    EXPECT_EQ(errorOf(saveProfile(admin, engineerId, "无锡", {}, 0)), proto::CONFLICT);  // read before the first save
    const auto second = saveProfile(admin, engineerId, "无锡", {skill(lineId, moduleReports)}, 1);
    ASSERT_TRUE(second.has_engineer_profile_reply()) << second.DebugString();
    EXPECT_EQ(second.engineer_profile_reply().profile().home_city(), "无锡");
    EXPECT_EQ(sql("SELECT count(*) FROM engineer_skills"), "1");  // replaced, not added
}

TEST_F(DispatchRecommendationTest, OnlyTheBranchSeesItsPeople)
{
    ASSERT_TRUE(saveProfile(manager, engineerId, "苏州", {skill(lineId)}, 0).has_engineer_profile_reply());
    proto::Envelope get;
    get.mutable_get_engineer_profile()->set_user_id(engineerId);
    EXPECT_TRUE(send(engineer, get).has_engineer_profile_reply());
    EXPECT_EQ(errorOf(send(shAccount, get)), proto::FORBIDDEN);  // account managers are not dispatched
    proto::Envelope rank;
    rank.mutable_recommend_assignees()->set_ticket_id(ledgerTicket().id());
    EXPECT_EQ(errorOf(send(engineer, rank)), proto::FORBIDDEN);  // the board's, for managers

    pqxx::connection connection(m_database.url());
    pqxx::work work(connection);
    work.exec("SET ROLE laoke_app");
    work.exec_params("SELECT set_config('laoke.role', 'branch_manager', true), set_config('laoke.branch_id', $1, true)",
                     std::to_string(shBranch));
    EXPECT_EQ(work.exec("SELECT count(*) FROM engineer_profiles")[0][0].as<int>(), 0);
    EXPECT_EQ(work.exec("SELECT count(*) FROM engineer_skills")[0][0].as<int>(), 0);
    work.exec_params("SELECT set_config('laoke.branch_id', $1, true)", std::to_string(bjBranch));
    EXPECT_EQ(work.exec("SELECT count(*) FROM engineer_profiles")[0][0].as<int>(), 1);
}

}  // namespace
}  // namespace laoke::test
