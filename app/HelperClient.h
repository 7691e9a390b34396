// SPDX-License-Identifier: GPL-2.0-or-later
// The app's side of the helper: starts requests through the generated
// Helper1 proxy asynchronously (interactive authorisation allowed, long
// timeout), forwards the helper's progress, and reports each request's end
// with a result or an explained error. Never blocks the GUI thread.
#pragma once

#include "HelperErrorText.h"

#include <QDBusConnection>
#include <QMap>
#include <QDBusPendingCall>
#include <QObject>
#include <QVariantMap>

class HelperProxy;

namespace ModRescue {

class HelperClient : public QObject
{
    Q_OBJECT
public:
    enum class Operation { Unload, UnloadWithDependents, ForceRemove, LoadModule, LoadFile };
    Q_ENUM(Operation)

    explicit HelperClient(QObject *parent = nullptr);
    // For tests: a private bus with the helper on it.
    HelperClient(const QDBusConnection &connection, QObject *parent = nullptr);
    ~HelperClient() override;

    // Each returns a request id that finished()/failed() carry.
    int unload(const QString &module);
    int unloadWithDependents(const QString &module);
    // exitMode: "auto", "run" or "skip".
    int forceRemove(const QString &module, const QString &exitMode);
    int loadModule(const QString &module, const QMap<QString, QString> &parameters);
    // fd is duplicated by QtDBus; the caller may close its copy right away.
    int loadFile(int fd, const QString &displayName, const QMap<QString, QString> &parameters);

    int pendingCount() const { return m_pending; }
    static QString operationText(Operation op, const QString &module);

Q_SIGNALS:
    void progress(const QString &module, const QString &stage, const QString &message);
    void finished(int request, ModRescue::HelperClient::Operation op, const QString &module,
                  const QVariantMap &result);
    void failed(int request, ModRescue::HelperClient::Operation op, const QString &module,
                const ModRescue::HelperErrorText &error, const QString &errorName);
    void busyChanged(bool busy);

private:
    QDBusPendingCall call(const char *signature, const QVariantList &arguments) const;
    int track(const QDBusPendingCall &call, Operation op, const QString &module);

    HelperProxy *m_proxy;
    int m_next = 0;
    int m_pending = 0;
};

} // namespace ModRescue

Q_DECLARE_METATYPE(ModRescue::HelperErrorText)
