// The ticket category tree as administrators edit it, through the real Dispatcher on a real
// PostgreSQL: adding groups and sub-types, renaming and reordering, retiring and restoring,
// and what a retired category still means for the tickets that have it.

#include "TicketsFixture.h"

#include <algorithm>
#include <string>

namespace laoke::test {
namespace {

namespace proto = laoke::protocol;

class TicketCategoriesTest : public TicketsFixture {
protected:
    proto::Envelope save(handlers::ConnectionState& who, const proto::TicketCategory& category, std::int64_t expectedVersion)
    {
        proto::Envelope request;
        *request.mutable_save_ticket_category()->mutable_category() = category;
        request.mutable_save_ticket_category()->set_expected_version(expectedVersion);
        return send(who, request);
    }

    proto::TicketCategory category(const std::string& nameZh, std::int64_t parentId = 0, int position = 500)
    {
        proto::TicketCategory c;
        c.set_parent_id(parentId);
        c.set_name_zh(nameZh);
        c.set_name_en("English " + std::to_string(parentId) + " " + std::to_string(position));
        c.set_sort_order(position);
        return c;
    }

    std::vector<proto::TicketCategory> tree(handlers::ConnectionState& who)
    {
        proto::Envelope request;
        request.mutable_list_ticket_categories();
        const auto reply = send(who, request);
        EXPECT_TRUE(reply.has_list_ticket_categories_reply()) << reply.DebugString();
        const auto& all = reply.list_ticket_categories_reply().categories();
        return {all.begin(), all.end()};
    }

    /// The category called nameZh in `categories` (fails the test when missing).
    static proto::TicketCategory named(const std::vector<proto::TicketCategory>& categories, const std::string& nameZh)
    {
        const auto found = std::find_if(categories.begin(), categories.end(),
                                        [&](const proto::TicketCategory& c) { return c.name_zh() == nameZh; });
        EXPECT_NE(found, categories.end()) << nameZh;
        return found == categories.end() ? proto::TicketCategory{} : *found;
    }

    std::int64_t auditCount(const std::string& action)
    {
        return std::stoll(sql("SELECT count(*) FROM audit_log WHERE action = '" + action + "'"));
    }
};

TEST_F(TicketCategoriesTest, AdministratorsAddGroupsAndSubTypesInTheirPlace)
{
    const std::size_t shipped = tree(engineer).size();
    const auto group = save(admin, category("金税盘/税控", 0, 75), 0);
    ASSERT_TRUE(group.has_list_ticket_categories_reply()) << group.DebugString();
    const auto afterGroup = tree(engineer);
    EXPECT_EQ(afterGroup.size(), shipped + 1);
    const proto::TicketCategory added = named(afterGroup, "金税盘/税控");
    EXPECT_EQ(added.parent_id(), 0);
    EXPECT_FALSE(added.retired());
    EXPECT_EQ(added.code().rfind("custom_", 0), 0u) << "the server makes the code: " << added.code();
    // Position 75 puts it between 发票 (70) and 数据库 (80).
    const auto at = [&](const std::string& name) {
        return std::find_if(afterGroup.begin(), afterGroup.end(), [&](const auto& c) { return c.name_zh() == name; }) -
               afterGroup.begin();
    };
    EXPECT_LT(at("发票/金税/数电票"), at("金税盘/税控"));
    EXPECT_LT(at("金税盘/税控"), at("数据库/备份恢复"));

    const auto sub = save(admin, category("税控盘不识别", added.id(), 1), 0);
    ASSERT_TRUE(sub.has_list_ticket_categories_reply()) << sub.DebugString();
    const proto::TicketCategory subType = named(tree(engineer), "税控盘不识别");
    EXPECT_EQ(subType.parent_id(), added.id());
    EXPECT_EQ(subType.code(), added.code() + ".custom_" + subType.code().substr(subType.code().rfind('_') + 1));
    EXPECT_EQ(auditCount("ticket_category.create"), 2);

    // A new ticket may have it at once.
    proto::Ticket ticket = newTicket();
    ticket.set_category_id(subType.id());
    EXPECT_EQ(opened(engineer, ticket).category_id(), subType.id());

    // Three levels are not a tree the reports understand; and names beside each other differ.
    EXPECT_EQ(save(admin, category("更深一层", subType.id()), 0).error().field(), "parent_id");
    const auto twin = save(admin, category("税控盘不识别", added.id(), 2), 0);
    EXPECT_EQ(errorOf(twin), proto::VALIDATION_FAILED);
    EXPECT_EQ(twin.error().message(), "another category beside it already has this name");
    proto::TicketCategory noEnglish = category("没有英文名");
    noEnglish.set_name_en("  ");
    EXPECT_EQ(save(admin, noEnglish, 0).error().field(), "name_en");
    EXPECT_EQ(tree(engineer).size(), shipped + 2) << "refusals add nothing";
}

TEST_F(TicketCategoriesTest, OnlyAdministratorsEditTheTreeAtTheVersionTheyRead)
{
    const auto refused = save(manager, category("分公司自建"), 0);
    EXPECT_EQ(errorOf(refused), proto::FORBIDDEN);
    EXPECT_EQ(errorOf(save(engineer, category("工程师自建"), 0)), proto::FORBIDDEN);

    proto::TicketCategory vouchers = named(tree(admin), "凭证");
    proto::TicketCategory renamed = vouchers;
    renamed.set_name_zh("凭证处理");
    renamed.set_name_en("Voucher handling");
    ASSERT_TRUE(save(admin, renamed, vouchers.version()).has_list_ticket_categories_reply());
    const proto::TicketCategory now = named(tree(engineer), "凭证处理");
    EXPECT_EQ(now.id(), vouchers.id());
    EXPECT_EQ(now.code(), vouchers.code()) << "the code stays: articles and reports keep meaning";
    EXPECT_EQ(now.version(), vouchers.version() + 1);

    // A second administrator who read the old version is told, and overwrites nothing.
    renamed.set_name_zh("凭证问题");
    const auto stale = save(admin, renamed, vouchers.version());
    EXPECT_EQ(errorOf(stale), proto::CONFLICT);
    EXPECT_EQ(named(tree(engineer), "凭证处理").version(), now.version());

    // A category stays in its group.
    proto::TicketCategory moved = named(tree(admin), "凭证断号/整理凭证");
    moved.set_parent_id(named(tree(admin), "报表").id());
    EXPECT_EQ(save(admin, moved, moved.version()).error().field(), "parent_id");
    EXPECT_EQ(auditCount("ticket_category.update"), 1);
}

TEST_F(TicketCategoriesTest, ARetiredCategoryIsNoLongerOfferedButOldTicketsKeepIt)
{
    const proto::TicketCategory printing = named(tree(admin), "单据/发票打印模板");
    proto::Ticket ticket = newTicket();
    ticket.set_category_id(printing.id());
    const proto::Ticket old = opened(engineer, ticket);

    proto::TicketCategory retire = printing;
    retire.set_retired(true);
    ASSERT_TRUE(save(admin, retire, printing.version()).has_list_ticket_categories_reply());
    EXPECT_EQ(auditCount("ticket_category.retire"), 1);
    EXPECT_TRUE(named(tree(engineer), "单据/发票打印模板").retired()) << "listed, flagged, so old tickets show its name";

    // Not for new tickets, nor as a correction.
    const auto refused = create(engineer, ticket);
    EXPECT_EQ(refused.error().field(), "category_id");
    proto::Ticket other = opened(engineer, newTicket());
    proto::Ticket corrected = other;
    corrected.set_category_id(printing.id());
    proto::Envelope request;
    request.mutable_update_ticket()->set_ticket_id(other.id());
    request.mutable_update_ticket()->set_expected_version(other.version());
    *request.mutable_update_ticket()->mutable_ticket() = corrected;
    const auto correction = send(engineer, request);
    EXPECT_EQ(correction.error().message(), "this category is retired; choose another");

    // The old ticket keeps it, and its other fields can still be corrected.
    proto::Ticket keep = get(engineer, old.id()).ticket();
    EXPECT_EQ(keep.category_id(), printing.id());
    keep.set_subject("打印模板错位（已改）");
    request.mutable_update_ticket()->set_ticket_id(keep.id());
    request.mutable_update_ticket()->set_expected_version(keep.version());
    *request.mutable_update_ticket()->mutable_ticket() = keep;
    const auto kept = send(engineer, request);
    ASSERT_TRUE(kept.has_ticket_reply()) << kept.DebugString();
    EXPECT_EQ(kept.ticket_reply().ticket().category_id(), printing.id());

    // Retiring a group retires its sub-types with it; they come back with the group only.
    const proto::TicketCategory group = named(tree(admin), "打印/模板");
    proto::TicketCategory retireGroup = group;
    retireGroup.set_retired(true);
    ASSERT_TRUE(save(admin, retireGroup, group.version()).has_list_ticket_categories_reply());
    proto::TicketCategory restoreSub = named(tree(admin), "单据/发票打印模板");
    EXPECT_TRUE(restoreSub.retired());
    restoreSub.set_retired(false);
    EXPECT_EQ(save(admin, restoreSub, restoreSub.version()).error().message(), "its group is retired; restore the group first");
    retireGroup = named(tree(admin), "打印/模板");
    retireGroup.set_retired(false);
    ASSERT_TRUE(save(admin, retireGroup, retireGroup.version()).has_list_ticket_categories_reply());
    EXPECT_EQ(auditCount("ticket_category.restore"), 1);
    EXPECT_TRUE(named(tree(admin), "单据/发票打印模板").retired()) << "it was retired on its own before";
    restoreSub = named(tree(admin), "单据/发票打印模板");
    restoreSub.set_retired(false);
    ASSERT_TRUE(save(admin, restoreSub, restoreSub.version()).has_list_ticket_categories_reply());
    EXPECT_EQ(opened(engineer, ticket).category_id(), printing.id()) << "offered again";
}

}  // namespace
}  // namespace laoke::test
