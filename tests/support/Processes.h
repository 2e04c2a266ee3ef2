#pragma once
// Finds processes by the directory they work in. Every PostgreSQL process (the postmaster
// and all its children) changes into its cluster's data directory, so this answers "is any
// postgres still serving this cluster?" without trusting pid files or process titles.

#include <chrono>
#include <filesystem>
#include <vector>

#include <sys/types.h>

namespace laoke::test {

/// Live (not zombie) processes whose current working directory is `dir`.
std::vector<pid_t> processesWorkingIn(const std::filesystem::path& dir);

/// Waits until no process works in `dir`; returns false if some still do after `timeout`.
bool waitUntilNoProcessWorkingIn(const std::filesystem::path& dir, std::chrono::milliseconds timeout);

/// The real user id of a live process, or -1 if it is gone.
long processUid(pid_t pid);

}  // namespace laoke::test
