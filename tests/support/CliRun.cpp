#include "CliRun.h"

#include <atomic>
#include <csignal>
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

BackgroundCli::BackgroundCli(const std::vector<std::string>& args, const std::filesystem::path& scratch,
                             const std::map<std::string, std::string>& env)
{
    static std::atomic<int> counter{0};
    const int n = ++counter;
    m_outFile = scratch / ("cli-out-" + std::to_string(getpid()) + "-" + std::to_string(n));
    m_errFile = scratch / ("cli-err-" + std::to_string(getpid()) + "-" + std::to_string(n));

    std::vector<std::string> argvStrings = args;
    std::vector<char*> argv;
    for (std::string& arg : argvStrings) argv.push_back(arg.data());
    argv.push_back(nullptr);

    m_pid = fork();
    if (m_pid == 0) {
        const int in = open("/dev/null", O_RDONLY);
        const int out = open(m_outFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int err = open(m_errFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        dup2(in, STDIN_FILENO);
        dup2(out, STDOUT_FILENO);
        dup2(err, STDERR_FILENO);
        // No terminal: a missing password must fail, not wait for a prompt.
        setsid();
        unsetenv("LAOKE_PASSWORD");
        unsetenv("LAOKE_TRUST_FINGERPRINT");
        // English unless the test asks for a language, whatever the machine's locale.
        setenv("LC_ALL", "C.UTF-8", 1);
        unsetenv("LANGUAGE");
        for (const auto& [name, value] : env) setenv(name.c_str(), value.c_str(), 1);
        execv(argv[0], argv.data());
        _exit(127);
    }
}

BackgroundCli::~BackgroundCli()
{
    if (m_pid > 0) stop();
}

std::string BackgroundCli::out() const { return readAll(m_outFile); }

CliRun BackgroundCli::wait()
{
    int status = 0;
    if (m_pid > 0) waitpid(m_pid, &status, 0);
    m_pid = -1;
    CliRun run;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    run.out = readAll(m_outFile);
    run.err = readAll(m_errFile);
    return run;
}

CliRun BackgroundCli::stop()
{
    if (m_pid > 0) kill(m_pid, SIGTERM);
    return wait();
}

CliRun runCli(const std::vector<std::string>& args, const std::filesystem::path& scratch,
              const std::map<std::string, std::string>& env)
{
    return BackgroundCli(args, scratch, env).wait();
}

}  // namespace laoke::test
