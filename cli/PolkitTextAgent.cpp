// SPDX-License-Identifier: GPL-2.0-or-later
#include "PolkitTextAgent.h"

#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace ModRescue {

namespace {
constexpr char Agent[] = "/usr/bin/pkttyagent";
}

PolkitTextAgent::~PolkitTextAgent()
{
    if (m_agent.state() != QProcess::NotRunning) {
        m_agent.terminate();
        if (!m_agent.waitForFinished(2000))
            m_agent.kill();
        m_agent.waitForFinished(2000);
    }
}

bool PolkitTextAgent::start()
{
    if (!isatty(STDIN_FILENO) || !QFileInfo(QLatin1String(Agent)).isExecutable())
        return false;
    int notify[2];
    if (pipe2(notify, O_CLOEXEC) != 0)
        return false;
    const int writeEnd = notify[1];
    // pkttyagent closes --notify-fd once it is registered; the write end is
    // handed to it (and only to it) across exec.
    m_agent.setChildProcessModifier([writeEnd] { fcntl(writeEnd, F_SETFD, 0); });
    m_agent.setProcessChannelMode(QProcess::ForwardedChannels);
    m_agent.setInputChannelMode(QProcess::ForwardedInputChannel);
    m_agent.start(QLatin1String(Agent), {QStringLiteral("--notify-fd"), QString::number(writeEnd),
                                         QStringLiteral("--fallback")});
    ::close(writeEnd);
    const bool started = m_agent.waitForStarted(3000);
    if (started) {
        pollfd pfd{notify[0], POLLIN, 0};
        for (int tries = 0; tries < 2; ++tries) {
            const int ready = poll(&pfd, 1, 5000);
            if (ready < 0 && errno == EINTR)
                continue;
            break;
        }
    }
    ::close(notify[0]);
    return started;
}

} // namespace ModRescue
