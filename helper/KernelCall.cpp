// SPDX-License-Identifier: GPL-2.0-or-later
#include "KernelCall.h"

#include <QMutex>
#include <QMutexLocker>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

namespace ModRescue {

namespace {

QMutex g_hungMutex;
QList<pid_t> g_hung;

qint64 monotonicMs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

struct ChildReport
{
    int returnValue;
    int error;
};

} // namespace

KernelCall::Outcome KernelCall::run(const std::function<int()> &call, int timeoutMs)
{
    reapFinished();
    Outcome outcome;
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) {
        outcome.message = QStringLiteral("pipe: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return outcome;
    }
    const pid_t pid = fork();
    if (pid < 0) {
        outcome.message = QStringLiteral("fork: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        close(fds[0]);
        close(fds[1]);
        return outcome;
    }
    if (pid == 0) {
        // Child: die with the helper, answer once, leave.
        close(fds[0]);
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        errno = 0;
        ChildReport report{call(), 0};
        report.error = errno;
        ssize_t written = write(fds[1], &report, sizeof report);
        _exit(written == ssize_t(sizeof report) ? 0 : 1);
    }
    close(fds[1]);
    outcome.pid = pid;

    ChildReport report{};
    size_t got = 0;
    const qint64 deadline = monotonicMs() + timeoutMs;
    while (got < sizeof report) {
        const qint64 left = deadline - monotonicMs();
        if (left <= 0)
            break;
        pollfd pfd{fds[0], POLLIN, 0};
        const int ready = poll(&pfd, 1, int(left));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0)
            break;
        const ssize_t n =
            read(fds[0], reinterpret_cast<char *>(&report) + got, sizeof report - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += size_t(n);
    }
    close(fds[0]);

    if (got == sizeof report) {
        int status = 0;
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
        outcome.status = Outcome::Status::Returned;
        outcome.returnValue = report.returnValue;
        outcome.error = report.returnValue < 0 ? report.error : 0;
        return outcome;
    }

    int status = 0;
    if (waitpid(pid, &status, WNOHANG) == pid) {
        outcome.message =
            WIFSIGNALED(status)
                ? QStringLiteral("the child was killed by signal %1").arg(WTERMSIG(status))
                : QStringLiteral("the child exited without an answer");
        return outcome;
    }
    outcome.status = Outcome::Status::TimedOut;
    QMutexLocker lock(&g_hungMutex);
    g_hung.append(pid);
    return outcome;
}

void KernelCall::reapFinished()
{
    QMutexLocker lock(&g_hungMutex);
    for (auto it = g_hung.begin(); it != g_hung.end();) {
        int status = 0;
        if (waitpid(*it, &status, WNOHANG) == *it)
            it = g_hung.erase(it);
        else
            ++it;
    }
}

QList<pid_t> KernelCall::stillRunning()
{
    reapFinished();
    QMutexLocker lock(&g_hungMutex);
    return g_hung;
}

} // namespace ModRescue
