// SPDX-License-Identifier: GPL-2.0-or-later
// KernelCall: runs one module syscall (delete_module, init_module,
// finit_module, or a libkmod insertion) in a forked child with a time limit,
// so that an exit or init function that never returns cannot freeze the
// helper. A child that does not answer in time is left behind (it sleeps in
// the kernel and cannot be killed) and its pid is reported.
#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <sys/types.h>

namespace ModRescue {

class KernelCall
{
public:
    struct Outcome
    {
        enum class Status
        {
            Returned,
            TimedOut,
            Failed
        } status = Status::Failed;
        int returnValue = -1; // Returned: the call's return value
        int error = 0;        // Returned: errno when returnValue < 0
        pid_t pid = 0;        // the child's pid (TimedOut: still running)
        QString message;      // Failed: why the child could not run
    };

    // `call` runs in the child, which has only the calling thread: it may
    // only make system calls (and libkmod calls, which glibc's fork makes
    // safe for malloc). It returns the syscall's result and leaves errno set.
    static Outcome run(const std::function<int()> &call, int timeoutMs);

    // Reaps children that timed out earlier and have finished since.
    static void reapFinished();
    // Pids of earlier timed-out children still running.
    static QList<pid_t> stillRunning();
};

} // namespace ModRescue
