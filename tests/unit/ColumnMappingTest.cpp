// Guessing what each column holds from Chinese and English headers, and reading coded values
// written in Chinese.

#include "CellValues.h"
#include "ColumnMapping.h"
#include "ValueCodes.h"

#include <gtest/gtest.h>

using namespace laoke::client::io;

TEST(ColumnMapping, ChineseHeadersOfAPartnersSheet)
{
    const ColumnMapping mapping = ColumnMapping::guess(
        {"客户名称", "简称", "客户编码", "统一社会信用代码", "行业", "规模", "省份", "城市", "区县", "地址", "客户经理",
         "状态", "等级", "备注", "联系人", "职务", "手机", "电话", "微信", "邮箱", "产品线", "版本", "模块", "站点数",
         "加密方式", "上线日期", "服务到期日"});
    const QList<ImportField> expected{
        ImportField::CustomerName, ImportField::ShortName, ImportField::CustomerCode, ImportField::CreditCode,
        ImportField::Industry, ImportField::SizeClass, ImportField::Province, ImportField::City, ImportField::District,
        ImportField::Address, ImportField::Owner, ImportField::Status, ImportField::Grade, ImportField::Notes,
        ImportField::ContactName, ImportField::ContactTitle, ImportField::ContactMobile, ImportField::ContactPhone,
        ImportField::ContactWechat, ImportField::ContactEmail, ImportField::ProductLine, ImportField::ProductVersion,
        ImportField::Modules, ImportField::Seats, ImportField::LicenceType, ImportField::GoLiveOn,
        ImportField::ServiceEndOn};
    EXPECT_EQ(mapping.fields(), expected);
}

TEST(ColumnMapping, OtherSpellingsMarkersAndEnglish)
{
    EXPECT_EQ(ColumnMapping::fieldForHeader(QStringLiteral("公司名称")), ImportField::CustomerName);
    EXPECT_EQ(ColumnMapping::fieldForHeader(QStringLiteral("* 客户名称（必填）")), ImportField::CustomerName);
    EXPECT_EQ(ColumnMapping::fieldForHeader(QStringLiteral("省")), ImportField::Province);
    EXPECT_EQ(ColumnMapping::fieldForHeader(QStringLiteral("市")), ImportField::City);
    EXPECT_EQ(ColumnMapping::fieldForHeader(QStringLiteral("负责人")), ImportField::Owner);
    EXPECT_EQ(ColumnMapping::fieldForHeader(QStringLiteral("联系人姓名")), ImportField::ContactName);
    EXPECT_EQ(ColumnMapping::fieldForHeader(QStringLiteral("手机号码")), ImportField::ContactMobile);
    EXPECT_EQ(ColumnMapping::fieldForHeader(QStringLiteral("产品")), ImportField::ProductLine);
    EXPECT_EQ(ColumnMapping::fieldForHeader(QStringLiteral("服务到期")), ImportField::ServiceEndOn);
    EXPECT_EQ(ColumnMapping::fieldForHeader(QStringLiteral("Customer name")), ImportField::CustomerName);
    EXPECT_EQ(ColumnMapping::fieldForHeader(QStringLiteral("E-mail")), ImportField::ContactEmail);
    EXPECT_EQ(ColumnMapping::fieldForHeader(QStringLiteral("Service end date")), ImportField::ServiceEndOn);
    EXPECT_EQ(ColumnMapping::fieldForHeader(QStringLiteral("Unified social credit code")), ImportField::CreditCode);
    EXPECT_EQ(ColumnMapping::fieldForHeader(QStringLiteral("开票信息")), ImportField::Ignore);
    EXPECT_EQ(ColumnMapping::fieldForHeader(QString()), ImportField::Ignore);
}

TEST(ColumnMapping, ASecondColumnWithTheSameMeaningIsLeftOut)
{
    const ColumnMapping mapping = ColumnMapping::guess({"客户名称", "公司名称", "手机"});
    EXPECT_EQ(mapping.field(0), ImportField::CustomerName);
    EXPECT_EQ(mapping.field(1), ImportField::Ignore);
    EXPECT_EQ(mapping.field(2), ImportField::ContactMobile);
}

TEST(ColumnMapping, SettingAFieldTakesItFromItsPreviousColumn)
{
    ColumnMapping mapping = ColumnMapping::guess({"客户名称", "公司名称"});
    mapping.set(1, ImportField::CustomerName);
    EXPECT_EQ(mapping.field(0), ImportField::Ignore);
    EXPECT_EQ(mapping.field(1), ImportField::CustomerName);
    EXPECT_EQ(mapping.columnOf(ImportField::CustomerName), 1);
    mapping.set(4, ImportField::Notes);
    EXPECT_EQ(mapping.columnCount(), 5);
}

TEST(ValueCodes, ChineseNamesShortFormsEnglishAndCodes)
{
    EXPECT_EQ(ValueCodes::codeFor(CodedField::Industry, QStringLiteral("制造业")), QStringLiteral("C"));
    EXPECT_EQ(ValueCodes::codeFor(CodedField::Industry, QStringLiteral("制造")), QStringLiteral("C"));
    EXPECT_EQ(ValueCodes::codeFor(CodedField::Industry, QStringLiteral("C 制造业")), QStringLiteral("C"));
    EXPECT_EQ(ValueCodes::codeFor(CodedField::Industry, QStringLiteral("Manufacturing")), QStringLiteral("C"));
    EXPECT_EQ(ValueCodes::codeFor(CodedField::Industry, QStringLiteral("c")), QStringLiteral("C"));
    EXPECT_EQ(ValueCodes::codeFor(CodedField::Industry, QStringLiteral("批发零售")), QStringLiteral("F"));
    EXPECT_EQ(ValueCodes::codeFor(CodedField::Industry, QStringLiteral("信息传输、软件和信息技术服务业")), QStringLiteral("I"));
    EXPECT_EQ(ValueCodes::codeFor(CodedField::SizeClass, QStringLiteral("中型")), QStringLiteral("medium"));
    EXPECT_EQ(ValueCodes::codeFor(CodedField::Status, QStringLiteral("活跃")), QStringLiteral("active"));
    EXPECT_EQ(ValueCodes::codeFor(CodedField::Status, QStringLiteral("流失")), QStringLiteral("lost"));
    EXPECT_EQ(ValueCodes::codeFor(CodedField::Grade, QStringLiteral("A级")), QStringLiteral("A"));
    EXPECT_EQ(ValueCodes::codeFor(CodedField::Grade, QStringLiteral("未评级")), QString());
    EXPECT_EQ(ValueCodes::codeFor(CodedField::LicenceType, QStringLiteral("加密狗")), QStringLiteral("dongle"));
    EXPECT_EQ(ValueCodes::codeFor(CodedField::LicenceType, QStringLiteral("在线加密")), QStringLiteral("online"));
    EXPECT_EQ(ValueCodes::codeFor(CodedField::ContactRole, QStringLiteral("账套主管")), QStringLiteral("chief_accountant"));
    EXPECT_EQ(ValueCodes::codeFor(CodedField::ContactRole, QStringLiteral("总经理")), QStringLiteral("boss"));
    EXPECT_EQ(ValueCodes::codeFor(CodedField::Source, QStringLiteral("转介绍")), QStringLiteral("referral"));
    EXPECT_EQ(ValueCodes::codeFor(CodedField::Industry, QString()), QString());
    EXPECT_FALSE(ValueCodes::codeFor(CodedField::Industry, QStringLiteral("宇宙业")).has_value());
}

TEST(ValueCodes, DisplayNamesAreRecognisedAgain)
{
    for (const CodedField field : {CodedField::Industry, CodedField::SizeClass, CodedField::Status, CodedField::Source,
                                   CodedField::ContactRole, CodedField::DecisionRole, CodedField::LicenceType}) {
        for (const QString& name : ValueCodes::displayNames(field)) {
            const auto code = ValueCodes::codeFor(field, name);
            ASSERT_TRUE(code.has_value()) << name.toStdString();
            EXPECT_EQ(ValueCodes::displayName(field, *code), name);
        }
    }
}

TEST(CellValues, DatesAsChineseUsersWriteThem)
{
    EXPECT_EQ(CellValues::isoDate(QStringLiteral("2024-03-05")), QStringLiteral("2024-03-05"));
    EXPECT_EQ(CellValues::isoDate(QStringLiteral("2024/3/5")), QStringLiteral("2024-03-05"));
    EXPECT_EQ(CellValues::isoDate(QStringLiteral("2024.3.5")), QStringLiteral("2024-03-05"));
    EXPECT_EQ(CellValues::isoDate(QStringLiteral("2024年3月5日")), QStringLiteral("2024-03-05"));
    EXPECT_EQ(CellValues::isoDate(QStringLiteral("20240305")), QStringLiteral("2024-03-05"));
    EXPECT_EQ(CellValues::isoDate(QStringLiteral(" 2024-03-05 14:30 ")), QStringLiteral("2024-03-05"));
    EXPECT_EQ(CellValues::isoDate(QString()), QString());
    EXPECT_FALSE(CellValues::isoDate(QStringLiteral("2025-02-30")).has_value());
    EXPECT_FALSE(CellValues::isoDate(QStringLiteral("明年")).has_value());
}

TEST(CellValues, CountsListsAndPhones)
{
    EXPECT_EQ(CellValues::count(QStringLiteral("25")), 25);
    EXPECT_EQ(CellValues::count(QStringLiteral("25个")), 25);
    EXPECT_EQ(CellValues::count(QStringLiteral("25 站点")), 25);
    EXPECT_EQ(CellValues::count(QStringLiteral("25.0")), 25);
    EXPECT_EQ(CellValues::count(QString()), 0);
    EXPECT_FALSE(CellValues::count(QStringLiteral("两个")).has_value());
    EXPECT_EQ(CellValues::list(QStringLiteral("总账、UFO报表, 应收款管理；固定资产;总账")),
              (QStringList{"总账", "UFO报表", "应收款管理", "固定资产"}));
    EXPECT_EQ(CellValues::phone(QStringLiteral("+86 139 0228 1234")), QStringLiteral("13902281234"));
    EXPECT_EQ(CellValues::clean(QStringLiteral("\u3000广州\u00a0 ")), QStringLiteral("广州"));
}
