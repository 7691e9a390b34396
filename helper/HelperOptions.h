// SPDX-License-Identifier: GPL-2.0-or-later
// HelperOptions: the few settings of the helper. The installed binary uses
// the defaults only (system bus, real root, build-time fixer directories);
// the test-only binary (MODRESCUE_HELPER_TESTING) may change them from its
// command line, and drops CAP_SYS_MODULE before it does (see main.cpp).
#pragma once

#include "FixerFile.h"

#include <QString>
#include <QStringList>

namespace ModRescue {

struct HelperOptions
{
    QString root = QStringLiteral("/"); // below which the kernel state is read
    QStringList fixerDirectories = FixerFile::defaultSearchDirectories();
    int idleExitMs = 60 * 1000;      // exit after this long without work
    int unloadTimeoutMs = 20 * 1000; // one delete_module
    int loadTimeoutMs = 60 * 1000;   // one module load (its init runs)
    int maxPendingPerCaller = 4;
    int maxPending = 32;
    bool testing = false;
};

} // namespace ModRescue
