// Import at the server: staged chunks applied in one transaction; all-or-nothing versus
// skipping bad rows; duplicates skipped or updated; a dry run (the preview) writes nothing.

#include "CustomersFixture.h"

using laoke::test::CustomersFixture;
namespace proto = laoke::protocol;

using ImportTest = CustomersFixture;

namespace {

proto::ImportRow importRow(int number, const std::string& name, const std::string& mobile = "13800000001")
{
    proto::ImportRow row;
    row.set_row_number(number);
    row.mutable_customer()->set_name(name);
    row.mutable_customer()->set_province("北京");
    auto* contact = row.add_contacts();
    contact->set_name("王会计");
    contact->set_mobile(mobile);
    return row;
}

}  // namespace

class ImportFlow : public ImportTest {
protected:
    void stage(const std::string& importId, const std::vector<proto::ImportRow>& rows)
    {
        proto::Envelope request;
        request.mutable_stage_import()->set_import_id(importId);
        for (const auto& row : rows) *request.mutable_stage_import()->add_rows() = row;
        const auto reply = send(account, request);
        ASSERT_TRUE(reply.has_stage_import_reply()) << reply.DebugString();
    }

    proto::ApplyImportReply apply(const std::string& importId, bool skipBad, bool updateDuplicates, bool dryRun = false)
    {
        proto::Envelope request;
        auto* a = request.mutable_apply_import();
        a->set_import_id(importId);
        a->set_skip_bad_rows(skipBad);
        a->set_update_duplicates(updateDuplicates);
        a->set_dry_run(dryRun);
        const auto reply = send(account, request);
        EXPECT_TRUE(reply.has_apply_import_reply()) << reply.DebugString();
        return reply.apply_import_reply();
    }
};

TEST_F(ImportFlow, ABadRowStopsAnAllOrNothingImportAndNothingIsWritten)
{
    stage("import-0001", {importRow(2, "北京华鑫机械有限公司"), importRow(3, "北京恒泰贸易有限公司", "12345")});
    stage("import-0001", {importRow(4, "北京宏源商贸有限公司")});  // a second chunk
    const auto result = apply("import-0001", false, false);
    EXPECT_FALSE(result.applied());
    EXPECT_EQ(result.rejected(), 1);
    ASSERT_EQ(result.results_size(), 1);
    EXPECT_EQ(result.results(0).row_number(), 3);
    EXPECT_EQ(result.results(0).field(), "contacts.mobile");
    EXPECT_EQ(sql("SELECT count(*) FROM customers"), "0");
    EXPECT_EQ(sql("SELECT count(*) FROM contacts"), "0");
}

TEST_F(ImportFlow, SkippingBadRowsImportsTheRestWithContactsAndSearchKeys)
{
    stage("import-0002", {importRow(2, "北京华鑫机械有限公司"), importRow(3, "北京恒泰贸易有限公司", "12345"),
                          importRow(4, "北京宏源商贸有限公司", "13800000004")});
    const auto dry = apply("import-0002", true, false, true);
    EXPECT_FALSE(dry.applied());
    EXPECT_EQ(dry.created(), 2);
    EXPECT_EQ(sql("SELECT count(*) FROM customers"), "0");

    const auto result = apply("import-0002", true, false);
    EXPECT_TRUE(result.applied());
    EXPECT_EQ(result.created(), 2);
    EXPECT_EQ(result.rejected(), 1);
    EXPECT_EQ(sql("SELECT count(*) FROM customers"), "2");
    EXPECT_EQ(sql("SELECT count(*) FROM contacts"), "2");
    EXPECT_EQ(search(account, "13800000004").rows_size(), 1);
    EXPECT_EQ(sql("SELECT count(*) FROM import_staging"), "0");
    EXPECT_EQ(sql("SELECT count(*) FROM audit_log WHERE action = 'customer.import_create'"), "2");
}

TEST_F(ImportFlow, DuplicatesAreSkippedOrUpdated)
{
    auto existing = newCustomer("北京华鑫机械有限公司");
    existing.set_notes("老客户");
    const auto saved = created(account, existing);

    auto duplicate = importRow(2, "北京华鑫机械有限公司", "13800000009");
    duplicate.mutable_customer()->set_short_name("华鑫");
    stage("import-0003", {duplicate});
    auto result = apply("import-0003", false, false);
    EXPECT_TRUE(result.applied());
    EXPECT_EQ(result.skipped_duplicates(), 1);
    EXPECT_EQ(result.results(0).customer_id(), saved.id());
    EXPECT_EQ(sql("SELECT count(*) FROM contacts"), "0");

    stage("import-0004", {duplicate});
    result = apply("import-0004", false, true);
    EXPECT_EQ(result.updated(), 1);
    EXPECT_EQ(sql("SELECT short_name FROM customers WHERE id = " + std::to_string(saved.id())), "华鑫");
    // A column the file does not have keeps what the customer book knows.
    EXPECT_EQ(sql("SELECT notes FROM customers WHERE id = " + std::to_string(saved.id())), "老客户");
    EXPECT_EQ(sql("SELECT count(*) FROM contacts WHERE customer_id = " + std::to_string(saved.id())), "1");
}

TEST_F(ImportFlow, ProductsAreMatchedAgainstTheCatalogue)
{
    auto row = importRow(2, "北京华鑫机械有限公司");
    auto* product = row.add_products();
    product->set_product_line("测试U8+");
    product->set_product_version("16.0");
    product->add_modules("总账");
    product->set_seats(3);
    product->set_licence_type("dongle");
    product->set_service_end_on("2027-06-30");
    auto bad = importRow(3, "北京恒泰贸易有限公司");
    auto* unknown = bad.add_products();
    unknown->set_product_line("测试U8+");
    unknown->set_product_version("99.9");
    unknown->set_licence_type("dongle");
    stage("import-0005", {row, bad});
    const auto result = apply("import-0005", true, false);
    EXPECT_EQ(result.created(), 1);
    ASSERT_EQ(result.rejected(), 1);
    EXPECT_EQ(result.results(0).field(), "products.product_version");
    EXPECT_EQ(sql("SELECT service_end_on FROM customers"), "2027-06-30");
    EXPECT_EQ(sql("SELECT count(*) FROM installed_product_modules"), "1");
}

TEST_F(ImportFlow, AnotherUsersStagedRowsAreNotVisible)
{
    stage("import-0006", {importRow(2, "北京华鑫机械有限公司")});
    proto::Envelope request;
    request.mutable_apply_import()->set_import_id("import-0006");
    EXPECT_EQ(errorOf(send(shAccount, request)), proto::NOT_FOUND);
    EXPECT_EQ(sql("SELECT count(*) FROM customers"), "0");
}

TEST_F(ImportFlow, ACustomerOfAnotherBranchIsReportedWithoutBeingShown)
{
    created(shAccount, newCustomer("上海恒泰贸易有限公司", shBranch));
    stage("import-0007", {importRow(2, "上海恒泰贸易有限公司")});
    const auto result = apply("import-0007", true, true);
    ASSERT_EQ(result.rejected(), 1);
    EXPECT_EQ(result.results(0).field(), "name");
    EXPECT_EQ(result.results(0).customer_id(), 0);
    EXPECT_EQ(sql("SELECT count(*) FROM contacts"), "0");
}
