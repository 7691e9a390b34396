// SPDX-License-Identifier: GPL-2.0-or-later
#include "HelperDBusTypes.h"

#include <QDBusMetaType>

namespace ModRescue {

void registerHelperDBusTypes()
{
    qDBusRegisterMetaType<QMap<QString, QString>>();
}

} // namespace ModRescue
