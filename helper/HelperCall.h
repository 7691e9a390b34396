// SPDX-License-Identifier: GPL-2.0-or-later
// HelperCall: how clients call a Helper1 method so that polkit may ask for a
// password. The generated proxy (HelperProxy) cannot set the message's
// ALLOW_INTERACTIVE_AUTHORIZATION flag in Qt 6.4, so the methods go through
// this one function; the proxy serves the Progress signal and properties.
#pragma once

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QString>
#include <QVariantList>

namespace ModRescue::Helper {

// A call of `method` on io.github.modrescue.Helper1 with `args` (types as in
// the XML: QString, ModuleParameterMap, QDBusUnixFileDescriptor).
QDBusMessage methodCall(const QString &method, const QVariantList &args, bool interactive = true);

// Sends it with the long timeout a password prompt needs.
QDBusPendingCall asyncCall(const QDBusConnection &bus, const QString &method,
                           const QVariantList &args, bool interactive = true);

} // namespace ModRescue::Helper
