#pragma once
// What the pages of the import wizard share: the file read, the column mapping the user
// settled on, the plan made from them, the server's check and the final result.

#include "ColumnMapping.h"
#include "ImportPlan.h"
#include "SheetData.h"
#include "laoke.pb.h"

#include <QString>

#include <optional>

namespace laoke::ui {

namespace io = client::io;

struct ImportState {
    QString path;
    io::SheetReadResult sheet;
    io::ColumnMapping mapping;
    io::ImportPlan plan;
    /// The server's dry run over the plan's good rows (the preview).
    std::optional<protocol::ApplyImportReply> check;
    bool skipBadRows = false;
    bool updateDuplicates = false;
    /// The real run's reply, or why it failed.
    std::optional<protocol::ApplyImportReply> result;
    QString failure;
};

}  // namespace laoke::ui
