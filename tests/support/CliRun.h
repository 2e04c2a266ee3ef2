#pragma once
// Runs a command-line program as a script or a person without a terminal would: stdin from
// /dev/null, its own session (so a missing password fails instead of prompting), output
// captured, and LAOKE_PASSWORD / LAOKE_TRUST_FINGERPRINT only as the test gives them.

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <sys/types.h>

namespace laoke::test {

struct CliRun {
    int exitCode = -1;  ///< 128 + signal number when the program was killed
    std::string out;
    std::string err;
};

/// Runs `argv` (argv[0] is the program path) to its end; `scratch` receives the captured
/// output files.
CliRun runCli(const std::vector<std::string>& argv, const std::filesystem::path& scratch,
              const std::map<std::string, std::string>& env = {});

/// The same program left running (laokectl events watch): its output so far can be read at
/// any time, and it is ended with SIGTERM by stop() or the destructor.
class BackgroundCli {
public:
    BackgroundCli(const std::vector<std::string>& argv, const std::filesystem::path& scratch,
                  const std::map<std::string, std::string>& env = {});
    ~BackgroundCli();
    BackgroundCli(const BackgroundCli&) = delete;
    BackgroundCli& operator=(const BackgroundCli&) = delete;

    /// What it has written to standard output so far.
    std::string out() const;
    /// Waits for it to end by itself.
    CliRun wait();
    /// Ends it (SIGTERM) and returns what it wrote.
    CliRun stop();

private:
    pid_t m_pid = -1;
    std::filesystem::path m_outFile;
    std::filesystem::path m_errFile;
};

}  // namespace laoke::test
