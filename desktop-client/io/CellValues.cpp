#include "CellValues.h"

#include <QDate>
#include <QRegularExpression>

namespace laoke::client::io {

namespace {

bool isBlank(QChar c)
{
    return c.isSpace() || c == QChar(0x3000) || c == QChar(0x00A0) || c == QChar(0xFEFF);
}

}  // namespace

QString CellValues::clean(const QString& cell)
{
    qsizetype begin = 0;
    qsizetype end = cell.size();
    while (begin < end && isBlank(cell.at(begin))) {
        ++begin;
    }
    while (end > begin && isBlank(cell.at(end - 1))) {
        --end;
    }
    // Our CSV export writes '=..., '+..., '-..., '@... so that a spreadsheet shows them as
    // text instead of running them as formulas; reading such a file back drops that quote.
    if (end - begin >= 2 && cell.at(begin) == QLatin1Char('\'') && QStringLiteral("=+-@").contains(cell.at(begin + 1))) {
        ++begin;
    }
    return cell.mid(begin, end - begin);
}

std::optional<QString> CellValues::isoDate(const QString& cell)
{
    const QString text = clean(cell);
    if (text.isEmpty()) {
        return QString();
    }
    static const QRegularExpression separated(
        QStringLiteral(R"(^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$)"));
    static const QRegularExpression compact(QStringLiteral(R"(^(\d{4})(\d{2})(\d{2})$)"));
    QRegularExpressionMatch match = separated.match(text);
    if (!match.hasMatch()) {
        match = compact.match(text);
    }
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    if (!date.isValid()) {
        return std::nullopt;
    }
    return date.toString(QStringLiteral("yyyy-MM-dd"));
}

std::optional<int> CellValues::count(const QString& cell)
{
    const QString text = clean(cell);
    if (text.isEmpty()) {
        return 0;
    }
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{1,7})(?:\.0+)?\s*(?:个|站点|站|用户|人|套|点)?$)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    return match.captured(1).toInt();
}

QStringList CellValues::list(const QString& cell)
{
    static const QRegularExpression separators(QStringLiteral(R"([、,，;；/|\n]+)"));
    QStringList items;
    for (const QString& part : clean(cell).split(separators, Qt::SkipEmptyParts)) {
        const QString item = clean(part);
        if (!item.isEmpty() && !items.contains(item)) {
            items << item;
        }
    }
    return items;
}

QString CellValues::phone(const QString& cell)
{
    QString text = clean(cell);
    text.remove(QLatin1Char(' '));
    text.remove(QChar(0x3000));
    if (text.startsWith(QStringLiteral("+86"))) {
        text = text.mid(3);
    } else if (text.startsWith(QStringLiteral("86-"))) {
        text = text.mid(3);
    }
    if (text.startsWith(QLatin1Char('-'))) {
        text = text.mid(1);
    }
    return text;
}

}  // namespace laoke::client::io
