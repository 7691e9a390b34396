// SPDX-License-Identifier: GPL-2.0-or-later
#include "Tristate.h"

#include <QCoreApplication>

namespace ModRescue {

QString tristateId(Tristate value)
{
    switch (value) {
    case Tristate::No:
        return QStringLiteral("no");
    case Tristate::Yes:
        return QStringLiteral("yes");
    case Tristate::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString tristateText(Tristate value)
{
    switch (value) {
    case Tristate::No:
        return QCoreApplication::translate("Tristate", "no");
    case Tristate::Yes:
        return QCoreApplication::translate("Tristate", "yes");
    case Tristate::Unknown:
        break;
    }
    return QCoreApplication::translate("Tristate", "unknown");
}

} // namespace ModRescue
