#pragma once
// spdlog setup: one stderr logger whose every line carries the connection and request id
// (the %* flag, filled from net::LogContext).

#include <string>

namespace laoke::app {

/// Installs the default logger at `level` ("trace" ... "error").
void setupLogging(const std::string& level);

}  // namespace laoke::app
