#include "ImportChunks.h"

#include <QUuid>

namespace laoke::client::io {

std::vector<protocol::StageImportRequest> chunkImport(const std::string& importId,
                                                      const std::vector<protocol::ImportRow>& rows,
                                                      std::size_t maxBytes)
{
    std::vector<protocol::StageImportRequest> chunks;
    protocol::StageImportRequest current;
    current.set_import_id(importId);
    const std::size_t emptySize = current.ByteSizeLong();
    std::size_t size = emptySize;
    for (const protocol::ImportRow& row : rows) {
        // A repeated message field costs its size, its length prefix and a tag byte.
        const std::size_t rowBytes = row.ByteSizeLong() + 6;
        if (size + rowBytes > maxBytes && current.rows_size() > 0) {
            chunks.push_back(std::move(current));
            current = protocol::StageImportRequest();
            current.set_import_id(importId);
            size = emptySize;
        }
        *current.add_rows() = row;
        size += rowBytes;
    }
    if (current.rows_size() > 0) {
        chunks.push_back(std::move(current));
    }
    return chunks;
}

std::string newImportId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
}

}  // namespace laoke::client::io
