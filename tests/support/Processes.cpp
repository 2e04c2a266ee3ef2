#include "Processes.h"

#include <fstream>
#include <string>
#include <system_error>
#include <thread>

namespace laoke::test {

namespace fs = std::filesystem;

std::vector<pid_t> processesWorkingIn(const fs::path& dir)
{
    std::error_code error;
    const fs::path wanted = fs::weakly_canonical(dir, error);
    std::vector<pid_t> found;
    for (const fs::directory_entry& entry : fs::directory_iterator("/proc", error)) {
        const std::string name = entry.path().filename().string();
        if (name.empty() || name.find_first_not_of("0123456789") != std::string::npos) {
            continue;
        }
        // A zombie has no working directory any more, so reading the link fails for it.
        std::error_code linkError;
        const fs::path cwd = fs::read_symlink(entry.path() / "cwd", linkError);
        if (!linkError && cwd == wanted) {
            found.push_back(static_cast<pid_t>(std::stol(name)));
        }
    }
    return found;
}

bool waitUntilNoProcessWorkingIn(const fs::path& dir, std::chrono::milliseconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!processesWorkingIn(dir).empty()) {
        if (std::chrono::steady_clock::now() >= deadline) {
            return false;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return true;
}

long processUid(pid_t pid)
{
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    for (std::string line; std::getline(status, line);) {
        if (line.rfind("Uid:", 0) == 0) {
            return std::stol(line.substr(4));
        }
    }
    return -1;
}

}  // namespace laoke::test
