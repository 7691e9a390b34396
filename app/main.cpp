// SPDX-License-Identifier: GPL-2.0-or-later
// modrescue: the desktop application. Options for tests and screenshots:
// --root reads a captured tree instead of the running system.
#include "GraphView.h"
#include "MainWindow.h"

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
    parser.addOptions({rootOption, selectOption, wholeOption, screenshotOption});
    parser.process(app);

    MainWindow::Options options;
    options.root = QDir(parser.value(rootOption)).absolutePath();
    options.select = parser.value(selectOption);
    options.wholeSystemGraph = parser.isSet(wholeOption);

    MainWindow window(options);
    window.show();

    if (parser.isSet(screenshotOption)) {
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
