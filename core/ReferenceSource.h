// SPDX-License-Identifier: GPL-2.0-or-later
// ReferenceSource: something userspace can see that explains (part of) a live
// module's reference count: an open device node, a mount, a bound interface.
#pragma once

#include <QString>

namespace ModRescue {

struct ReferenceSource
{
    enum class Kind { OpenDevice, Mount, NetInterface };
    Kind kind = Kind::OpenDevice;
    QString object;   // "/dev/foo", the mount point, or the interface name
    QString detail;   // filesystem type, driver name, or device number
    qint64 pid = 0;   // OpenDevice: the process holding it open
    QString comm;     // OpenDevice: its command name
    bool operator==(const ReferenceSource &) const = default;
};

QString referenceKindId(ReferenceSource::Kind kind); // "open-device", "mount", "net-interface"

} // namespace ModRescue
