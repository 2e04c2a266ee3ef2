#pragma once
// `laokectl customers import FILE`: reads the sheet, maps its columns, checks every row, stages
// the good rows in chunks and applies them in one transaction. A rejected import exits 1 and
// prints the problems row by row.

#include "Commands.h"

namespace laoke::client::cli {

CommandResult importCustomers(CommandContext& context);

}  // namespace laoke::client::cli
