#pragma once
// Turns the bytes of a text file into text without asking the user which encoding it has.
// Chinese users' CSV files come from Excel: "CSV UTF-8" (with a BOM), plain "CSV" (GBK, the
// ANSI code page of a Chinese Windows), or "Unicode text" (UTF-16 with a BOM).

#include <QByteArray>
#include <QString>

namespace laoke::client::io {

struct DecodedText {
    QString text;
    QString encoding;  ///< "UTF-8", "UTF-8 BOM", "UTF-16LE", "UTF-16BE" or "GB18030"
};

/// A BOM decides; else bytes that are valid UTF-8 are UTF-8; anything else is GB18030 (a
/// superset of GBK and GB2312, so every byte sequence a Chinese Windows writes decodes).
DecodedText decodeText(const QByteArray& bytes);

}  // namespace laoke::client::io
