// SPDX-License-Identifier: GPL-2.0-or-later
#include "Command.h"

#include "CoreJson.h"
#include "ExitCode.h"
#include "Result.h"

namespace ModRescue {

int reportError(CommandContext &context, const Error &error, int exitCode)
{
    if (context.json)
        context.console.printJson(CoreJson::error(error, exitCode));
    context.console.error(error.toString());
    return exitCode;
}

int exitCodeFor(const Error &error)
{
    return error.code == Error::Code::InvalidName ? ExitInvalidName : ExitFailure;
}

} // namespace ModRescue
