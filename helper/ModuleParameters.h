// SPDX-License-Identifier: GPL-2.0-or-later
// ModuleParameters: validates module parameters given by a client as
// NAME -> VALUE pairs and joins them into the one option string the kernel
// parses. Strict so that one pair can never turn into two: no whitespace, no
// quotes, no '=' in names, printable ASCII only, bounded sizes.
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

#include <optional>

namespace ModRescue {

class ModuleParameters
{
public:
    static constexpr int MaxPairs = 64;
    static constexpr int MaxNameLength = 63;
    static constexpr int MaxValueLength = 1024;
    static constexpr int MaxTotalLength = 8192;

    // On success the kernel option string ("a=1 b=x"); otherwise nullopt and
    // `why` says which pair is wrong (the name only if it is itself valid).
    static std::optional<QByteArray> join(const QMap<QString, QString> &pairs, QString *why);
};

} // namespace ModRescue
