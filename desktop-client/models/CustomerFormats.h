#pragma once
// How money, dates and service periods read on the customer screens, the way Chinese users
// expect them: ¥12,800.00 (money is integer fen on the wire, never a floating-point yuan),
// 2025-06-30, "还剩 23 天" / "已过期 12 天". Amounts typed in yuan are parsed back into fen
// exactly, digit by digit.

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>
#include <string>

namespace laoke::client {

class CustomerFormats {
    Q_DECLARE_TR_FUNCTIONS(laoke::client::CustomerFormats)
public:
    /// "¥12,800.00"; negative amounts "-¥50.00".
    static QString money(qint64 fen);
    /// The amount as a person would type it in yuan: "12800.00", "0.50".
    static QString yuanForEditing(qint64 fen);
    /// Parses an amount typed in yuan ("12800", "12,800.5", "¥12,800.00", "１２８００" with
    /// full-width digits) into fen. nullopt for anything else: more than two decimals, a
    /// sign, letters, or more than a trillion yuan.
    static std::optional<qint64> parseYuan(const QString& text);

    /// A protocol date ("YYYY-MM-DD" or "") as a QDate (invalid for "").
    static QDate date(const std::string& isoDate);
    /// A QDate as a protocol date ("" for an invalid date).
    static std::string isoDate(const QDate& date);
    /// A Unix time as local "yyyy-MM-dd HH:mm".
    static QString dateTime(qint64 unixSeconds);

    /// Days from `today` to the last day of service `end` (0 on the end date itself,
    /// negative once it has passed), as the server computes service_days_left.
    static int daysLeft(const QDate& end, const QDate& today = QDate::currentDate());
    /// "23 days left", "Ends today", "Expired 12 days ago" (translated).
    static QString daysLeftText(int days);
    /// "2025-06-30 · 23 days left"; "" when there is no end date.
    static QString serviceEndText(const std::string& isoEnd, int days);
};

}  // namespace laoke::client
