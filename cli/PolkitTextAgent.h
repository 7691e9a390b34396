// SPDX-License-Identifier: GPL-2.0-or-later
// PolkitTextAgent: runs polkit's text agent (pkttyagent) for the lifetime of
// an action command when it runs on a terminal, the way systemctl does, so
// a password can be typed without a desktop. With --fallback it stays out of
// the way of a graphical agent of the session.
#pragma once

#include <QProcess>

namespace ModRescue {

class PolkitTextAgent
{
public:
    PolkitTextAgent() = default;
    ~PolkitTextAgent();
    PolkitTextAgent(const PolkitTextAgent &) = delete;
    PolkitTextAgent &operator=(const PolkitTextAgent &) = delete;

    // Starts the agent if stdin is a terminal and pkttyagent exists, and
    // waits (at most a few seconds) until it has registered with polkit.
    // Returns whether an agent runs.
    bool start();

private:
    QProcess m_agent;
};

} // namespace ModRescue
