// SPDX-License-Identifier: GPL-2.0-or-later
#include "ModuleMonitor.h"

#include <QSocketNotifier>

#include <libudev.h>

namespace ModRescue {

void ModuleMonitor::UdevDeleter::operator()(udev *u) const
{
    udev_unref(u);
}

void ModuleMonitor::MonitorDeleter::operator()(udev_monitor *m) const
{
    udev_monitor_unref(m);
}

ModuleMonitor::ModuleMonitor(QObject *parent) : QObject(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(SettleMs);
    connect(&m_settle, &QTimer::timeout, this, &ModuleMonitor::changed);
    m_poll.setInterval(PollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, &ModuleMonitor::changed);
}

ModuleMonitor::~ModuleMonitor() = default;

ModuleMonitor::Mode ModuleMonitor::start(bool live)
{
    if (!live) {
        m_mode = Mode::Off;
        return m_mode;
    }
    m_udev.reset(udev_new());
    if (m_udev) {
        // The kernel's own uevents: they need no udevd, so this works in
        // containers and minimal VMs too. Module add/remove are plain kobject
        // events of the "module" subsystem.
        m_monitor.reset(udev_monitor_new_from_netlink(m_udev.get(), "kernel"));
    }
    if (m_monitor && udev_monitor_filter_add_match_subsystem_devtype(m_monitor.get(), "module",
                                                                     nullptr) >= 0
        && udev_monitor_enable_receiving(m_monitor.get()) >= 0) {
        const int fd = udev_monitor_get_fd(m_monitor.get());
        m_notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &ModuleMonitor::readEvents);
        m_mode = Mode::Events;
        return m_mode;
    }
    m_monitor.reset();
    m_udev.reset();
    m_poll.start();
    m_mode = Mode::Polling;
    return m_mode;
}

QString ModuleMonitor::modeText() const
{
    switch (m_mode) {
    case Mode::Events:
        return tr("Updates live");
    case Mode::Polling:
        return tr("Updates every %n second(s)", nullptr, PollIntervalMs / 1000);
    case Mode::Off:
        return tr("Captured tree, no live updates");
    }
    return {};
}

void ModuleMonitor::readEvents()
{
    // Drain every queued event; one refresh covers them all.
    while (udev_device *dev = udev_monitor_receive_device(m_monitor.get()))
        udev_device_unref(dev);
    m_settle.start();
}

} // namespace ModRescue
