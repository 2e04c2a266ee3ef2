// The writers, checked by reading their files back: .xlsx through XlsxReader (and its XML for
// the bold frozen header), .csv through CsvReader (and its bytes for the BOM Excel needs).

#include "CellValues.h"
#include "CsvReader.h"
#include "CsvWriter.h"
#include "SpreadsheetWriter.h"
#include "XlsxReader.h"
#include "XlsxWriter.h"
#include "ZipReader.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace laoke::client::io;

namespace {

const QList<OutputColumn> kColumns{
    {QStringLiteral("客户编码"), CellKind::Text, 12},
    {QStringLiteral("客户名称"), CellKind::Text, 36},
    {QStringLiteral("站点数"), CellKind::Integer, 8},
    {QStringLiteral("合同金额"), CellKind::Money, 14},
    {QStringLiteral("服务到期"), CellKind::Date, 12},
    {QStringLiteral("更新时间"), CellKind::DateTime, 17},
};

const QList<QStringList> kRows{
    {"KH000123", "广州鑫达精密机械有限公司", "15", "1280000", "2025-06-30", "2024-11-05 14:30"},
    {"13800138000", "南京金泰, \"东楼\"\n3层", "0", "12345", "", ""},
    {"KH000125", "", "", "", "2026-01-31", ""},
};

QByteArray zipEntry(const QString& path, const QString& entry)
{
    ZipReader zip(path);
    return zip.read(entry).value_or(QByteArray());
}

bool writeAll(SheetWriter& writer, const QString& path)
{
    if (!writer.open(path, kColumns)) {
        return false;
    }
    for (const QStringList& row : kRows) {
        if (!writer.writeRow(row)) {
            return false;
        }
    }
    return writer.close();
}

}  // namespace

TEST(XlsxWriter, WrittenWorkbookReadsBackWithTypedCells)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("客户导出.xlsx"));
    XlsxWriter writer(QStringLiteral("客户"));
    ASSERT_TRUE(writeAll(writer, path)) << writer.error().toStdString();

    const SheetReadResult result = XlsxReader::readFile(path);
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    ASSERT_EQ(result.rows.size(), 4);
    EXPECT_EQ(result.rows[0], (QStringList{"客户编码", "客户名称", "站点数", "合同金额", "服务到期", "更新时间"}));
    EXPECT_EQ(result.rows[1], (QStringList{"KH000123", "广州鑫达精密机械有限公司", "15", "12800", "2025-06-30",
                                           "2024-11-05 14:30"}));
    // Text that looks like a number stays text with every digit; money is yuan.
    EXPECT_EQ(result.rows[2].value(0), QStringLiteral("13800138000"));
    EXPECT_EQ(result.rows[2].value(1), QStringLiteral("南京金泰, \"东楼\"\n3层"));
    EXPECT_EQ(result.rows[2].value(3), QStringLiteral("123.45"));
    EXPECT_TRUE(result.rows[3].value(1).isEmpty());
    EXPECT_EQ(result.rows[3].value(4), QStringLiteral("2026-01-31"));
}

TEST(XlsxWriter, HeaderIsBoldAndFrozenWithWidthsAndMoneyFormat)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.xlsx"));
    XlsxWriter writer;
    ASSERT_TRUE(writeAll(writer, path));
    const QString sheet = QString::fromUtf8(zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml")));
    const QString styles = QString::fromUtf8(zipEntry(path, QStringLiteral("xl/styles.xml")));
    EXPECT_TRUE(sheet.contains(QStringLiteral("state=\"frozen\""))) << sheet.toStdString();
    EXPECT_TRUE(sheet.contains(QStringLiteral("ySplit=\"1\"")));
    EXPECT_TRUE(sheet.contains(QStringLiteral("width=\"36.")) || sheet.contains(QStringLiteral("width=\"36\"")));
    EXPECT_TRUE(sheet.contains(QStringLiteral("<autoFilter")));
    EXPECT_TRUE(styles.contains(QStringLiteral("<b/>")));
    EXPECT_TRUE(styles.contains(QStringLiteral("¥#,##0.00")));
    EXPECT_TRUE(styles.contains(QStringLiteral("yyyy-mm-dd")));
}

TEST(XlsxWriter, ManyRowsStreamToDisk)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("many.xlsx"));
    XlsxWriter writer;
    ASSERT_TRUE(writer.open(path, kColumns));
    for (int i = 0; i < 20000; ++i) {
        ASSERT_TRUE(writer.writeRow({QStringLiteral("KH%1").arg(i, 6, 10, QLatin1Char('0')), QStringLiteral("客户%1").arg(i),
                                     QString::number(i % 50), QString::number(i * 100), "2025-01-01", ""}));
    }
    ASSERT_TRUE(writer.close());
    const SheetReadResult result = XlsxReader::readFile(path);
    ASSERT_TRUE(result.ok);
    ASSERT_EQ(result.rows.size(), 20001);
    EXPECT_EQ(result.rows[20000].value(0), QStringLiteral("KH019999"));
    EXPECT_EQ(result.rows[20000].value(3), QStringLiteral("19999"));
}

TEST(CsvWriter, Utf8WithBomAndQuotingReadsBack)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    CsvWriter writer;
    ASSERT_TRUE(writeAll(writer, path)) << writer.error().toStdString();

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(bytes.contains("\r\n"));

    const SheetReadResult result = CsvReader::readFile(path);
    ASSERT_TRUE(result.ok);
    EXPECT_EQ(result.encoding, QStringLiteral("UTF-8 BOM"));
    ASSERT_EQ(result.rows.size(), 4);
    EXPECT_EQ(result.rows[1], (QStringList{"KH000123", "广州鑫达精密机械有限公司", "15", "12800.00", "2025-06-30",
                                           "2024-11-05 14:30"}));
    EXPECT_EQ(result.rows[2].value(1), QStringLiteral("南京金泰, \"东楼\"\n3层"));
    EXPECT_EQ(result.rows[2].value(3), QStringLiteral("123.45"));
}

TEST(CsvWriter, YuanTextOfFen)
{
    EXPECT_EQ(CsvWriter::yuanText(QStringLiteral("1280000")), QStringLiteral("12800.00"));
    EXPECT_EQ(CsvWriter::yuanText(QStringLiteral("5")), QStringLiteral("0.05"));
    EXPECT_EQ(CsvWriter::yuanText(QStringLiteral("-150")), QStringLiteral("-1.50"));
    EXPECT_EQ(CsvWriter::yuanText(QStringLiteral("")), QStringLiteral(""));
}

TEST(SpreadsheetWriter, ChoosesByExtensionAndRefusesOthers)
{
    EXPECT_NE(dynamic_cast<XlsxWriter*>(SpreadsheetWriter::forPath(QStringLiteral("a.XLSX")).get()), nullptr);
    EXPECT_NE(dynamic_cast<CsvWriter*>(SpreadsheetWriter::forPath(QStringLiteral("a.csv")).get()), nullptr);
    EXPECT_EQ(SpreadsheetWriter::forPath(QStringLiteral("a.xls")), nullptr);
}

TEST(CsvWriter, UnwritablePathIsAnError)
{
    CsvWriter writer;
    EXPECT_FALSE(writer.open(QStringLiteral("/nonexistent-dir/x.csv"), kColumns));
    EXPECT_FALSE(writer.error().isEmpty());
}

TEST(CsvWriter, TextThatASpreadsheetWouldRunAsAFormulaIsQuotedAndReadsBackUnchanged)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("formula.csv"));
    const QList<OutputColumn> columns{{QStringLiteral("客户名称"), CellKind::Text, 20},
                                      {QStringLiteral("站点数"), CellKind::Integer, 8}};
    CsvWriter writer;
    ASSERT_TRUE(writer.open(path, columns));
    ASSERT_TRUE(writer.writeRow({QStringLiteral("=HYPERLINK(\"http://x\",\"点我\")"), QStringLiteral("-3")}));
    ASSERT_TRUE(writer.writeRow({QStringLiteral("@SUM(A1)"), QStringLiteral("4")}));
    ASSERT_TRUE(writer.writeRow({QStringLiteral("北京-海淀"), QStringLiteral("5")}));
    ASSERT_TRUE(writer.close());

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\",-3")));
    EXPECT_TRUE(text.contains(QStringLiteral("'@SUM(A1),4")));
    EXPECT_TRUE(text.contains(QStringLiteral("北京-海淀,5")));

    const SheetReadResult result = CsvReader::readFile(path);
    ASSERT_TRUE(result.ok);
    ASSERT_EQ(result.rows.size(), 4);
    EXPECT_EQ(CellValues::clean(result.rows[1].value(0)), QStringLiteral("=HYPERLINK(\"http://x\",\"点我\")"));
    EXPECT_EQ(CellValues::clean(result.rows[2].value(0)), QStringLiteral("@SUM(A1)"));
    EXPECT_EQ(CellValues::clean(QStringLiteral("'Tom's")), QStringLiteral("'Tom's"));
}
