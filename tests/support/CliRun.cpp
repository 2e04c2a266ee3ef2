#include "CliRun.h"

#include <atomic>
#include <fstream>
#include <sstream>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace laoke::test {
namespace {

std::string readAll(const std::filesystem::path& file)
{
    std::ifstream in(file);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

CliRun runCli(const std::vector<std::string>& args, const std::filesystem::path& scratch,
              const std::map<std::string, std::string>& env)
{
    static std::atomic<int> counter{0};
    const int n = ++counter;
    const auto outFile = scratch / ("cli-out-" + std::to_string(getpid()) + "-" + std::to_string(n));
    const auto errFile = scratch / ("cli-err-" + std::to_string(getpid()) + "-" + std::to_string(n));

    std::vector<std::string> argvStrings = args;
    std::vector<char*> argv;
    for (std::string& arg : argvStrings) argv.push_back(arg.data());
    argv.push_back(nullptr);

    const pid_t pid = fork();
    if (pid == 0) {
        const int in = open("/dev/null", O_RDONLY);
        const int out = open(outFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int err = open(errFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        dup2(in, STDIN_FILENO);
        dup2(out, STDOUT_FILENO);
        dup2(err, STDERR_FILENO);
        // No terminal: a missing password must fail, not wait for a prompt.
        setsid();
        unsetenv("LAOKE_PASSWORD");
        unsetenv("LAOKE_TRUST_FINGERPRINT");
        for (const auto& [name, value] : env) setenv(name.c_str(), value.c_str(), 1);
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    CliRun run;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    run.out = readAll(outFile);
    run.err = readAll(errFile);
    return run;
}

}  // namespace laoke::test
