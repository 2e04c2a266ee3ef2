#pragma once
// Runs a command-line program as a script or a person without a terminal would: stdin from
// /dev/null, its own session (so a missing password fails instead of prompting), output
// captured, and LAOKE_PASSWORD / LAOKE_TRUST_FINGERPRINT only as the test gives them.

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace laoke::test {

struct CliRun {
    int exitCode = -1;  ///< 128 + signal number when the program was killed
    std::string out;
    std::string err;
};

/// Runs `argv` (argv[0] is the program path); `scratch` receives the captured output files.
CliRun runCli(const std::vector<std::string>& argv, const std::filesystem::path& scratch,
              const std::map<std::string, std::string>& env = {});

}  // namespace laoke::test
