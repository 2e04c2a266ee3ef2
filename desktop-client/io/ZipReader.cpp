#include "ZipReader.h"

#include <minizip/unzip.h>

#include <QFile>

namespace laoke::client::io {

namespace {
constexpr int kCaseInsensitive = 2;  // minizip's iCaseSensitivity value
}

ZipReader::ZipReader(const QString& path)
{
    const QByteArray file = QFile::encodeName(path);
    m_zip = unzOpen64(file.constData());
}

ZipReader::~ZipReader()
{
    if (m_zip) {
        unzClose(m_zip);
    }
}

std::optional<QByteArray> ZipReader::read(const QString& name)
{
    if (!m_zip) {
        return std::nullopt;
    }
    const QByteArray member = name.toUtf8();
    if (unzLocateFile(m_zip, member.constData(), kCaseInsensitive) != UNZ_OK) {
        return std::nullopt;
    }
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK
        || info.uncompressed_size > static_cast<ZPOS64_T>(kMaxMemberBytes)) {
        return std::nullopt;
    }
    if (unzOpenCurrentFile(m_zip) != UNZ_OK) {
        return std::nullopt;
    }
    QByteArray bytes;
    bytes.reserve(static_cast<qsizetype>(info.uncompressed_size));
    char buffer[64 * 1024];
    int got = 0;
    while ((got = unzReadCurrentFile(m_zip, buffer, sizeof buffer)) > 0) {
        bytes.append(buffer, got);
        if (bytes.size() > kMaxMemberBytes) {
            got = -1;
            break;
        }
    }
    const bool crcOk = unzCloseCurrentFile(m_zip) == UNZ_OK;
    if (got < 0 || !crcOk) {
        return std::nullopt;
    }
    return bytes;
}

}  // namespace laoke::client::io
