#include "TextEncoding.h"

#include <QStringDecoder>

namespace laoke::client::io {

namespace {

bool startsWith(const QByteArray& bytes, std::initializer_list<unsigned char> prefix)
{
    if (bytes.size() < static_cast<qsizetype>(prefix.size())) {
        return false;
    }
    qsizetype i = 0;
    for (const unsigned char byte : prefix) {
        if (static_cast<unsigned char>(bytes[i++]) != byte) {
            return false;
        }
    }
    return true;
}

DecodedText decodeWith(QStringConverter::Encoding encoding, const QByteArray& bytes, qsizetype skip,
                       const QString& name)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    return {decoder.decode(bytes.mid(skip)), name};
}

}  // namespace

DecodedText decodeText(const QByteArray& bytes)
{
    if (startsWith(bytes, {0xEF, 0xBB, 0xBF})) {
        return decodeWith(QStringConverter::Utf8, bytes, 3, QStringLiteral("UTF-8 BOM"));
    }
    if (startsWith(bytes, {0xFF, 0xFE})) {
        return decodeWith(QStringConverter::Utf16LE, bytes, 2, QStringLiteral("UTF-16LE"));
    }
    if (startsWith(bytes, {0xFE, 0xFF})) {
        return decodeWith(QStringConverter::Utf16BE, bytes, 2, QStringLiteral("UTF-16BE"));
    }

    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        return {text, QStringLiteral("UTF-8")};
    }
    // Debian's Qt is built with ICU, which provides GB18030; the name is checked anyway so a
    // Qt without ICU fails loudly in the tests instead of producing mojibake.
    QStringDecoder gb18030("GB18030", QStringConverter::Flag::Stateless);
    if (gb18030.isValid()) {
        return {gb18030.decode(bytes), QStringLiteral("GB18030")};
    }
    return {text, QStringLiteral("UTF-8")};
}

}  // namespace laoke::client::io
