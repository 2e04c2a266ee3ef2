#pragma once
// Cuts the rows of an import into StageImportRequest chunks that each stay far below the
// protocol's frame limit (FrameCodec.h), so a 20,000-row workbook is staged in a few dozen
// requests and the progress bar can move after each.

#include "laoke.pb.h"

#include <QString>

#include <cstddef>
#include <vector>

namespace laoke::client::io {

/// A quarter of the 1 MiB frame limit: room for the envelope, and a chunk is sent in well
/// under a second even on a slow branch-office line.
inline constexpr std::size_t kStageChunkBytes = 256 * 1024;

/// Consecutive rows grouped so each request's serialized size stays under `maxBytes` (a
/// single larger row gets a chunk of its own). Every chunk carries `importId`.
std::vector<protocol::StageImportRequest> chunkImport(const std::string& importId,
                                                      const std::vector<protocol::ImportRow>& rows,
                                                      std::size_t maxBytes = kStageChunkBytes);

/// A fresh random import id.
std::string newImportId();

}  // namespace laoke::client::io
