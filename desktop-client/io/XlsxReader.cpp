#include "XlsxReader.h"

#include "ZipReader.h"

#include <QDate>
#include <QHash>
#include <QTime>
#include <QXmlStreamReader>

#include <cmath>
#include <optional>

namespace laoke::client::io {

namespace {

struct Workbook {
    QString firstSheetPath;  ///< inside the archive, e.g. "xl/worksheets/sheet1.xml"
    bool date1904 = false;
};

/// Finds the first sheet in workbook order and resolves its relationship target.
std::optional<Workbook> readWorkbook(ZipReader& zip)
{
    const auto workbookXml = zip.read(QStringLiteral("xl/workbook.xml"));
    const auto relsXml = zip.read(QStringLiteral("xl/_rels/workbook.xml.rels"));
    if (!workbookXml || !relsXml) {
        return std::nullopt;
    }
    Workbook workbook;
    QString sheetRelation;
    QXmlStreamReader xml(*workbookXml);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == u"workbookPr") {
            const auto value = xml.attributes().value(QStringLiteral("date1904"));
            workbook.date1904 = value == u"1" || value == u"true";
        } else if (xml.name() == u"sheet" && sheetRelation.isEmpty()) {
            for (const QXmlStreamAttribute& attribute : xml.attributes()) {
                // r:id, whatever prefix the writer bound to the relationships namespace.
                if (attribute.name() == u"id") {
                    sheetRelation = attribute.value().toString();
                }
            }
        }
    }
    if (sheetRelation.isEmpty()) {
        return std::nullopt;
    }
    QXmlStreamReader rels(*relsXml);
    while (!rels.atEnd()) {
        rels.readNext();
        if (rels.isStartElement() && rels.name() == u"Relationship"
            && rels.attributes().value(QStringLiteral("Id")) == sheetRelation) {
            QString target = rels.attributes().value(QStringLiteral("Target")).toString();
            workbook.firstSheetPath = target.startsWith(QLatin1Char('/')) ? target.mid(1)
                                                                          : QStringLiteral("xl/") + target;
            return workbook;
        }
    }
    return std::nullopt;
}

/// Text of the current element's <t> descendants, leaving out phonetic runs (<rPh>).
QString readRichText(QXmlStreamReader& xml)
{
    const QString element = xml.name().toString();
    QString text;
    int phoneticDepth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"rPh") {
                ++phoneticDepth;
            } else if (xml.name() == u"t" && phoneticDepth == 0) {
                text += xml.readElementText();
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == u"rPh") {
                --phoneticDepth;
            } else if (xml.name() == element) {
                break;
            }
        }
    }
    return text;
}

QStringList readSharedStrings(const QByteArray& bytes)
{
    QStringList strings;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"si") {
            strings << readRichText(xml);
        }
    }
    return strings;
}

/// For each cell style (cellXfs index): whether its number format shows a date.
QList<bool> readDateStyles(const QByteArray& bytes)
{
    QHash<int, QString> customFormats;
    QList<bool> dateStyles;
    QXmlStreamReader xml(bytes);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"numFmt") {
                customFormats.insert(xml.attributes().value(QStringLiteral("numFmtId")).toInt(),
                                     xml.attributes().value(QStringLiteral("formatCode")).toString());
            } else if (xml.name() == u"cellXfs") {
                inCellXfs = true;
            } else if (inCellXfs && xml.name() == u"xf") {
                const int id = xml.attributes().value(QStringLiteral("numFmtId")).toInt();
                dateStyles << XlsxReader::isDateFormat(id, customFormats.value(id));
            }
        } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    return dateStyles;
}

QString numberText(const QString& raw)
{
    bool ok = false;
    const double value = raw.toDouble(&ok);
    if (!ok) {
        return raw;
    }
    if (std::floor(value) == value && std::fabs(value) < 1e15) {
        return QString::number(static_cast<qint64>(value));
    }
    return QString::number(value, 'g', 15);
}

struct CellContext {
    const QStringList& sharedStrings;
    const QList<bool>& dateStyles;
    bool date1904;
};

/// Reads one <c> element (the reader is on its start) into text.
QString readCell(QXmlStreamReader& xml, const CellContext& context)
{
    const QString type = xml.attributes().value(QStringLiteral("t")).toString();
    const int style = xml.attributes().value(QStringLiteral("s")).toInt();
    QString value;
    QString inlineText;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"v") {
                value = xml.readElementText();
            } else if (xml.name() == u"is") {
                inlineText = readRichText(xml);
            }
        } else if (xml.isEndElement() && xml.name() == u"c") {
            break;
        }
    }
    if (type == u"s") {
        const int index = value.toInt();
        return index >= 0 && index < context.sharedStrings.size() ? context.sharedStrings.at(index) : QString();
    }
    if (type == u"inlineStr") {
        return inlineText;
    }
    if (type == u"str" || type == u"e") {
        return value;
    }
    if (type == u"b") {
        return value == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    }
    if (value.isEmpty()) {
        return value;
    }
    if (style >= 0 && style < context.dateStyles.size() && context.dateStyles.at(style)) {
        bool ok = false;
        const double serial = value.toDouble(&ok);
        if (ok) {
            return XlsxReader::serialToDateText(serial, context.date1904);
        }
    }
    return numberText(value);
}

QList<QStringList> readSheet(const QByteArray& bytes, const CellContext& context, QString* error)
{
    QList<QStringList> rows;
    QXmlStreamReader xml(bytes);
    int rowIndex = -1;
    int columnIndex = -1;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == u"row") {
            const int r = xml.attributes().value(QStringLiteral("r")).toInt();
            rowIndex = r > 0 ? r - 1 : rowIndex + 1;
            columnIndex = -1;
            while (rows.size() <= rowIndex) {
                rows.append(QStringList());
            }
        } else if (xml.name() == u"c" && rowIndex >= 0) {
            const int column = XlsxReader::columnOf(xml.attributes().value(QStringLiteral("r")));
            columnIndex = column >= 0 ? column : columnIndex + 1;
            const QString text = readCell(xml, context);
            QStringList& row = rows[rowIndex];
            if (!text.isEmpty()) {
                while (row.size() <= columnIndex) {
                    row.append(QString());
                }
                row[columnIndex] = text;
            }
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
    }
    // Writers keep formatted but empty rows at the end; they are not data.
    while (!rows.isEmpty() && rows.last().join(QString()).trimmed().isEmpty()) {
        rows.removeLast();
    }
    return rows;
}

}  // namespace

SheetReadResult XlsxReader::readFile(const QString& path)
{
    SheetReadResult result;
    result.encoding = QStringLiteral("xlsx");
    ZipReader zip(path);
    if (!zip.isOpen()) {
        result.error = tr("%1 is not an .xlsx workbook (it cannot be opened as a zip archive)").arg(path);
        return result;
    }
    const auto workbook = readWorkbook(zip);
    if (!workbook) {
        result.error = tr("%1 has no worksheet").arg(path);
        return result;
    }
    const QStringList sharedStrings =
        readSharedStrings(zip.read(QStringLiteral("xl/sharedStrings.xml")).value_or(QByteArray()));
    const QList<bool> dateStyles = readDateStyles(zip.read(QStringLiteral("xl/styles.xml")).value_or(QByteArray()));
    const auto sheetXml = zip.read(workbook->firstSheetPath);
    if (!sheetXml) {
        result.error = tr("%1: the worksheet %2 is missing").arg(path, workbook->firstSheetPath);
        return result;
    }
    QString xmlError;
    result.rows = readSheet(*sheetXml, CellContext{sharedStrings, dateStyles, workbook->date1904}, &xmlError);
    if (!xmlError.isEmpty()) {
        result.error = tr("%1: the worksheet is damaged (%2)").arg(path, xmlError);
        return result;
    }
    result.ok = true;
    return result;
}

QString XlsxReader::serialToDateText(double serial, bool date1904)
{
    const qint64 days = static_cast<qint64>(std::floor(serial));
    // Excel counts 1900-02-29, which did not exist (a Lotus 1-2-3 bug kept for compatibility),
    // so from day 61 on the epoch is 1899-12-30.
    const QDate epoch = date1904 ? QDate(1904, 1, 1) : (days < 61 ? QDate(1899, 12, 31) : QDate(1899, 12, 30));
    const QDate date = epoch.addDays(days);
    const int seconds = static_cast<int>(std::lround((serial - static_cast<double>(days)) * 86400.0));
    if (seconds == 0 || seconds >= 86400) {
        return date.toString(QStringLiteral("yyyy-MM-dd"));
    }
    return date.toString(QStringLiteral("yyyy-MM-dd")) + QLatin1Char(' ')
        + QTime(0, 0).addSecs(seconds).toString(QStringLiteral("HH:mm"));
}

bool XlsxReader::isDateFormat(int numFmtId, const QString& formatCode)
{
    // Built-in formats: 14-17 and 22 everywhere, 27-36 and 50-58 in the CJK locales
    // (yyyy"年"m"月"d"日" and friends).
    if ((numFmtId >= 14 && numFmtId <= 17) || numFmtId == 22 || (numFmtId >= 27 && numFmtId <= 36)
        || (numFmtId >= 50 && numFmtId <= 58)) {
        return true;
    }
    if (formatCode.isEmpty()) {
        return false;
    }
    // Leave out quoted literals, escaped characters and [colour]/[$-804] sections, then look
    // for a day or year token.
    QString plain;
    bool inQuotes = false;
    int bracketDepth = 0;
    for (qsizetype i = 0; i < formatCode.size(); ++i) {
        const QChar c = formatCode.at(i);
        if (c == QLatin1Char('"')) {
            inQuotes = !inQuotes;
        } else if (inQuotes) {
            continue;
        } else if (c == QLatin1Char('\\')) {
            ++i;
        } else if (c == QLatin1Char('[')) {
            ++bracketDepth;
        } else if (c == QLatin1Char(']')) {
            bracketDepth = std::max(0, bracketDepth - 1);
        } else if (bracketDepth == 0) {
            plain += c.toLower();
        }
    }
    return plain.contains(QLatin1Char('y')) || plain.contains(QLatin1Char('d'));
}

int XlsxReader::columnOf(QStringView cellReference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < cellReference.size() && cellReference.at(i).isLetter(); ++i) {
        column = column * 26 + (cellReference.at(i).toUpper().unicode() - u'A' + 1);
    }
    return i == 0 ? -1 : column - 1;
}

}  // namespace laoke::client::io
