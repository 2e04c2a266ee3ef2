#include "XlsxWriter.h"

#include <xlsxwriter.h>

#include <QDate>
#include <QDateTime>
#include <QFile>

namespace laoke::client::io {

XlsxWriter::XlsxWriter(QString sheetName)
    : m_sheetName(std::move(sheetName))
{
}

XlsxWriter::~XlsxWriter()
{
    if (m_workbook) {
        workbook_close(m_workbook);
    }
}

bool XlsxWriter::open(const QString& path, const QList<OutputColumn>& columns)
{
    m_path = path;
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    const QByteArray file = QFile::encodeName(path);
    m_workbook = workbook_new_opt(file.constData(), &options);
    if (!m_workbook) {
        m_error = tr("cannot write %1").arg(path);
        return false;
    }
    m_header = workbook_add_format(m_workbook);
    format_set_bold(m_header);
    format_set_bg_color(m_header, 0xE8EEF7);
    format_set_bottom(m_header, LXW_BORDER_THIN);
    m_date = workbook_add_format(m_workbook);
    format_set_num_format(m_date, "yyyy-mm-dd");
    m_dateTime = workbook_add_format(m_workbook);
    format_set_num_format(m_dateTime, "yyyy-mm-dd hh:mm");
    m_money = workbook_add_format(m_workbook);
    format_set_num_format(m_money, "\xC2\xA5#,##0.00");  // ¥12,800.00
    m_percent = workbook_add_format(m_workbook);
    format_set_num_format(m_percent, "0.0%");
    m_decimal = workbook_add_format(m_workbook);
    format_set_num_format(m_decimal, "0.00");
    return startSheet(m_sheetName, columns);
}

bool XlsxWriter::addSheet(const QString& name, const QList<OutputColumn>& columns)
{
    if (!m_workbook) {
        return false;
    }
    finishSheet();
    return startSheet(name, columns);
}

bool XlsxWriter::startSheet(const QString& name, const QList<OutputColumn>& columns)
{
    m_columns = columns;
    const QByteArray sheetName = name.left(31).toUtf8();
    m_sheet = workbook_add_worksheet(m_workbook, name.isEmpty() ? nullptr : sheetName.constData());
    if (!m_sheet) {
        m_error = tr("cannot write %1").arg(m_path);
        return false;
    }
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const auto column = static_cast<lxw_col_t>(i);
        if (!check(worksheet_set_column(m_sheet, column, column, columns.at(i).width, nullptr), "set_column")) {
            return false;
        }
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QByteArray title = columns.at(i).title.toUtf8();
        if (!check(worksheet_write_string(m_sheet, 0, static_cast<lxw_col_t>(i), title.constData(), m_header),
                   "write_string")) {
            return false;
        }
    }
    m_row = 0;
    return true;
}

bool XlsxWriter::writeRow(const QStringList& cells)
{
    if (!m_sheet) {
        return false;
    }
    if (m_row >= kMaxDataRows) {
        m_error = tr("an .xlsx sheet holds at most %L1 rows; export to .csv instead").arg(kMaxDataRows);
        return false;
    }
    ++m_row;
    const auto row = static_cast<lxw_row_t>(m_row);
    for (qsizetype i = 0; i < m_columns.size() && i < cells.size(); ++i) {
        const QString& cell = cells.at(i);
        if (cell.isEmpty()) {
            continue;
        }
        const auto column = static_cast<lxw_col_t>(i);
        int result = LXW_NO_ERROR;
        bool written = false;
        switch (m_columns.at(i).kind) {
        case CellKind::Date: {
            const QDate date = QDate::fromString(cell, QStringLiteral("yyyy-MM-dd"));
            if (date.isValid()) {
                lxw_datetime value{date.year(), date.month(), date.day(), 0, 0, 0};
                result = worksheet_write_datetime(m_sheet, row, column, &value, m_date);
                written = true;
            }
            break;
        }
        case CellKind::DateTime: {
            const QDateTime time = QDateTime::fromString(cell, QStringLiteral("yyyy-MM-dd HH:mm"));
            if (time.isValid()) {
                lxw_datetime value{time.date().year(), time.date().month(), time.date().day(),
                                   time.time().hour(), time.time().minute(), 0};
                result = worksheet_write_datetime(m_sheet, row, column, &value, m_dateTime);
                written = true;
            }
            break;
        }
        case CellKind::Money: {
            bool ok = false;
            const qint64 fen = cell.toLongLong(&ok);
            if (ok) {
                result = worksheet_write_number(m_sheet, row, column, static_cast<double>(fen) / 100.0, m_money);
                written = true;
            }
            break;
        }
        case CellKind::Percent:
        case CellKind::Decimal: {
            bool ok = false;
            const double value = cell.toDouble(&ok);
            if (ok) {
                lxw_format* format = m_columns.at(i).kind == CellKind::Percent ? m_percent : m_decimal;
                result = worksheet_write_number(m_sheet, row, column, value, format);
                written = true;
            }
            break;
        }
        case CellKind::Integer: {
            bool ok = false;
            const qint64 value = cell.toLongLong(&ok);
            if (ok) {
                result = worksheet_write_number(m_sheet, row, column, static_cast<double>(value), nullptr);
                written = true;
            }
            break;
        }
        case CellKind::Text:
            break;
        }
        if (!written) {
            const QByteArray text = cell.toUtf8();
            result = worksheet_write_string(m_sheet, row, column, text.constData(), nullptr);
        }
        if (!check(result, "write")) {
            return false;
        }
    }
    return true;
}

bool XlsxWriter::close()
{
    if (!m_workbook) {
        return m_error.isEmpty();
    }
    finishSheet();
    const lxw_error result = workbook_close(m_workbook);
    m_workbook = nullptr;
    m_sheet = nullptr;
    if (result != LXW_NO_ERROR) {
        m_error = tr("cannot write %1: %2").arg(m_path, QString::fromUtf8(lxw_strerror(result)));
        return false;
    }
    return m_error.isEmpty();
}

void XlsxWriter::finishSheet()
{
    if (m_sheet && !m_columns.isEmpty()) {
        worksheet_autofilter(m_sheet, 0, 0, static_cast<lxw_row_t>(m_row),
                             static_cast<lxw_col_t>(m_columns.size() - 1));
    }
}

bool XlsxWriter::check(int result, const char* what)
{
    if (result == LXW_NO_ERROR) {
        return true;
    }
    m_error = tr("cannot write %1: %2").arg(m_path, QString::fromUtf8(lxw_strerror(static_cast<lxw_error>(result))));
    Q_UNUSED(what);
    return false;
}

}  // namespace laoke::client::io
