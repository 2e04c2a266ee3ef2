// Reading CSV as partners' files come: RFC 4180 quoting, UTF-8 with and without BOM, GBK
// from a Chinese Excel, UTF-16 "Unicode text".

#include "CsvReader.h"
#include "TextEncoding.h"

#include <QStringDecoder>
#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace laoke::client::io;

namespace {

QString dataFile(const char* name)
{
    return QStringLiteral(LAOKE_TEST_DATA_DIR "/") + QString::fromLatin1(name);
}

}  // namespace

TEST(CsvReader, QuotedFieldsKeepCommasQuotesAndLineBreaks)
{
    const auto rows = CsvReader::parse(QStringLiteral("名称,地址\r\n\"鑫达, 机械\",\"金山大道\"\"88\"\"号\n2楼\"\r\n"));
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[1][0], QStringLiteral("鑫达, 机械"));
    EXPECT_EQ(rows[1][1], QStringLiteral("金山大道\"88\"号\n2楼"));
}

TEST(CsvReader, EmptyFieldsAndRowsArePreservedButNoPhantomLastRow)
{
    const auto rows = CsvReader::parse(QStringLiteral("a,,c\n\n,,\n"));
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[0], (QStringList{"a", "", "c"}));
    EXPECT_EQ(rows[1], QStringList{""});
    EXPECT_EQ(rows[2], (QStringList{"", "", ""}));
}

TEST(CsvReader, LastLineWithoutLineBreakIsRead)
{
    const auto rows = CsvReader::parse(QStringLiteral("a,b\n1,\"2\""));
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[1], (QStringList{"1", "2"}));
}

TEST(CsvReader, TabSeparatedWhenTheHeaderHasTabsAndNoCommas)
{
    EXPECT_EQ(CsvReader::guessSeparator(QStringLiteral("客户名称\t城市\nA,B公司\t广州")), QLatin1Char('\t'));
    EXPECT_EQ(CsvReader::guessSeparator(QStringLiteral("客户名称,城市\n")), QLatin1Char(','));
}

TEST(TextEncoding, BomUtf8PlainUtf8AndGb18030AreTellApart)
{
    const QString text = QStringLiteral("客户名称,城市\n广州鑫达,广州\n");
    const QByteArray utf8 = text.toUtf8();
    EXPECT_EQ(decodeText("\xEF\xBB\xBF" + utf8).encoding, QStringLiteral("UTF-8 BOM"));
    EXPECT_EQ(decodeText("\xEF\xBB\xBF" + utf8).text, text);
    EXPECT_EQ(decodeText(utf8).encoding, QStringLiteral("UTF-8"));

    QStringEncoder toGbk("GB18030");
    ASSERT_TRUE(toGbk.isValid()) << "Qt lacks GB18030 (built without ICU?)";
    const QByteArray gbk = toGbk.encode(text);
    const DecodedText decoded = decodeText(gbk);
    EXPECT_EQ(decoded.encoding, QStringLiteral("GB18030"));
    EXPECT_EQ(decoded.text, text);
}

TEST(TextEncoding, Utf16WithBomIsDecoded)
{
    QStringEncoder toUtf16(QStringConverter::Utf16LE);
    const QString text = QStringLiteral("名称\t城市\n");
    const QByteArray bytes = QByteArray("\xFF\xFE", 2) + QByteArray(toUtf16.encode(text));
    EXPECT_EQ(decodeText(bytes).text, text);
}

TEST(CsvReader, GbkFileFromAChineseExcelReadsCorrectly)
{
    const SheetReadResult result = CsvReader::readFile(dataFile("customers-gbk.csv"));
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_EQ(result.encoding, QStringLiteral("GB18030"));
    ASSERT_EQ(result.rows.size(), 5);
    EXPECT_EQ(result.rows[0][0], QStringLiteral("公司名称"));
    EXPECT_EQ(result.rows[1][0], QStringLiteral("东莞市永安五金制品有限公司"));
    // 镕 and 喆 are in GBK but not in GB2312: a GB2312 decoder would lose them.
    EXPECT_EQ(result.rows[1][9], QStringLiteral("何镕生"));
    EXPECT_EQ(result.rows[2][9], QStringLiteral("罗喆"));
    EXPECT_EQ(result.rows[3][15], QStringLiteral("总账,财务报表"));
}

TEST(CsvReader, MissingFileIsAnErrorNamingIt)
{
    const SheetReadResult result = CsvReader::readFile(QStringLiteral("/nonexistent/客户.csv"));
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.error.contains(QStringLiteral("/nonexistent/客户.csv")));
}
