#include "CustomerFormats.h"

#include <QDateTime>

namespace laoke::client {

namespace {

// A trillion yuan in fen: far above any contract, far below qint64's limit.
constexpr qint64 kMaxFen = 1'000'000'000'000LL * 100;

QString groupedDigits(qint64 value) {
    QString digits = QString::number(value);
    for (qsizetype at = digits.size() - 3; at > 0; at -= 3) digits.insert(at, QLatin1Char(','));
    return digits;
}

}  // namespace

QString CustomerFormats::money(qint64 fen) {
    const bool negative = fen < 0;
    const qint64 magnitude = negative ? -fen : fen;
    const QString text = QStringLiteral("¥%1.%2").arg(groupedDigits(magnitude / 100)).arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + text : text;
}

QString CustomerFormats::yuanForEditing(qint64 fen) {
    const bool negative = fen < 0;
    const qint64 magnitude = negative ? -fen : fen;
    const QString text = QStringLiteral("%1.%2").arg(magnitude / 100).arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + text : text;
}

std::optional<qint64> CustomerFormats::parseYuan(const QString& text) {
    // Full-width digits and punctuation come from Chinese input methods.
    QString cleaned;
    for (QChar c : text.trimmed()) {
        const char16_t u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19) cleaned.append(QChar(u - 0xFF10 + '0'));
        else if (u == 0xFF0E || u == 0x3002) cleaned.append(QLatin1Char('.'));  // ． and 。
        else if (u == 0xFF0C || c == QLatin1Char(',')) continue;               // ，and , group digits
        else if (c == QChar(0x00A5) || c == QChar(0xFFE5) || c.isSpace()) continue;  // ¥ ￥
        else cleaned.append(c);
    }
    if (cleaned.endsWith(QStringLiteral("元"))) cleaned.chop(1);
    if (cleaned.isEmpty()) return std::nullopt;

    const qsizetype dot = cleaned.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? cleaned : cleaned.left(dot);
    const QString fraction = dot < 0 ? QString() : cleaned.mid(dot + 1);
    if (whole.isEmpty() && fraction.isEmpty()) return std::nullopt;
    if (fraction.size() > 2) return std::nullopt;
    qint64 fen = 0;
    for (QChar c : whole) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) return std::nullopt;
        fen = fen * 10 + (c.unicode() - '0');
        if (fen > kMaxFen / 100) return std::nullopt;
    }
    fen *= 100;
    const QString cents = (fraction + QStringLiteral("00")).left(2);
    for (qsizetype i = 0; i < fraction.size(); ++i)
        if (fraction.at(i) < QLatin1Char('0') || fraction.at(i) > QLatin1Char('9')) return std::nullopt;
    fen += cents.toInt();
    return fen;
}

QDate CustomerFormats::date(const std::string& isoDate) {
    if (isoDate.empty()) return {};
    return QDate::fromString(QString::fromStdString(isoDate), Qt::ISODate);
}

std::string CustomerFormats::isoDate(const QDate& date) {
    return date.isValid() ? date.toString(Qt::ISODate).toStdString() : std::string();
}

QString CustomerFormats::dateTime(qint64 unixSeconds) {
    if (unixSeconds <= 0) return {};
    return QDateTime::fromSecsSinceEpoch(unixSeconds).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

int CustomerFormats::daysLeft(const QDate& end, const QDate& today) {
    return static_cast<int>(today.daysTo(end));
}

QString CustomerFormats::daysLeftText(int days) {
    if (days > 0) return tr("%n day(s) left", nullptr, days);
    if (days == 0) return tr("Ends today");
    return tr("Expired %n day(s) ago", nullptr, -days);
}

QString CustomerFormats::serviceEndText(const std::string& isoEnd, int days) {
    if (isoEnd.empty()) return {};
    return QStringLiteral("%1 · %2").arg(QString::fromStdString(isoEnd), daysLeftText(days));
}

}  // namespace laoke::client
