// SPDX-License-Identifier: GPL-2.0-or-later
// Turns an error of the ModRescue helper (a D-Bus error name and message)
// into words for people: what happened, and what to do next.
#pragma once

#include <QCoreApplication>
#include <QString>

class QDBusError;

namespace ModRescue {

struct HelperErrorText
{
    Q_DECLARE_TR_FUNCTIONS(HelperErrorText)

public:
    QString title;   // short: "Not authorised"
    QString text;    // what happened, in a sentence or two
    QString advice;  // what to do next
    QString details; // the helper's own message, for the log and "Details"

    // name: a D-Bus error name (io.github.modrescue.Error.*, org.freedesktop.DBus.Error.*).
    static HelperErrorText explain(const QString &name, const QString &message,
                                   const QString &module = {});
    static HelperErrorText explain(const QDBusError &error, const QString &module = {});
};

} // namespace ModRescue
