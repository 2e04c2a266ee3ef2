#include "PasswordInput.h"

#include "Failure.h"

#include <QFile>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace laoke::client::cli {

namespace {

// Restores the terminal even when reading fails, so an error never leaves it without echo.
class EchoOff {
public:
    explicit EchoOff(int fd)
        : m_fd(fd)
    {
        if (tcgetattr(m_fd, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            quiet.c_lflag |= ICANON;
            m_active = tcsetattr(m_fd, TCSAFLUSH, &quiet) == 0;
        }
    }
    ~EchoOff()
    {
        if (m_active) {
            tcsetattr(m_fd, TCSAFLUSH, &m_saved);
        }
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    int m_fd;
    termios m_saved{};
    bool m_active = false;
};

// Best effort: a prompt that cannot be shown still leaves the answer readable.
void writeTty(int fd, const QByteArray& bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, static_cast<size_t>(bytes.size() - done));
        if (n <= 0) {
            return;
        }
        done += n;
    }
}

QString stripLineEnd(QByteArray line)
{
    while (line.endsWith('\n') || line.endsWith('\r')) {
        line.chop(1);
    }
    return QString::fromUtf8(line);
}

}  // namespace

QString PasswordInput::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Failure{kExitUsage, tr("cannot read the password file %1: %2").arg(path, file.errorString())};
    }
    const QString password = stripLineEnd(file.readLine());
    if (password.isEmpty()) {
        throw Failure{kExitUsage, tr("the first line of the password file %1 is empty").arg(path)};
    }
    return password;
}

QString PasswordInput::prompt(const QString& question)
{
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        throw Failure{kExitUsage, tr("no password given and no terminal to ask on; use --password-file or "
                                     "LAOKE_PASSWORD")};
    }
    QByteArray answer;
    {
        EchoOff echoOff(fd);
        writeTty(fd, question.toUtf8());
        char c = 0;
        while (::read(fd, &c, 1) == 1 && c != '\n') {
            answer.append(c);
        }
        writeTty(fd, QByteArrayLiteral("\n"));
    }
    ::close(fd);
    const QString password = stripLineEnd(answer);
    if (password.isEmpty()) {
        throw Failure{kExitUsage, tr("no password entered")};
    }
    return password;
}

QString PasswordInput::promptNew(const QString& question)
{
    const QString first = prompt(question);
    const QString second = prompt(tr("Repeat it: "));
    if (first != second) {
        throw Failure{kExitUsage, tr("the two passwords do not match")};
    }
    return first;
}

}  // namespace laoke::client::cli
