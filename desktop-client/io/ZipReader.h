#pragma once
// Reads members of a zip archive (an .xlsx is one) with minizip, the zip library that
// libxlsxwriter itself links. QuaZip is not used: it exports its own patched copy of the
// minizip functions under the same names, and with both in one process libxlsxwriter's
// calls landed in QuaZip's copy and crashed.

#include <QByteArray>
#include <QString>

#include <optional>

namespace laoke::client::io {

class ZipReader {
public:
    /// Members larger than this are refused (a damaged or hostile file must not eat memory).
    static constexpr qint64 kMaxMemberBytes = 256LL * 1024 * 1024;

    explicit ZipReader(const QString& path);
    ~ZipReader();
    ZipReader(const ZipReader&) = delete;
    ZipReader& operator=(const ZipReader&) = delete;

    bool isOpen() const { return m_zip != nullptr; }
    /// The uncompressed bytes of member `name` (case-insensitive), nullopt if absent or unreadable.
    std::optional<QByteArray> read(const QString& name);

private:
    void* m_zip = nullptr;
};

}  // namespace laoke::client::io
