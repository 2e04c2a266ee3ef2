// Matching what a spreadsheet says about a product to the catalogue: brand-less line names,
// versions with or without "V" and ".0" (Excel turns a typed 13.0 into 13), module names in
// any case, and the problems a preview shows when the catalogue lacks something.

#include "CatalogueMatcher.h"
#include "ColumnMapping.h"
#include "ImportPlan.h"

#include <gtest/gtest.h>

using namespace laoke::client::io;
using laoke::protocol::ProductLine;

namespace {

ProductLine line(const char* code, const char* name, std::initializer_list<const char*> versions,
                 std::initializer_list<const char*> modules)
{
    ProductLine result;
    result.set_code(code);
    result.set_name(name);
    for (const char* version : versions) result.add_versions()->set_name(version);
    for (const char* module : modules) result.add_modules()->set_name(module);
    return result;
}

CatalogueMatcher catalogue()
{
    return CatalogueMatcher({line("u8plus", "用友U8+", {"13.0", "16.1"}, {"总账", "UFO报表", "应收款管理"}),
                             line("tplus", "畅捷通T+", {"17.0"}, {"总账", "出纳管理"}),
                             line("kis_professional", "金蝶KIS专业版", {"V15.1"}, {"总账", "仓存"}),
                             line("xingkong", "金蝶云·星空", {}, {})});
}

}  // namespace

TEST(CatalogueMatcher, LinesByNameCodeOrWithoutTheBrand)
{
    const CatalogueMatcher matcher = catalogue();
    for (const char* spelling : {"用友U8+", "U8+", "u8plus", "用友 U8+", "Yonyou U8+"}) {
        const auto match = matcher.match(QString::fromUtf8(spelling), QStringLiteral("13.0"), {});
        EXPECT_EQ(match.field, CatalogueMatcher::Match::Field::None) << spelling << match.problem.toStdString();
        EXPECT_EQ(match.line, QStringLiteral("用友U8+")) << spelling;
    }
    EXPECT_EQ(matcher.match(QStringLiteral("KIS专业版"), QStringLiteral("15.1"), {}).line, QStringLiteral("金蝶KIS专业版"));
    EXPECT_EQ(matcher.match(QStringLiteral("星空"), QStringLiteral("1"), {}).line, QStringLiteral("金蝶云·星空"));
    EXPECT_EQ(matcher.match(QStringLiteral("U9 Cloud"), QStringLiteral("1.0"), {}).field,
              CatalogueMatcher::Match::Field::Line);
}

TEST(CatalogueMatcher, VersionsAsPeopleAndExcelWriteThem)
{
    const CatalogueMatcher matcher = catalogue();
    for (const char* spelling : {"13.0", "V13.0", "v13", "13"}) {
        EXPECT_EQ(matcher.match(QStringLiteral("U8+"), QString::fromUtf8(spelling), {}).version, QStringLiteral("13.0"))
            << spelling;
    }
    EXPECT_EQ(matcher.match(QStringLiteral("KIS专业版"), QStringLiteral("15.1"), {}).version, QStringLiteral("V15.1"));
    const auto missing = matcher.match(QStringLiteral("U8+"), QStringLiteral("15.0"), {});
    EXPECT_EQ(missing.field, CatalogueMatcher::Match::Field::Version);
    EXPECT_TRUE(missing.problem.contains(QStringLiteral("16.1"))) << missing.problem.toStdString();
    const auto none = matcher.match(QStringLiteral("星空"), QStringLiteral("V8.0"), {});
    EXPECT_EQ(none.field, CatalogueMatcher::Match::Field::Version);
    EXPECT_EQ(CatalogueMatcher::versionKey(QStringLiteral("V10.0")), QStringLiteral("10"));
}

TEST(CatalogueMatcher, ModulesTakeTheCatalogueSpelling)
{
    const CatalogueMatcher matcher = catalogue();
    const auto match = matcher.match(QStringLiteral("U8+"), QStringLiteral("13"), {"ufo报表", "总账"});
    EXPECT_EQ(match.field, CatalogueMatcher::Match::Field::None);
    EXPECT_EQ(match.modules, (QStringList{"UFO报表", "总账"}));
    const auto unknown = matcher.match(QStringLiteral("U8+"), QStringLiteral("13"), {"总账", "MES"});
    EXPECT_EQ(unknown.field, CatalogueMatcher::Match::Field::Modules);
    EXPECT_TRUE(unknown.problem.contains(QStringLiteral("MES")));
}

TEST(CatalogueMatcher, ThePlanSendsCatalogueNamesAndReportsWhatIsMissing)
{
    const QList<QStringList> rows{
        {"客户名称", "产品", "版本", "模块", "加密方式"},
        {"广州鑫达精密机械有限公司", "U8+", "13", "总账、ufo报表", "加密狗"},
        {"苏州恒泰电子科技有限公司", "T+", "16.0", "总账", "在线加密"},
    };
    const CatalogueMatcher matcher = catalogue();
    const ImportPlan plan = ImportPlan::build(rows, ColumnMapping::guess(rows[0]), 0, &matcher);
    ASSERT_EQ(plan.customers().size(), 2u);
    const auto& product = plan.customers()[0].row.products(0);
    EXPECT_EQ(product.product_line(), "用友U8+");
    EXPECT_EQ(product.product_version(), "13.0");
    EXPECT_EQ(product.modules(1), "UFO报表");
    EXPECT_TRUE(plan.customers()[0].ok());
    ASSERT_FALSE(plan.customers()[1].ok());
    EXPECT_EQ(plan.customers()[1].problems[0].field, ImportField::ProductVersion);
}
