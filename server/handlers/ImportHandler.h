#pragma once
// Customer import: stage rows in chunks, then apply them all in one transaction (or check
// them without writing: the preview). Rows are validated by the same rules as single
// edits; duplicates of existing customers (same name or credit code) are skipped or updated.

#include "handlers/RequestContext.h"
#include "laoke.pb.h"

namespace laoke::handlers {

protocol::Envelope handleStageImport(RequestContext& context, const protocol::StageImportRequest& request);
protocol::Envelope handleApplyImport(RequestContext& context, const protocol::ApplyImportRequest& request);

}  // namespace laoke::handlers
