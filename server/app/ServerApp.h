#pragma once
// Wires the server together and runs it: embedded PostgreSQL (unless a database URL is
// given), migrations, initial accounts, TLS, the worker pool, the listener, and a graceful
// shutdown on SIGINT/SIGTERM (stop accepting, finish requests in flight, stop PostgreSQL).

#include "app/Config.h"

namespace laoke::app {

/// Runs the configured command; returns the process exit code. Errors are logged with a
/// message a person can act on.
int runServer(const Config& config);

}  // namespace laoke::app
