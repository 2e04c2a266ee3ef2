#pragma once
// Writes CSV for Excel: UTF-8 with a BOM (without it a Chinese Excel reads the file as GBK
// and shows mojibake), CRLF line ends, RFC 4180 quoting. Money is written as yuan with two
// decimals and no thousands separator, so Excel reads it as a number. A text cell that a
// spreadsheet would run as a formula (=, +, -, @, tab, CR first: CSV injection) gets a
// leading quote; the importer (CellValues::clean) drops it again.

#include "SheetWriter.h"

#include <QCoreApplication>
#include <QFile>

namespace laoke::client::io {

class CsvWriter : public SheetWriter {
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)
public:
    bool open(const QString& path, const QList<OutputColumn>& columns) override;
    bool writeRow(const QStringList& cells) override;
    bool close() override;
    QString error() const override { return m_error; }

    /// One field, quoted when it must be.
    static QString quoted(const QString& field);
    /// "=HYPERLINK(...)" -> "'=HYPERLINK(...)"; other text unchanged.
    static QString formulaSafe(const QString& text);
    /// Integer fen as "12800.00"; other text is returned unchanged.
    static QString yuanText(const QString& fen);
    /// A fraction as a percentage with one decimal: "0.853" -> "85.3%"; other text unchanged.
    static QString percentText(const QString& fraction);

private:
    bool writeLine(const QStringList& fields);

    QFile m_file;
    QList<OutputColumn> m_columns;
    QString m_error;
};

}  // namespace laoke::client::io
