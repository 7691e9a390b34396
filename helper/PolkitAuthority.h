// SPDX-License-Identifier: GPL-2.0-or-later
// PolkitAuthority: asks polkit (org.freedesktop.PolicyKit1.Authority over
// D-Bus) whether a bus name may perform an action. Asynchronous, never a
// nested event loop; anything but a clear "yes" is a "no".
#pragma once

#include <QDBusConnection>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QString>

#include <functional>

class QDBusPendingCallWatcher;

namespace ModRescue {

class PolkitAuthority : public QObject
{
    Q_OBJECT
public:
    enum class Outcome
    {
        Authorized,
        Denied,           // polkit said no, or the user dismissed the dialog
        ChallengeRefused, // would need a password, but the caller forbade interaction
        Failed,           // polkit missing, error, or an unexpected reply
    };
    struct Answer
    {
        Outcome outcome = Outcome::Failed;
        QString reason; // for the log and the error message; never from the client
    };
    using Callback = std::function<void(const Answer &)>;

    explicit PolkitAuthority(QDBusConnection bus, QObject *parent = nullptr);

    // Checks `actionId` for the subject system-bus-name `busName` (a unique
    // name, ":1.42"). `details` are shown by polkit agents (the module name);
    // `interactive` lets polkit ask for a password. Returns a ticket for
    // cancel(); `done` runs exactly once on this object's thread, unless the
    // check is cancelled first.
    quint64 check(const QString &actionId, const QString &busName,
                  const QMap<QString, QString> &details, bool interactive, Callback done);

    // Tells polkit to stop waiting (CancelCheckAuthorization) and drops the
    // callback. Unknown tickets are ignored.
    void cancel(quint64 ticket);

    qsizetype pendingCount() const { return m_pending.size(); }

private:
    struct Pending
    {
        QString cancellationId;
        Callback done;
        QDBusPendingCallWatcher *watcher = nullptr;
    };
    void finished(quint64 ticket, QDBusPendingCallWatcher *watcher);

    QDBusConnection m_bus;
    quint64 m_nextTicket = 1;
    QHash<quint64, Pending> m_pending;
};

} // namespace ModRescue
