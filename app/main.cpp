// SPDX-License-Identifier: GPL-2.0-or-later
// modrescue: the desktop application. Options for tests and screenshots:
// --root reads a captured tree instead of the running system; --force-remove
// drives the Force Remove action of the window (the VM test and the lab),
// with --yes confirming its dialog with the diagnosis' defaults.
#include "GraphView.h"
#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

using ModRescue::MainWindow;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("modrescue"));
    QApplication::setApplicationDisplayName(QStringLiteral("ModRescue"));
    QApplication::setApplicationVersion(QStringLiteral(MODRESCUE_VERSION));
    QApplication::setOrganizationDomain(QStringLiteral("modrescue.github.io"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.modrescue.ModRescue"));

    // Follow the system locale: Qt's own strings and ours.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    // English is the fallback: it carries the plural forms of the source texts.
    if (translator.load(QLocale(), QStringLiteral("modrescue"), QStringLiteral("_"),
                        QStringLiteral(":/i18n"))
        || translator.load(QStringLiteral("modrescue_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Shows the loaded kernel modules, explains why one cannot be unloaded, and "
                "removes stuck ones."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption rootOption(
        QStringLiteral("root"),
        QApplication::translate("main", "Read the kernel state below <dir> (a captured tree) "
                                        "instead of /."),
        QStringLiteral("dir"), QStringLiteral("/"));
    const QCommandLineOption selectOption(
        QStringLiteral("select"), QApplication::translate("main", "Select <module> at start."),
        QStringLiteral("module"));
    const QCommandLineOption wholeOption(
        QStringLiteral("whole-graph"),
        QApplication::translate("main", "Show the whole system in the graph."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window to <file> once it is "
                                        "populated, then quit."),
        QStringLiteral("file"));
    const QCommandLineOption forceOption(
        QStringLiteral("force-remove"),
        QApplication::translate("main", "Once the window is populated, select <module> and run "
                                        "Force Remove on it, as its button does; quit when the "
                                        "helper answers. With --screenshot, the picture is "
                                        "taken before the removal."),
        QStringLiteral("module"));
    const QCommandLineOption yesOption(
        QStringLiteral("yes"),
        QApplication::translate("main", "Confirm the action's dialog with its defaults instead "
                                        "of waiting for a click (automation)."));
    parser.addOptions({rootOption, selectOption, wholeOption, screenshotOption, forceOption,
                       yesOption});
    parser.process(app);

    MainWindow::Options options;
    options.root = QDir(parser.value(rootOption)).absolutePath();
    options.select = parser.value(selectOption);
    options.wholeSystemGraph = parser.isSet(wholeOption);
    const QString forceModule = parser.value(forceOption);
    if (!forceModule.isEmpty() && options.select.isEmpty())
        options.select = forceModule;
    options.acceptDialogs = parser.isSet(yesOption);

    MainWindow window(options);
    window.show();

    if (!forceModule.isEmpty()) {
        const QString file = parser.value(screenshotOption);
        auto act = [&window, file, forceModule] {
            if (!file.isEmpty()) {
                const bool ok = window.grab().save(file);
                std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "saved" : "could not save",
                             qPrintable(file));
                std::fflush(stdout);
            }
            window.selectModule(forceModule);
            if (window.currentModule() != forceModule) {
                std::fprintf(stderr, "force-remove: no module %s in the table\n",
                             qPrintable(forceModule));
                QApplication::exit(1);
                return;
            }
            std::printf("force-remove: %s: triggering Force Remove\n", qPrintable(forceModule));
            std::fflush(stdout);
            window.forceRemoveAction()->trigger();
        };
        QObject::connect(&window, &MainWindow::idle, &window,
                         [act] { QTimer::singleShot(300, act); }, Qt::SingleShotConnection);
        // The helper answered (or the action never reached it): quit.
        QObject::connect(&window, &MainWindow::actionEnded, &window,
                         [](bool ok, const QString &message) {
                             std::printf("force-remove: %s: %s\n", ok ? "ok" : "failed",
                                         qPrintable(message));
                             std::fflush(stdout);
                             QApplication::exit(ok ? 0 : 1);
                         });
        QTimer::singleShot(180'000, &window, [] {
            std::fputs("force-remove: timed out\n", stderr);
            QApplication::exit(2);
        });
    } else if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        auto shoot = [&window, file] {
            const bool ok = window.grab().save(file);
            std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "saved" : "could not save",
                         qPrintable(file));
            QApplication::exit(ok ? 0 : 1);
        };
        // Once everything is read and laid out; give the last paint a moment.
        QObject::connect(&window, &MainWindow::idle, &window,
                         [shoot] { QTimer::singleShot(300, shoot); }, Qt::SingleShotConnection);
        QTimer::singleShot(60'000, &window, [] {
            std::fputs("timed out waiting for the window to populate\n", stderr);
            QApplication::exit(2);
        });
    }
    return QApplication::exec();
}
