// SPDX-License-Identifier: GPL-2.0-or-later
// modrescuectl's action commands against the test helper on a private bus:
// exit statuses for each helper answer, progress lines, confirmation.
#include "TestSupport.h"

#include <QProcess>
#include <QTest>

using namespace ModRescue;

class TestModrescuectlActions : public QObject
{
    Q_OBJECT
    std::unique_ptr<HelperBus> m_bus;

    struct Run
    {
        int code = -1;
        QString out, err;
    };
    Run ctl(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MODRESCUE_HELPER_BUS_ADDRESS"), m_bus->address());
        p.setProcessEnvironment(env);
        p.setStandardInputFile(QProcess::nullDevice()); // not a terminal
        p.start(QStringLiteral(MODRESCUECTL_PATH),
                QStringList{QStringLiteral("--root"), m_bus->root()} + args);
        p.waitForFinished(60000);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_bus = std::make_unique<HelperBus>();
        MODRESCUE_START_BUS(*m_bus, HelperBus::Options{});
    }
    void cleanupTestCase() { m_bus.reset(); }

    void exitStatuses_data()
    {
        QTest::addColumn<QStringList>("allowed");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("stderrHas");
        const QStringList all{QStringLiteral("io.github.modrescue.unload"),
                              QStringLiteral("io.github.modrescue.force-unload"),
                              QStringLiteral("io.github.modrescue.load")};
        QTest::newRow("unload denied")
            << QStringList() << QStringList{"unload", "mr_chain_top", "--yes"} << 5
            << "NotAuthorized";
        QTest::newRow("unload reaches the kernel")
            << all << QStringList{"unload", "mr_chain_top", "--yes"} << 1 << "KernelRefused";
        QTest::newRow("unload shows progress")
            << all << QStringList{"unload", "mr_chain_top", "--yes"} << 1
            << "[removing] mr_chain_top";
        QTest::newRow("unload held")
            << all << QStringList{"unload", "mr_chain_base", "--yes"} << 5 << "UsedByModules";
        QTest::newRow("unload with dependents")
            << all << QStringList{"unload", "mr_chain_base", "--with-dependents", "--yes"} << 1
            << "nothing was removed";
        QTest::newRow("unload bad name")
            << all << QStringList{"unload", "../x", "--yes"} << 3 << "";
        QTest::newRow("unload absent")
            << all << QStringList{"unload", "nosuch", "--yes"} << 4 << "NoSuchModule";
        QTest::newRow("no --yes off a terminal")
            << all << QStringList{"unload", "mr_chain_top"} << 5 << "--yes";
        QTest::newRow("force held")
            << all << QStringList{"force", "mr_chain_base", "--yes"} << 5 << "UsedByModules";
        QTest::newRow("force built-in")
            << all << QStringList{"force", "printk", "--skip-exit", "--yes"} << 5 << "BuiltIn";
        QTest::newRow("force both exit options")
            << all << QStringList{"force", "mr_chain_top", "--run-exit", "--skip-exit"} << 2 << "";
        QTest::newRow("load absent")
            << all << QStringList{"load", "nosuch", "debug=1", "--yes"} << 4 << "NoSuchModule";
        QTest::newRow("load bad parameter")
            << all << QStringList{"load", "nosuch", "debug", "--yes"} << 2 << "NAME=VALUE";
        QTest::newRow("load parameter with space")
            << all << QStringList{"load", "nosuch", "a=1 b=2", "--yes"} << 2 << "InvalidArgument";
        QTest::newRow("load missing file")
            << all << QStringList{"load", "/nonexistent/x.ko", "--yes"} << 2 << "Cannot open";
        QTest::newRow("load not a module")
            << all << QStringList{"load", "/etc/hostname.ko", "--yes"} << 2 << "";
        QTest::newRow("reload needs a file")
            << all << QStringList{"reload", "mr_chain_top", "--yes"} << 2 << "";
    }
    void exitStatuses()
    {
        QFETCH(QStringList, allowed);
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, stderrHas);
        QVERIFY(m_bus->setAllowed(allowed));
        const Run r = ctl(args);
        QVERIFY2(r.code == code,
                 qPrintable(QStringLiteral("exit %1\n%2\n%3").arg(r.code).arg(r.out, r.err)));
        QVERIFY2(r.err.contains(stderrHas), qPrintable(r.err));
        QVERIFY(m_bus->helperAnswers());
    }

    void loadsAFileByDescriptor()
    {
        const QString ko = findRealKernelModule();
        if (ko.isEmpty())
            QSKIP("no real .ko on this machine (tests/vm/prepare extracts Debian kernels)");
        QVERIFY(m_bus->setAllowed({QStringLiteral("io.github.modrescue.load")}));
        const Run r = ctl({QStringLiteral("load"), ko, QStringLiteral("--yes")});
        // Authorised, sent as a descriptor, checked, and refused by the
        // kernel only because the test helper lacks CAP_SYS_MODULE.
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("[loading]")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Operation not permitted")) ||
                     r.err.contains(QStringLiteral("Function not implemented")),
                 qPrintable(r.err));
    }

    void jsonResultOnError()
    {
        QVERIFY(m_bus->setAllowed({}));
        const Run r = ctl({QStringLiteral("--json"), QStringLiteral("unload"),
                           QStringLiteral("mr_chain_top"), QStringLiteral("--yes")});
        QCOMPARE(r.code, 5);
        QVERIFY2(
            r.out.contains(QStringLiteral("\"name\": \"io.github.modrescue.Error.NotAuthorized\"")),
            qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestModrescuectlActions)
#include "tst_modrescuectlactions.moc"
