// SPDX-License-Identifier: GPL-2.0-or-later
// ModuleFile: a .ko named on modrescuectl's command line: its module name
// (from .modinfo, as the helper will read it) and a read-only descriptor to
// hand to the helper. The helper checks the file again itself.
#pragma once

#include <QDBusUnixFileDescriptor>
#include <QString>

namespace ModRescue {

struct ModuleFile
{
    QString path;
    QString name;                 // canonical; from .modinfo "name=", else the file name
    QDBusUnixFileDescriptor file; // open for reading

    // "foo.ko", "./foo.ko.xz", "/x/foo.ko": anything with a '/' or a .ko
    // suffix is a file, not a module name.
    static bool looksLikeFile(const QString &argument);
    static bool open(const QString &path, ModuleFile *out, QString *why);
};

} // namespace ModRescue
