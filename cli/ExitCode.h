// SPDX-License-Identifier: GPL-2.0-or-later
// ExitCode: modrescuectl's documented exit statuses (docs/cli.md). Stable:
// scripts depend on them; new commands reuse these before adding any.
#pragma once

namespace ModRescue {

enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,      // the kernel state could not be read, or an action failed
    ExitUsage = 2,        // unknown command or option, bad argument
    ExitInvalidName = 3,  // the module name is not a valid module name
    ExitUnknownModule = 4, // no such module (not loaded, not built in, not installed)
    ExitRefused = 5,      // reserved for actions: the helper refused (case 2', 5', not authorised)
};

} // namespace ModRescue
