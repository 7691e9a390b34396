// SPDX-License-Identifier: GPL-2.0-or-later
// Tells the app when kernel modules come and go: a libudev monitor of the
// kernel's uevents for the "module" subsystem, read through a
// QSocketNotifier, with a slow poll when no monitor can be opened. Bursts
// (modprobe loading a dozen dependencies) are folded into one changed().
#pragma once

#include <QObject>
#include <QTimer>

#include <memory>

struct udev;
struct udev_monitor;
class QSocketNotifier;

namespace ModRescue {

class ModuleMonitor : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Events, Polling, Off };

    explicit ModuleMonitor(QObject *parent = nullptr);
    ~ModuleMonitor() override;

    // Starts watching. Returns the mode it got: Events when the uevent
    // monitor is open, Polling otherwise. A captured tree (--root) does not
    // change: start(false) turns everything off.
    Mode start(bool live = true);
    Mode mode() const { return m_mode; }
    QString modeText() const;

    static constexpr int PollIntervalMs = 10'000;
    static constexpr int SettleMs = 250;

Q_SIGNALS:
    void changed();

private:
    void readEvents();

    struct UdevDeleter
    {
        void operator()(udev *u) const;
    };
    struct MonitorDeleter
    {
        void operator()(udev_monitor *m) const;
    };
    std::unique_ptr<udev, UdevDeleter> m_udev;
    std::unique_ptr<udev_monitor, MonitorDeleter> m_monitor;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_settle;
    QTimer m_poll;
    Mode m_mode = Mode::Off;
};

} // namespace ModRescue
