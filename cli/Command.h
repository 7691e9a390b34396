// SPDX-License-Identifier: GPL-2.0-or-later
// Command: one modrescuectl subcommand. Each lives in its own file and
// registers itself with MODRESCUE_REGISTER_COMMAND, so new commands (unload,
// force, load, reload) are added without touching the others.
#pragma once

#include "Console.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <memory>

namespace ModRescue {

struct CommandContext
{
    QCommandLineParser &parser; // global and the command's options, parsed
    QStringList arguments;      // positional arguments after the command name
    QString root;               // --root, "/" by default
    bool json = false;          // --json
    Console &console;
};

class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    // "NAME", "[NAME] [--depth N]": shown after the command name in help.
    virtual QString synopsis() const = 0;
    // One translated sentence.
    virtual QString summary() const = 0;
    // Order in the help listing (read-only commands 10..49, actions 50..).
    virtual int order() const { return 100; }
    virtual void addOptions(QCommandLineParser &parser) { Q_UNUSED(parser); }
    // Returns an ExitCode.
    virtual int run(CommandContext &context) = 0;
};

} // namespace ModRescue

namespace ModRescue {
struct Error;
// Prints the error (on stderr, and as a JSON error object on stdout with
// --json) and returns exitCode.
int reportError(CommandContext &context, const Error &error, int exitCode);
// The exit code for an error from core/: InvalidName -> ExitInvalidName,
// everything else -> ExitFailure.
int exitCodeFor(const Error &error);
} // namespace ModRescue
