#pragma once
// Reads CSV as RFC 4180 describes it (quoted fields with "" for a quote, line breaks inside
// quotes, CRLF or LF), after detecting the encoding. The separator is a comma, or a tab or
// semicolon when the first line has those and no comma (Excel's "Unicode text" and some
// European settings).

#include "SheetData.h"

#include <QCoreApplication>

namespace laoke::client::io {

class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    static SheetReadResult readFile(const QString& path);
    static SheetReadResult readBytes(const QByteArray& bytes);
    /// Parses already decoded text; a trailing line break does not make an extra row.
    static QList<QStringList> parse(const QString& text, QChar separator = QLatin1Char(','));
    static QChar guessSeparator(const QString& text);
};

}  // namespace laoke::client::io
