// SPDX-License-Identifier: GPL-2.0-or-later
#include "ReferenceSource.h"

namespace ModRescue {

QString referenceKindId(ReferenceSource::Kind kind)
{
    switch (kind) {
    case ReferenceSource::Kind::OpenDevice:
        return QStringLiteral("open-device");
    case ReferenceSource::Kind::Mount:
        return QStringLiteral("mount");
    case ReferenceSource::Kind::NetInterface:
        return QStringLiteral("net-interface");
    }
    return {};
}

} // namespace ModRescue
