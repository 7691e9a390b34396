// SPDX-License-Identifier: GPL-2.0-or-later
// Small shared pieces of the D-Bus tests: starting a HelperBus or skipping
// with the name of the missing real part, and finding a real .ko.
#pragma once

#include "HelperBus.h"

#include <QDBusMessage>
#include <QDirIterator>
#include <QTest>

#define MODRESCUE_START_BUS(bus, options)                                                          \
    do {                                                                                           \
        QString why_;                                                                              \
        if (!(bus).start((options), &why_)) {                                                      \
            if (why_.startsWith(QLatin1String("missing: ")))                                       \
                QSKIP(qPrintable(why_));                                                           \
            QFAIL(qPrintable(why_));                                                               \
        }                                                                                          \
    } while (false)

namespace ModRescue {

// The test helper has no CAP_SYS_MODULE: the kernel answers EPERM, or
// ENOSYS where it has no module support at all (containers, CI).
inline bool kernelSaidNo(const QDBusMessage &reply)
{
    return reply.errorName() == QLatin1String("io.github.modrescue.Error.KernelRefused") &&
           (reply.errorMessage().contains(QLatin1String("Operation not permitted")) ||
            reply.errorMessage().contains(QLatin1String("Function not implemented")));
}

// An uncompressed .ko of a Debian kernel installed or extracted on this
// machine (the kernel lab's cache or /lib/modules); empty if there is none.
inline QString findRealKernelModule()
{
    const QStringList roots{
        qEnvironmentVariable("MODRESCUE_CACHE", QStringLiteral("/var/cache/modrescue")) +
            QStringLiteral("/kernels"),
        QStringLiteral("/lib/modules")};
    for (const QString &root : roots) {
        QDirIterator it(root, {QStringLiteral("*.ko")}, QDir::Files, QDirIterator::Subdirectories);
        if (it.hasNext())
            return it.next();
    }
    return {};
}

} // namespace ModRescue
