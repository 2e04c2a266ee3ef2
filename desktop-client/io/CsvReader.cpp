#include "CsvReader.h"

#include "TextEncoding.h"

#include <QFile>

namespace laoke::client::io {

SheetReadResult CsvReader::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        SheetReadResult result;
        result.error = tr("cannot open %1: %2").arg(path, file.errorString());
        return result;
    }
    return readBytes(file.readAll());
}

SheetReadResult CsvReader::readBytes(const QByteArray& bytes)
{
    const DecodedText decoded = decodeText(bytes);
    SheetReadResult result;
    result.ok = true;
    result.encoding = decoded.encoding;
    result.rows = parse(decoded.text, guessSeparator(decoded.text));
    return result;
}

QChar CsvReader::guessSeparator(const QString& text)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    const QStringView firstLine = QStringView(text).left(end < 0 ? text.size() : end);
    if (firstLine.contains(QLatin1Char(','))) {
        return QLatin1Char(',');
    }
    if (firstLine.contains(QLatin1Char('\t'))) {
        return QLatin1Char('\t');
    }
    if (firstLine.contains(QLatin1Char(';'))) {
        return QLatin1Char(';');
    }
    return QLatin1Char(',');
}

QList<QStringList> CsvReader::parse(const QString& text, QChar separator)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;       // inside a quoted field
    bool rowStarted = false;   // anything seen since the last line break
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
            rowStarted = true;
        } else if (c == separator) {
            row << field;
            field.clear();
            rowStarted = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) {
                ++i;
            }
            row << field;
            rows << row;
            row.clear();
            field.clear();
            rowStarted = false;
        } else {
            // A quote in the middle of an unquoted field is kept as it is (lenient, as Excel).
            field += c;
            rowStarted = true;
        }
    }
    if (rowStarted || !field.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

}  // namespace laoke::client::io
