// SPDX-License-Identifier: GPL-2.0-or-later
// ModuleName: validation and normalisation of kernel module names, shared by
// every part so that "snd-hda-intel" and "snd_hda_intel" name one module and
// nothing the kernel would reject ever reaches a syscall.
#pragma once

#include "Result.h"

#include <QString>
#include <QStringView>

namespace ModRescue {

class ModuleName
{
public:
    // MODULE_NAME_LEN is 64 - sizeof(unsigned long) on 64-bit kernels,
    // including the terminating NUL.
    static constexpr int MaxLength = 55;

    // The canonical spelling: '-' replaced by '_'. Fails with
    // Error::Code::InvalidName (and a sentence saying why) for an empty name,
    // one longer than MaxLength, or one with characters other than ASCII
    // letters, digits, '_' and '-'. A file name ("foo.ko") is not a name.
    static Result<QString> normalise(QStringView name);

    static bool isValid(QStringView name);

    // True when both are valid and name the same module.
    static bool same(QStringView a, QStringView b);

    // The module name of a module file path (".../snd-hda-intel.ko.zst" ->
    // "snd_hda_intel"), empty if the path is not a module file.
    static QString fromFilePath(QStringView path);
};

} // namespace ModRescue
