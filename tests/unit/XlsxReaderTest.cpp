// Reading the .xlsx that LibreOffice Calc wrote (tests/data/customers-libreoffice.xlsx):
// shared strings, numbers without ".0", date cells as YYYY-MM-DD, empty cells in sparse rows.

#include "XlsxReader.h"

#include <gtest/gtest.h>

using namespace laoke::client::io;

namespace {

SheetReadResult readFixture()
{
    return XlsxReader::readFile(QStringLiteral(LAOKE_TEST_DATA_DIR "/customers-libreoffice.xlsx"));
}

}  // namespace

TEST(XlsxReader, LibreOfficeWorkbookHasItsHeaderAndAllRows)
{
    const SheetReadResult result = readFixture();
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    ASSERT_EQ(result.rows.size(), 11);
    EXPECT_EQ(result.rows[0].value(0), QStringLiteral("客户名称"));
    EXPECT_EQ(result.rows[0].value(25), QStringLiteral("备注"));
    EXPECT_EQ(result.rows[1].value(0), QStringLiteral("广州鑫达精密机械有限公司"));
    EXPECT_EQ(result.rows[1].value(8), QStringLiteral("番禺区石碁镇金山大道88号"));
}

TEST(XlsxReader, NumbersKeepAllDigitsAndDatesReadAsIsoDates)
{
    const SheetReadResult result = readFixture();
    ASSERT_TRUE(result.ok);
    const QStringList& row = result.rows[1];
    EXPECT_EQ(row.value(14), QStringLiteral("13902281234"));  // mobile stored as a number
    EXPECT_EQ(row.value(21), QStringLiteral("15"));           // seats
    EXPECT_EQ(row.value(23), QStringLiteral("2019-06-18"));   // go-live: a date cell
    EXPECT_EQ(row.value(24), QStringLiteral("2025-06-30"));
    EXPECT_EQ(row.value(2), QStringLiteral("91440101MA59BCDE3X"));
}

TEST(XlsxReader, EmptyCellsInSparseRowsStayInTheirColumns)
{
    const SheetReadResult result = readFixture();
    ASSERT_TRUE(result.ok);
    // Row 8: only the contact columns (M..Q) are filled, under a customer above.
    const QStringList& row = result.rows[7];
    EXPECT_TRUE(row.value(0).isEmpty());
    EXPECT_EQ(row.value(12), QStringLiteral("周丽"));
    EXPECT_EQ(row.value(13), QStringLiteral("出纳"));
    EXPECT_EQ(row.value(16), QStringLiteral("zhouli_rf"));
    // Row 11: an extra product of the customer above, contact columns empty.
    const QStringList& product = result.rows[10];
    EXPECT_TRUE(product.value(12).isEmpty());
    EXPECT_EQ(product.value(18), QStringLiteral("畅捷通T+"));
    EXPECT_EQ(product.value(22), QStringLiteral("云订阅"));
}

TEST(XlsxReader, SerialNumbersInBothDateSystems)
{
    EXPECT_EQ(XlsxReader::serialToDateText(43634), QStringLiteral("2019-06-18"));
    EXPECT_EQ(XlsxReader::serialToDateText(1), QStringLiteral("1900-01-01"));
    EXPECT_EQ(XlsxReader::serialToDateText(61), QStringLiteral("1900-03-01"));
    EXPECT_EQ(XlsxReader::serialToDateText(43634.5), QStringLiteral("2019-06-18 12:00"));
    EXPECT_EQ(XlsxReader::serialToDateText(42172, true), QStringLiteral("2019-06-18"));
}

TEST(XlsxReader, DateFormatsAreRecognisedAndOthersAreNot)
{
    EXPECT_TRUE(XlsxReader::isDateFormat(14, {}));
    EXPECT_TRUE(XlsxReader::isDateFormat(31, {}));  // yyyy"年"m"月"d"日" in the zh_CN locale
    EXPECT_TRUE(XlsxReader::isDateFormat(165, QStringLiteral("yyyy\\-mm\\-dd")));
    EXPECT_TRUE(XlsxReader::isDateFormat(176, QStringLiteral("[$-804]yyyy\"年\"m\"月\"d\"日\";@")));
    EXPECT_FALSE(XlsxReader::isDateFormat(0, {}));
    EXPECT_FALSE(XlsxReader::isDateFormat(164, QStringLiteral("General")));
    EXPECT_FALSE(XlsxReader::isDateFormat(177, QStringLiteral("#,##0.00\"元\"")));
    EXPECT_FALSE(XlsxReader::isDateFormat(178, QStringLiteral("[Red]0.00")));
}

TEST(XlsxReader, ColumnLettersToIndex)
{
    EXPECT_EQ(XlsxReader::columnOf(u"A1"), 0);
    EXPECT_EQ(XlsxReader::columnOf(u"Z11"), 25);
    EXPECT_EQ(XlsxReader::columnOf(u"AA3"), 26);
    EXPECT_EQ(XlsxReader::columnOf(u"12"), -1);
}

TEST(XlsxReader, AFileThatIsNotAWorkbookIsAnError)
{
    const SheetReadResult result =
        XlsxReader::readFile(QStringLiteral(LAOKE_TEST_DATA_DIR "/customers-bad-rows.csv"));
    EXPECT_FALSE(result.ok);
    EXPECT_FALSE(result.error.isEmpty());
}
