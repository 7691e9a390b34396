// SPDX-License-Identifier: GPL-2.0-or-later
// D-Bus types of the Helper1 interface that QtDBus does not know by itself.
// Both the helper and every client call registerHelperDBusTypes() once before
// their first call.
#pragma once

#include <QMap>
#include <QString>

namespace ModRescue {

// Module parameters: name -> value (D-Bus a{ss}).
using ModuleParameterMap = QMap<QString, QString>;

void registerHelperDBusTypes();

} // namespace ModRescue
