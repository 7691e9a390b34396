// SPDX-License-Identifier: GPL-2.0-or-later
#include "PolkitAuthority.h"

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace ModRescue {

namespace {

constexpr char PolkitService[] = "org.freedesktop.PolicyKit1";
constexpr char PolkitPath[] = "/org/freedesktop/PolicyKit1/Authority";
constexpr char PolkitInterface[] = "org.freedesktop.PolicyKit1.Authority";

// CheckAuthorizationFlags: AllowUserInteraction.
constexpr uint AllowUserInteraction = 0x1;

// A human may be typing a password; polkit itself gives up on idle agents.
constexpr int CheckTimeoutMs = 25 * 60 * 1000;

// polkit's Subject is the struct (sa{sv}), not a dictionary.
struct PolkitSubject
{
    QString kind;
    QVariantMap details;
};

QDBusArgument &operator<<(QDBusArgument &arg, const PolkitSubject &subject)
{
    arg.beginStructure();
    arg << subject.kind << subject.details;
    arg.endStructure();
    return arg;
}

const QDBusArgument &operator>>(const QDBusArgument &arg, PolkitSubject &subject)
{
    arg.beginStructure();
    arg >> subject.kind >> subject.details;
    arg.endStructure();
    return arg;
}

} // namespace

} // namespace ModRescue

Q_DECLARE_METATYPE(ModRescue::PolkitSubject)

namespace ModRescue {

PolkitAuthority::PolkitAuthority(QDBusConnection bus, QObject *parent)
    : QObject(parent), m_bus(std::move(bus))
{
    qDBusRegisterMetaType<PolkitSubject>();
    qDBusRegisterMetaType<QMap<QString, QString>>();
}

quint64 PolkitAuthority::check(const QString &actionId, const QString &busName,
                               const QMap<QString, QString> &details, bool interactive,
                               Callback done)
{
    const quint64 ticket = m_nextTicket++;
    Pending pending;
    pending.cancellationId =
        QStringLiteral("modrescue-%1-%2").arg(QCoreApplication::applicationPid()).arg(ticket);
    pending.done = std::move(done);

    PolkitSubject subject{QStringLiteral("system-bus-name"), {{QStringLiteral("name"), busName}}};
    QDBusMessage call = QDBusMessage::createMethodCall(
        QLatin1String(PolkitService), QLatin1String(PolkitPath), QLatin1String(PolkitInterface),
        QStringLiteral("CheckAuthorization"));
    call << QVariant::fromValue(subject) << actionId << QVariant::fromValue(details)
         << uint(interactive ? AllowUserInteraction : 0) << pending.cancellationId;

    pending.watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call, CheckTimeoutMs), this);
    connect(pending.watcher, &QDBusPendingCallWatcher::finished, this,
            [this, ticket](QDBusPendingCallWatcher *w) { finished(ticket, w); });
    m_pending.insert(ticket, std::move(pending));
    return ticket;
}

void PolkitAuthority::cancel(quint64 ticket)
{
    auto it = m_pending.find(ticket);
    if (it == m_pending.end())
        return;
    QDBusMessage call = QDBusMessage::createMethodCall(
        QLatin1String(PolkitService), QLatin1String(PolkitPath), QLatin1String(PolkitInterface),
        QStringLiteral("CancelCheckAuthorization"));
    call << it->cancellationId;
    // Fire and forget: the answer changes nothing for us.
    m_bus.asyncCall(call);
    it->watcher->disconnect(this);
    it->watcher->deleteLater();
    m_pending.erase(it);
}

void PolkitAuthority::finished(quint64 ticket, QDBusPendingCallWatcher *watcher)
{
    watcher->deleteLater();
    auto it = m_pending.find(ticket);
    if (it == m_pending.end())
        return;
    Callback done = std::move(it->done);
    m_pending.erase(it);

    Answer answer;
    const QDBusMessage reply = watcher->reply();
    if (reply.type() == QDBusMessage::ErrorMessage) {
        answer.reason = QStringLiteral("polkit error %1").arg(reply.errorName());
        done(answer);
        return;
    }
    if (reply.signature() != QLatin1String("(bba{ss})") || reply.arguments().size() != 1) {
        answer.reason =
            QStringLiteral("unexpected polkit reply signature '%1'").arg(reply.signature());
        done(answer);
        return;
    }
    const auto arg = reply.arguments().constFirst().value<QDBusArgument>();
    bool authorized = false;
    bool challenge = false;
    QMap<QString, QString> details;
    arg.beginStructure();
    arg >> authorized >> challenge >> details;
    arg.endStructure();

    if (authorized) {
        answer.outcome = Outcome::Authorized;
        answer.reason = QStringLiteral("authorized");
    } else if (challenge) {
        answer.outcome = Outcome::ChallengeRefused;
        answer.reason = QStringLiteral("authentication required, interaction not allowed");
    } else {
        answer.outcome = Outcome::Denied;
        answer.reason = details.value(QStringLiteral("polkit.dismissed")) == QLatin1String("true")
                            ? QStringLiteral("authentication dismissed")
                            : QStringLiteral("denied");
    }
    done(answer);
}

} // namespace ModRescue
