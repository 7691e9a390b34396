// SPDX-License-Identifier: GPL-2.0-or-later
#include "HelperService.h"

#include "AuditLog.h"
#include "CallerInfo.h"
#include "HelperErrors.h"
#include "KernelModuleFile.h"
#include "ModuleParameters.h"

#include "ModuleName.h"

#include <QCoreApplication>
#include <QDBusConnectionInterface>
#include <QDBusMessage>

namespace ModRescue {

namespace E = Helper::Error;

namespace {

constexpr char ActionUnload[] = "io.github.modrescue.unload";
constexpr char ActionForceUnload[] = "io.github.modrescue.force-unload";
constexpr char ActionLoad[] = "io.github.modrescue.load";

// Client strings are echoed in errors only when short; a megabyte of name
// must not come back in a message or land in the log.
QString quoted(const QString &text)
{
    if (text.size() > ModuleName::MaxLength)
        return QStringLiteral("(%1 characters)").arg(text.size());
    QString out;
    for (QChar c : text)
        out += (c.unicode() >= 0x20 && c.unicode() < 0x7f) ? c : QChar(u'?');
    return QLatin1Char('"') + out + QLatin1Char('"');
}

} // namespace

HelperService::HelperService(const HelperOptions &options, QDBusConnection bus, QObject *parent)
    : QObject(parent), m_options(options), m_bus(bus), m_polkit(bus), m_queue(options, bus),
      m_callers(QString(), bus, QDBusServiceWatcher::WatchForUnregistration)
{
    connect(&m_callers, &QDBusServiceWatcher::serviceUnregistered, this,
            &HelperService::callerLeft);
    connect(&m_queue, &OperationQueue::finished, this, &HelperService::requestFinished);
    m_idle.setSingleShot(true);
    m_idle.setInterval(m_options.idleExitMs);
    connect(&m_idle, &QTimer::timeout, this, &HelperService::idleTimeout);
    m_idle.start();
}

QVariantMap HelperService::Unload(const QString &name)
{
    auto request = std::make_shared<Request>();
    request->kind = Request::Kind::Unload;
    request->actionId = QLatin1String(ActionUnload);
    accept(std::move(request), name, nullptr);
    return {};
}

QVariantMap HelperService::UnloadWithDependents(const QString &name)
{
    auto request = std::make_shared<Request>();
    request->kind = Request::Kind::UnloadWithDependents;
    request->actionId = QLatin1String(ActionUnload);
    accept(std::move(request), name, nullptr);
    return {};
}

QVariantMap HelperService::ForceRemove(const QString &name, const QString &exit_mode)
{
    if (!calledFromDBus())
        return {};
    auto request = std::make_shared<Request>();
    request->kind = Request::Kind::ForceRemove;
    request->actionId = QLatin1String(ActionForceUnload);
    if (exit_mode == QLatin1String("auto")) {
        request->exitMode = Request::ExitMode::Auto;
    } else if (exit_mode == QLatin1String("run")) {
        request->exitMode = Request::ExitMode::Run;
    } else if (exit_mode == QLatin1String("skip")) {
        request->exitMode = Request::ExitMode::Skip;
    } else {
        refuse(E::InvalidArgument,
               QStringLiteral("exit_mode must be \"auto\", \"run\" or \"skip\""));
        return {};
    }
    accept(std::move(request), name, nullptr);
    return {};
}

QVariantMap HelperService::LoadModule(const QString &name, const QMap<QString, QString> &parameters)
{
    auto request = std::make_shared<Request>();
    request->kind = Request::Kind::LoadModule;
    request->actionId = QLatin1String(ActionLoad);
    accept(std::move(request), name, &parameters);
    return {};
}

QVariantMap HelperService::LoadFile(const QDBusUnixFileDescriptor &file,
                                    const QMap<QString, QString> &parameters)
{
    if (!calledFromDBus())
        return {};
    // Checked before the file is read: reading costs up to 64 MiB.
    if (tooManyPending(message().service())) {
        refuse(E::Busy, QStringLiteral("too many requests are waiting; try again later"));
        return {};
    }
    auto request = std::make_shared<Request>();
    request->kind = Request::Kind::LoadFile;
    request->actionId = QLatin1String(ActionLoad);
    // The name for polkit's prompt comes from the file itself; it is read
    // again after authorisation and must still say the same.
    QString why;
    const auto module = KernelModuleFile::read(file.isValid() ? file.fileDescriptor() : -1, &why);
    if (!module) {
        refuse(E::InvalidArgument, why);
        return {};
    }
    request->file = file;
    accept(std::move(request), module->name(), &parameters);
    return {};
}

void HelperService::accept(std::shared_ptr<Request> request, const QString &name,
                           const QMap<QString, QString> *parameters)
{
    if (!calledFromDBus())
        return;
    const QDBusMessage msg = message();
    const auto canonical = ModuleName::normalise(name);
    if (!canonical) {
        refuse(E::InvalidName,
               QStringLiteral("invalid module name %1: a module name has 1 to %2 ASCII "
                              "letters, digits, '_' or '-'")
                   .arg(quoted(name))
                   .arg(ModuleName::MaxLength));
        return;
    }
    if (parameters) {
        QString why;
        const auto joined = ModuleParameters::join(*parameters, &why);
        if (!joined) {
            refuse(E::InvalidArgument, why);
            return;
        }
        request->parameters = *joined;
    }

    const QString caller = msg.service();
    if (tooManyPending(caller)) {
        refuse(E::Busy, QStringLiteral("too many requests are waiting; try again later"));
        return;
    }

    setDelayedReply(true);
    request->id = m_nextId++;
    request->message = msg;
    request->caller = caller;
    request->module = canonical.value();
    request->callerText = CallerInfo::query(m_bus, caller).toString();
    m_requests.insert(request->id, request);
    m_callers.addWatchedService(caller);
    updateIdle();

    const bool interactive = msg.isInteractiveAuthorizationAllowed();
    AuditLog::notice(
        QStringLiteral("request %1 %2 %3%4 by %5: authorizing %6%7")
            .arg(request->id)
            .arg(Request::kindName(request->kind), request->module,
                 request->parameters.isEmpty()
                     ? QString()
                     : QStringLiteral(" \"%1\"").arg(QString::fromLatin1(request->parameters)),
                 request->callerText, request->actionId,
                 interactive ? QStringLiteral(" (interactive)") : QString()));
    sendProgress(*request, QStringLiteral("authorizing"),
                 QStringLiteral("Asking for authorization"));
    std::weak_ptr<Request> weak = request;
    request->polkitTicket = m_polkit.check(
        request->actionId, caller, {{QStringLiteral("module"), request->module}}, interactive,
        [this, weak, interactive](const PolkitAuthority::Answer &answer) {
            if (auto request = weak.lock())
                authorized(request, answer, interactive);
        });
}

bool HelperService::tooManyPending(const QString &caller) const
{
    qsizetype mine = 0;
    for (const auto &other : std::as_const(m_requests))
        if (other->caller == caller)
            ++mine;
    return mine >= m_options.maxPendingPerCaller || m_requests.size() >= m_options.maxPending;
}

void HelperService::authorized(const std::shared_ptr<Request> &request,
                               const PolkitAuthority::Answer &answer, bool interactive)
{
    request->polkitTicket = 0;
    AuditLog::notice(QStringLiteral("request %1 %2 %3 by %4: polkit: %5")
                         .arg(request->id)
                         .arg(Request::kindName(request->kind), request->module,
                              request->callerText, answer.reason));
    auto fail = [&](const char *name, const QString &text) {
        replyError(request->message, name, text);
        requestFinished(request->id);
    };
    switch (answer.outcome) {
    case PolkitAuthority::Outcome::Authorized:
        if (m_queue.isBusy())
            sendProgress(*request, QStringLiteral("queued"),
                         QStringLiteral("Waiting for another operation to finish"));
        m_queue.enqueue(request);
        return;
    case PolkitAuthority::Outcome::ChallengeRefused:
        if (interactive)
            fail(E::NotAuthorized,
                 QStringLiteral("not authorized: authentication is required and no polkit agent "
                                "could ask for it"));
        else
            fail(E::InteractiveAuthorizationRequired,
                 QStringLiteral("authentication is required; call again allowing interactive "
                                "authorization"));
        return;
    case PolkitAuthority::Outcome::Denied:
        fail(E::NotAuthorized, QStringLiteral("not authorized (%1)").arg(answer.reason));
        return;
    case PolkitAuthority::Outcome::Failed:
        fail(E::NotAuthorized,
             QStringLiteral("not authorized: the authorization could not be checked"));
        return;
    }
}

void HelperService::refuse(const char *name, const QString &text)
{
    sendErrorReply(QString::fromLatin1(name), text); // also marks the reply as sent
    AuditLog::notice(QStringLiteral("refused a call from %1: %2: %3")
                         .arg(message().service(), QString::fromLatin1(name), text));
}

void HelperService::replyError(const QDBusMessage &message, const char *name, const QString &text)
{
    m_bus.send(message.createErrorReply(QString::fromLatin1(name), text));
}

void HelperService::sendProgress(const Request &request, const QString &stage, const QString &text)
{
    QDBusMessage signal = QDBusMessage::createTargetedSignal(
        request.caller, QLatin1String(Helper::ObjectPath), QLatin1String(Helper::InterfaceName),
        QStringLiteral("Progress"));
    signal << request.module << stage << text;
    m_bus.send(signal);
}

void HelperService::callerLeft(const QString &busName)
{
    for (const auto &request : std::as_const(m_requests)) {
        if (request->caller != busName)
            continue;
        request->cancelled = true;
        if (request->polkitTicket) {
            AuditLog::notice(QStringLiteral("request %1: caller %2 left; cancelling its "
                                            "authorization")
                                 .arg(request->id)
                                 .arg(busName));
            m_polkit.cancel(request->polkitTicket);
            request->polkitTicket = 0;
            // Not queued yet, so nobody else will finish it.
            QMetaObject::invokeMethod(
                this, [this, id = request->id] { requestFinished(id); }, Qt::QueuedConnection);
        }
    }
    m_callers.removeWatchedService(busName);
}

void HelperService::requestFinished(quint64 id)
{
    const auto request = m_requests.take(id);
    if (request) {
        bool more = false;
        for (const auto &other : std::as_const(m_requests))
            more = more || other->caller == request->caller;
        if (!more)
            m_callers.removeWatchedService(request->caller);
    }
    updateIdle();
}

void HelperService::updateIdle()
{
    if (m_requests.isEmpty() && !m_queue.isBusy())
        m_idle.start();
    else
        m_idle.stop();
}

void HelperService::idleTimeout()
{
    if (!m_requests.isEmpty() || m_queue.isBusy())
        return;
    // Release the name first: a call arriving from now on starts a new helper
    // through activation instead of reaching one that is leaving.
    AuditLog::notice(QStringLiteral("idle, exiting"));
    m_bus.unregisterService(QLatin1String(Helper::ServiceName));
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_requests.isEmpty() && !m_queue.isBusy())
                QCoreApplication::quit();
        },
        Qt::QueuedConnection);
}

} // namespace ModRescue
