#pragma once
// Writes an .xlsx workbook with libxlsxwriter in its constant-memory mode (rows go straight
// to disk): a bold, frozen header row with an auto-filter, column widths, dates and
// date-times as real date cells, money as numbers in yuan shown as ¥12,800.00, integers as
// numbers, shares as percentages, and everything else as text (so codes and phone numbers
// keep their digits). A workbook may hold several sheets (addSheet), each written in turn.

#include "SheetWriter.h"

#include <QCoreApplication>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace laoke::client::io {

class XlsxWriter : public SheetWriter {
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)
public:
    /// Excel's limit: 1,048,576 rows including the header.
    static constexpr int kMaxDataRows = 1048575;

    explicit XlsxWriter(QString sheetName = QString());
    ~XlsxWriter() override;

    bool open(const QString& path, const QList<OutputColumn>& columns) override;
    /// Finishes the current sheet and starts another, named `name` (at most 31 characters),
    /// with its own header row; the rows written next go to it.
    bool addSheet(const QString& name, const QList<OutputColumn>& columns);
    bool writeRow(const QStringList& cells) override;
    bool close() override;
    QString error() const override { return m_error; }

private:
    bool check(int result, const char* what);
    bool startSheet(const QString& name, const QList<OutputColumn>& columns);
    void finishSheet();

    QString m_sheetName;
    QString m_path;
    QList<OutputColumn> m_columns;
    lxw_workbook* m_workbook = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    lxw_format* m_header = nullptr;
    lxw_format* m_date = nullptr;
    lxw_format* m_dateTime = nullptr;
    lxw_format* m_money = nullptr;
    lxw_format* m_percent = nullptr;
    lxw_format* m_decimal = nullptr;
    int m_row = 0;
    QString m_error;
};

}  // namespace laoke::client::io
