// Planning an import from the fixture files: customers spread over several rows, values
// converted to their protocol form, client-side problems per spreadsheet row, staging
// chunks under the frame limit, and an error report that imports again.

#include "ColumnMapping.h"
#include "FrameCodec.h"
#include "ImportChunks.h"
#include "ImportPlan.h"
#include "ImportReport.h"
#include "SpreadsheetReader.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <set>

using namespace laoke::client::io;
using laoke::protocol::ImportRow;

namespace {

SheetReadResult readData(const char* name)
{
    return SpreadsheetReader::readFile(QStringLiteral(LAOKE_TEST_DATA_DIR "/") + QString::fromLatin1(name));
}

ImportPlan planFor(const SheetReadResult& sheet)
{
    return ImportPlan::build(sheet.rows, ColumnMapping::guess(sheet.rows.value(0)));
}

const PlannedCustomer& customerNamed(const ImportPlan& plan, const std::string& name)
{
    for (const PlannedCustomer& customer : plan.customers()) {
        if (customer.row.customer().name() == name) {
            return customer;
        }
    }
    throw std::runtime_error("no customer " + name);
}

std::set<ImportField> problemFields(const ImportPlan& plan, int row)
{
    std::set<ImportField> fields;
    for (const RowProblem& problem : plan.problems()) {
        if (problem.rowNumber == row) {
            fields.insert(problem.field);
        }
    }
    return fields;
}

}  // namespace

TEST(ImportPlan, LibreOfficeWorkbookBecomesFiveCustomersWithContactsAndProducts)
{
    const SheetReadResult sheet = readData("customers-libreoffice.xlsx");
    ASSERT_TRUE(sheet.ok) << sheet.error.toStdString();
    const ImportPlan plan = planFor(sheet);
    EXPECT_EQ(plan.dataRowCount(), 10);
    ASSERT_EQ(plan.customers().size(), 5u);
    EXPECT_EQ(plan.badCustomerCount(), 0) << plan.problems().value(0).message.toStdString();

    const PlannedCustomer& xinda = customerNamed(plan, "广州鑫达精密机械有限公司");
    EXPECT_EQ(xinda.row.row_number(), 2);
    EXPECT_EQ(xinda.sourceRows, (QList<int>{2, 3, 4}));
    const auto& customer = xinda.row.customer();
    EXPECT_EQ(customer.short_name(), "鑫达机械");
    EXPECT_EQ(customer.credit_code(), "91440101MA59BCDE3X");
    EXPECT_EQ(customer.industry(), "C");
    EXPECT_EQ(customer.size_class(), "medium");
    EXPECT_EQ(customer.province(), "广东");
    EXPECT_EQ(customer.region(), "south");
    EXPECT_EQ(customer.city(), "广州市");
    EXPECT_EQ(customer.owner_name(), "李婷");
    EXPECT_EQ(customer.status(), "active");
    EXPECT_EQ(customer.manual_grade(), "A");
    EXPECT_EQ(customer.branch_id(), 0);  // the importing user's branch

    ASSERT_EQ(xinda.row.contacts_size(), 3);
    EXPECT_EQ(xinda.row.contacts(0).name(), "陈国华");
    EXPECT_EQ(xinda.row.contacts(0).role(), "boss");  // from the job title 总经理
    EXPECT_EQ(xinda.row.contacts(0).decision_role(), "decision_maker");
    EXPECT_EQ(xinda.row.contacts(0).mobile(), "13902281234");
    EXPECT_EQ(xinda.row.contacts(0).phone(), "020-84561234");
    EXPECT_EQ(xinda.row.contacts(1).role(), "finance_director");
    EXPECT_EQ(xinda.row.contacts(2).role(), "cashier");

    ASSERT_EQ(xinda.row.products_size(), 1);
    const auto& product = xinda.row.products(0);
    EXPECT_EQ(product.product_line(), "用友U8+");
    EXPECT_EQ(product.product_version(), "V13.0");
    ASSERT_EQ(product.modules_size(), 5);
    EXPECT_EQ(product.modules(3), "UFO报表");
    EXPECT_EQ(product.seats(), 15);
    EXPECT_EQ(product.licence_type(), "dongle");
    EXPECT_EQ(product.go_live_on(), "2019-06-18");
    EXPECT_EQ(product.service_end_on(), "2025-06-30");

    // The row with empty customer cells belongs to the customer above it.
    const PlannedCustomer& ruifeng = customerNamed(plan, "杭州瑞丰服饰有限公司");
    EXPECT_EQ(ruifeng.row.customer().status(), "dormant");
    ASSERT_EQ(ruifeng.row.contacts_size(), 2);
    EXPECT_EQ(ruifeng.row.contacts(1).name(), "周丽");

    const PlannedCustomer& hongsheng = customerNamed(plan, "青岛宏盛建筑工程有限公司");
    EXPECT_EQ(hongsheng.row.contacts_size(), 1);
    ASSERT_EQ(hongsheng.row.products_size(), 2);
    EXPECT_EQ(hongsheng.row.products(1).licence_type(), "saas");
    EXPECT_EQ(hongsheng.row.contacts(0).role(), "it");
}

TEST(ImportPlan, GbkCsvWithOtherHeadersAndDateSpellings)
{
    const SheetReadResult sheet = readData("customers-gbk.csv");
    ASSERT_TRUE(sheet.ok);
    const ImportPlan plan = planFor(sheet);
    ASSERT_EQ(plan.customers().size(), 3u);
    EXPECT_EQ(plan.badCustomerCount(), 0) << plan.problems().value(0).message.toStdString();

    const PlannedCustomer& yongan = customerNamed(plan, "东莞市永安五金制品有限公司");
    EXPECT_EQ(yongan.row.customer().code(), "DG-0001");
    EXPECT_EQ(yongan.row.customer().industry(), "C");
    ASSERT_EQ(yongan.row.contacts_size(), 2);
    EXPECT_EQ(yongan.row.contacts(1).name(), "罗喆");
    EXPECT_EQ(yongan.row.contacts(1).role(), "accountant");
    ASSERT_EQ(yongan.row.products_size(), 1);
    EXPECT_EQ(yongan.row.products(0).modules_size(), 3);
    EXPECT_EQ(yongan.row.products(0).seats(), 6);
    EXPECT_EQ(yongan.row.products(0).service_end_on(), "2025-06-30");

    const PlannedCustomer& jiaxin = customerNamed(plan, "佛山市嘉信塑胶制品有限公司");
    EXPECT_EQ(jiaxin.row.customer().province(), "广东");
    EXPECT_EQ(jiaxin.row.customer().size_class(), "micro");
    EXPECT_EQ(jiaxin.row.products(0).service_end_on(), "2024-03-05");
    EXPECT_EQ(jiaxin.row.products(0).modules_size(), 2);

    const PlannedCustomer& fuyuan = customerNamed(plan, "长沙富源贸易有限公司");
    EXPECT_EQ(fuyuan.row.customer().status(), "lost");
    EXPECT_EQ(fuyuan.row.customer().industry(), "F");
    EXPECT_EQ(fuyuan.row.customer().region(), "central");
    // The landline typed under 座机 stays a phone; the contact is a cashier by title.
    EXPECT_EQ(fuyuan.row.contacts(0).phone(), "0731-84123456");
    EXPECT_EQ(fuyuan.row.contacts(0).role(), "cashier");
    EXPECT_EQ(fuyuan.row.products_size(), 0);
}

TEST(ImportPlan, BadRowsAreReportedAtTheirRowAndColumn)
{
    const SheetReadResult sheet = readData("customers-bad-rows.csv");
    ASSERT_TRUE(sheet.ok);
    const ImportPlan plan = planFor(sheet);
    ASSERT_EQ(plan.customers().size(), 6u);
    EXPECT_EQ(plan.badCustomerCount(), 4);

    EXPECT_TRUE(problemFields(plan, 2).empty());
    EXPECT_EQ(problemFields(plan, 3), (std::set<ImportField>{ImportField::CreditCode, ImportField::ContactMobile}));
    EXPECT_EQ(problemFields(plan, 4),
              (std::set<ImportField>{ImportField::Industry, ImportField::ProductVersion, ImportField::ServiceEndOn}));
    EXPECT_EQ(problemFields(plan, 5), std::set<ImportField>{ImportField::CustomerName});
    EXPECT_EQ(problemFields(plan, 6), std::set<ImportField>{ImportField::Seats});
    EXPECT_TRUE(problemFields(plan, 7).empty());

    for (const RowProblem& problem : plan.problems()) {
        EXPECT_FALSE(problem.message.isEmpty());
    }
    // The address with a comma, quotes and a line break arrived whole.
    EXPECT_EQ(customerNamed(plan, "南京金泰机械设备有限公司").row.customer().address(),
              "江宁区将军大道18号, 金泰大厦\"东楼\"\n3层");

    const std::vector<ImportRow> good = plan.rowsToStage(true);
    ASSERT_EQ(good.size(), 2u);
    EXPECT_EQ(good[0].row_number(), 2);
    EXPECT_EQ(good[1].row_number(), 7);
    EXPECT_EQ(plan.rowsToStage(false).size(), 6u);
}

TEST(ImportPlan, RowsJoinTheirCustomerByCodeAndPhonesGoWhereTheyBelong)
{
    const QList<QStringList> rows{
        {"客户名称", "客户编码", "联系人", "手机", "电话"},
        {"广州鑫达精密机械有限公司", "GZ-01", "陈国华", "020-84561234", ""},
        {"", "GZ-01", "林小燕", "", "13711095566"},
    };
    const ImportPlan plan = ImportPlan::build(rows, ColumnMapping::guess(rows[0]));
    ASSERT_EQ(plan.customers().size(), 1u);
    const ImportRow& row = plan.customers()[0].row;
    ASSERT_EQ(row.contacts_size(), 2);
    EXPECT_EQ(row.contacts(0).mobile(), "");
    EXPECT_EQ(row.contacts(0).phone(), "020-84561234");
    EXPECT_EQ(row.contacts(1).mobile(), "13711095566");
    EXPECT_EQ(row.contacts(1).phone(), "");
    EXPECT_TRUE(plan.customers()[0].ok());
}

TEST(ImportPlan, CoordinatesFromAMapColumnInEitherOrderAndBadOnesAtTheirRow)
{
    const QList<QStringList> rows{
        {"客户名称", "经纬度"},
        {"昆山华通电子有限公司", "120.980512,31.385763"},  // as 高德 gives it
        {"太仓港发物流有限公司", "31.459, 121.130"},
        {"常熟虞山纺织有限公司", ""},
        {"张家港沙洲钢管有限公司", "31.87"},
    };
    const ImportPlan plan = ImportPlan::build(rows, ColumnMapping::guess(rows[0]));
    ASSERT_EQ(plan.customers().size(), 4u);
    const auto& kunshan = customerNamed(plan, "昆山华通电子有限公司").row.customer();
    ASSERT_TRUE(kunshan.has_location());
    EXPECT_DOUBLE_EQ(kunshan.location().latitude(), 31.385763);
    EXPECT_DOUBLE_EQ(kunshan.location().longitude(), 120.980512);
    EXPECT_DOUBLE_EQ(customerNamed(plan, "太仓港发物流有限公司").row.customer().location().latitude(), 31.459);
    EXPECT_FALSE(customerNamed(plan, "常熟虞山纺织有限公司").row.customer().has_location());
    EXPECT_EQ(problemFields(plan, 5), std::set<ImportField>{ImportField::Location});
    EXPECT_EQ(plan.badCustomerCount(), 1);
}

TEST(ImportPlan, AProductNeedsItsLicenceTypeAndAMappingNeedsTheName)
{
    const QList<QStringList> rows{{"客户名称", "产品", "版本"}, {"广州鑫达精密机械有限公司", "用友U8+", "V13.0"}};
    const ImportPlan plan = ImportPlan::build(rows, ColumnMapping::guess(rows[0]));
    EXPECT_EQ(problemFields(plan, 2), std::set<ImportField>{ImportField::LicenceType});

    EXPECT_TRUE(ImportPlan::mappingProblem(ColumnMapping::guess({"客户名称"})).isEmpty());
    EXPECT_FALSE(ImportPlan::mappingProblem(ColumnMapping::guess({"联系人", "手机"})).isEmpty());
}

TEST(ImportChunks, ChunksStayUnderTheBudgetAndKeepEveryRowInOrder)
{
    std::vector<ImportRow> rows;
    for (int i = 0; i < 5000; ++i) {
        ImportRow row;
        row.set_row_number(i + 2);
        row.mutable_customer()->set_name("广州鑫达精密机械有限公司第" + std::to_string(i) + "分厂");
        row.mutable_customer()->set_address(std::string(60, 'x'));
        auto* contact = row.add_contacts();
        contact->set_name("陈国华");
        contact->set_mobile("13902281234");
        rows.push_back(row);
    }
    const auto chunks = chunkImport("import-1", rows);
    ASSERT_GT(chunks.size(), 1u);
    int next = 2;
    for (const auto& chunk : chunks) {
        EXPECT_EQ(chunk.import_id(), "import-1");
        EXPECT_LE(chunk.ByteSizeLong(), kStageChunkBytes);
        laoke::protocol::Envelope envelope;
        envelope.set_request_id(1);
        *envelope.mutable_stage_import() = chunk;
        EXPECT_LT(laoke::protocol::encodeFrame(envelope).size(), laoke::protocol::kDefaultMaxFrameBytes);
        for (const ImportRow& row : chunk.rows()) {
            EXPECT_EQ(row.row_number(), next++);
        }
    }
    EXPECT_EQ(next, 5002);
    EXPECT_TRUE(chunkImport("x", {}).empty());
    EXPECT_NE(newImportId(), newImportId());
}

TEST(ImportReport, ErrorReportListsBadRowsAndImportsAgain)
{
    const SheetReadResult sheet = readData("customers-bad-rows.csv");
    const ImportPlan plan = planFor(sheet);

    laoke::protocol::ApplyImportReply reply;
    auto* duplicate = reply.add_results();
    duplicate->set_row_number(7);
    duplicate->set_outcome("skipped_duplicate");
    auto* created = reply.add_results();
    created->set_row_number(2);
    created->set_outcome("created");

    const QList<ReportLine> lines = ImportReport::lines(plan, &reply);
    QList<int> rows;
    for (const ReportLine& line : lines) {
        rows << line.rowNumber;
    }
    EXPECT_EQ(rows, (QList<int>{3, 4, 5, 6, 7}));
    EXPECT_EQ(lines.last().outcome, QStringLiteral("skipped_duplicate"));
    EXPECT_TRUE(lines[1].message.contains(QStringLiteral("宇宙业")));

    QTemporaryDir dir;
    for (const QString& name : {QStringLiteral("problems.xlsx"), QStringLiteral("problems.csv")}) {
        const QString path = dir.filePath(name);
        QString error;
        ASSERT_TRUE(ImportReport::write(path, sheet.rows, 0, lines, &error)) << error.toStdString();
        const SheetReadResult report = SpreadsheetReader::readFile(path);
        ASSERT_TRUE(report.ok) << report.error.toStdString();
        ASSERT_EQ(report.rows.size(), 6);
        EXPECT_EQ(report.rows[1].value(0), QStringLiteral("3"));
        EXPECT_EQ(report.rows[1].value(3), QStringLiteral("无锡永鑫精细化工有限公司"));
        // The explanation columns are not mapped, so the fixed file imports as before.
        const ImportPlan again = planFor(report);
        EXPECT_EQ(again.customers().size(), 5u);
        EXPECT_EQ(again.badCustomerCount(), 4);
    }
}
