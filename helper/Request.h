// SPDX-License-Identifier: GPL-2.0-or-later
// Request: one method call from its arrival to its reply: the validated
// arguments, the caller, and the delayed-reply message. Shared between the
// D-Bus thread (authorisation) and the worker thread (execution).
#pragma once

#include "KernelModuleFile.h"

#include <QByteArray>
#include <QDBusMessage>
#include <QDBusUnixFileDescriptor>
#include <QString>

#include <atomic>
#include <optional>

namespace ModRescue {

struct Request
{
    enum class Kind
    {
        Unload,
        UnloadWithDependents,
        ForceRemove,
        LoadModule,
        LoadFile
    };
    enum class ExitMode
    {
        Auto,
        Run,
        Skip
    };

    quint64 id = 0;
    Kind kind = Kind::Unload;
    QDBusMessage message; // for the delayed reply
    QString caller;       // unique bus name, from the bus daemon
    QString callerText;   // "uid 1000 pid 42 (modrescuectl) :1.7", for the log
    QString module;       // canonical module name
    ExitMode exitMode = ExitMode::Auto;
    QByteArray parameters;        // validated "a=1 b=2"
    QDBusUnixFileDescriptor file; // LoadFile: the caller's file
    QString actionId;             // polkit action
    quint64 polkitTicket = 0;
    std::atomic<bool> cancelled = false; // the caller left before it ran

    static QString kindName(Kind kind)
    {
        switch (kind) {
        case Kind::Unload:
            return QStringLiteral("Unload");
        case Kind::UnloadWithDependents:
            return QStringLiteral("UnloadWithDependents");
        case Kind::ForceRemove:
            return QStringLiteral("ForceRemove");
        case Kind::LoadModule:
            return QStringLiteral("LoadModule");
        case Kind::LoadFile:
            return QStringLiteral("LoadFile");
        }
        return {};
    }
};

} // namespace ModRescue
