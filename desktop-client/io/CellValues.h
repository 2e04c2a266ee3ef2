#pragma once
// Reading the values people type into spreadsheet cells: dates in the ways Chinese users
// write them, counts with a unit after them, lists of modules with any separator.

#include <QString>
#include <QStringList>

#include <optional>

namespace laoke::client::io {

class CellValues {
public:
    /// Trims ASCII white space, no-break spaces and the ideographic space U+3000, and drops
    /// the quote CsvWriter puts before a cell that would read as a formula ("'=1+1" -> "=1+1").
    static QString clean(const QString& cell);

    /// "2024-03-05", "2024/3/5", "2024.3.5", "2024年3月5日", "20240305" or a date-time with
    /// any of those dates -> "2024-03-05"; nullopt when it is not a real date. "" -> "".
    static std::optional<QString> isoDate(const QString& cell);

    /// "25", "25个", "25 站点", "25.0" -> 25; nullopt for anything else. "" -> 0.
    static std::optional<int> count(const QString& cell);

    /// "总账、UFO报表, 应收款管理；固定资产" -> {"总账", "UFO报表", "应收款管理", "固定资产"}.
    static QStringList list(const QString& cell);

    /// Phone numbers as typed: spaces and a leading "+86"/"86-" go, the rest stays.
    static QString phone(const QString& cell);
};

}  // namespace laoke::client::io
