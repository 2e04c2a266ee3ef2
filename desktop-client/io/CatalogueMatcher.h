#pragma once
// Finds the catalogue's product line, version and modules for what a spreadsheet says:
// "U8+" or "用友U8+" or "u8plus", "V13.0" or "13.0" or "13" (Excel turns a typed 13.0 into
// 13), module names in any letter case. The import then sends the catalogue's own names,
// and the preview reports a product the catalogue lacks before anything is sent.

#include "laoke.pb.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace laoke::client::io {

class CatalogueMatcher {
    Q_DECLARE_TR_FUNCTIONS(CatalogueMatcher)
public:
    explicit CatalogueMatcher(std::vector<protocol::ProductLine> lines);

    struct Match {
        QString line;           ///< the catalogue's line name
        QString version;        ///< the catalogue's version name
        QStringList modules;    ///< the catalogue's module names
        QString problem;        ///< translated, when something is not in the catalogue
        enum class Field { None, Line, Version, Modules } field = Field::None;
    };

    Match match(const QString& line, const QString& version, const QStringList& modules) const;

    /// "v13.0" -> "13", "V15.1" -> "15.1": how two spellings of a version compare.
    static QString versionKey(const QString& version);

private:
    const protocol::ProductLine* findLine(const QString& line) const;

    std::vector<protocol::ProductLine> m_lines;
};

}  // namespace laoke::client::io
