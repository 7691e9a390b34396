// SPDX-License-Identifier: GPL-2.0-or-later
// modrescuectl: the command-line face of ModRescue. Finds the command, lets
// it add its options, parses, and runs it; everything else is in the commands.
#include "CommandRegistry.h"
#include "Console.h"
#include "ExitCode.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace ModRescue;

namespace {

struct Main
{
    Q_DECLARE_TR_FUNCTIONS(modrescuectl)
};

void addGlobalOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("root"),
                      Main::tr("Read the kernel state below DIR instead of / (a captured tree)."),
                      QStringLiteral("DIR"), QStringLiteral("/")});
    parser.addOption({QStringLiteral("json"),
                      Main::tr("Print JSON (schema in docs/cli.md) instead of text.")});
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, Main::tr("Show this help.")});
    parser.addOption({QStringLiteral("version"), Main::tr("Show the version.")});
}

// The first argument that is neither an option nor an option's value.
QString findCommand(const QStringList &args)
{
    static const QStringList withValue{QStringLiteral("--root"), QStringLiteral("--depth"),
                                       QStringLiteral("--format")};
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--"))
            return args.value(i + 1);
        if (withValue.contains(a)) {
            ++i;
            continue;
        }
        if (!a.startsWith(QLatin1Char('-')))
            return a;
    }
    return {};
}

void printHelp(Console &console, const QCommandLineParser &parser, Command *command)
{
    QTextStream &out = console.out();
    if (command) {
        out << Main::tr("Usage: modrescuectl [--root DIR] [--json] %1 %2")
                   .arg(command->name(), command->synopsis())
                   .trimmed()
            << "\n\n";
        console.printWrapped(command->summary());
        out << '\n' << parser.helpText().section(QLatin1Char('\n'), 2);
        return;
    }
    out << Main::tr("Usage: modrescuectl [--root DIR] [--json] COMMAND [ARGUMENTS]") << "\n\n";
    console.printWrapped(Main::tr("Shows loaded kernel modules, explains why one cannot be "
                                  "unloaded, and how ModRescue would remove it."));
    out << '\n' << Main::tr("Commands:") << '\n';
    for (const auto &c : CommandRegistry::instance().commands()) {
        const QString head = QStringLiteral("  %1 %2").arg(c->name(), c->synopsis());
        out << head << '\n';
        console.printWrapped(c->summary(), QStringLiteral("      "));
    }
    out << '\n' << parser.helpText().section(QLatin1Char('\n'), 2);
    out << '\n'
        << Main::tr("Exit status: 0 ok, 1 the kernel state could not be read, 2 usage error, 3 "
                    "invalid module name, 4 unknown module, 5 refused.")
        << '\n';
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("modrescuectl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MODRESCUE_VERSION));

    // Follow the system locale like the app: Qt's own strings (the option
    // parser's errors) and ours; English carries the plural forms.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("modrescue"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")) ||
        translator.load(QStringLiteral("modrescue_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    Console console;

    const QStringList args = QCoreApplication::arguments();
    const QString commandName = findCommand(args);
    std::unique_ptr<Command> command =
        commandName.isEmpty() ? nullptr : CommandRegistry::instance().create(commandName);

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    addGlobalOptions(parser);
    if (command)
        command->addOptions(parser);
    if (!parser.parse(args)) {
        console.error(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        console.out() << "modrescuectl " << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printHelp(console, parser, command.get());
        return ExitOk;
    }
    if (commandName.isEmpty()) {
        printHelp(console, parser, nullptr);
        return ExitUsage;
    }
    if (!command) {
        console.error(Main::tr("Unknown command \"%1\"; see modrescuectl --help.").arg(commandName));
        return ExitUsage;
    }
    QStringList positional = parser.positionalArguments();
    positional.removeFirst(); // the command's name
    CommandContext context{parser, positional, parser.value(QStringLiteral("root")),
                           parser.isSet(QStringLiteral("json")), console};
    const int code = command->run(context);
    console.out().flush();
    return code;
}
