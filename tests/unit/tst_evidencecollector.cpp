// SPDX-License-Identifier: GPL-2.0-or-later
#include "EvidenceCollector.h"
#include "SnapshotReader.h"
#include "TreeBuilder.h"

#include <QTest>

using namespace ModRescue;
using Test::TreeBuilder;
using M = TreeBuilder::Module;

class TestEvidenceCollector : public QObject
{
    Q_OBJECT
private slots:
    void exitFunctionFromKallsyms()
    {
        TreeBuilder t;
        t.addKernel();
        t.addModule(M{QStringLiteral("with_exit")});
        M noExit{QStringLiteral("no_exit")};
        noExit.hasExit = false;
        t.addModule(noExit);
        t.finish();
        const EvidenceCollector c(t.root());
        QCOMPARE(*c.hasExitFunction(u"with_exit"), Tristate::Yes);
        QCOMPARE(*c.hasExitFunction(u"no-exit"), Tristate::No);
        QCOMPARE(*c.hasExitFunction(u"unlisted"), Tristate::Unknown);
    }

    void malformedKallsymsNamesTheLine()
    {
        TreeBuilder t;
        t.addKernel();
        t.finish();
        t.write(QStringLiteral("proc/kallsyms"), "ffffffff81000000 T _stext\nnonsense\n");
        auto r = EvidenceCollector(t.root()).hasExitFunction(u"x");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().line, 2);
    }

    void tiesTasksToModules_data()
    {
        QTest::addColumn<long>("nr");
        QTest::addColumn<QStringList>("cmdline");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("module");
        QTest::addColumn<QString>("tiedBy");
        QTest::newRow("finit by file") << 313L << QStringList{"insmod", "x"} << "/kmods/mr_init_block.ko"
                                       << "mr_init_block" << "file";
        QTest::newRow("init by cmdline") << 175L << QStringList{"insmod", "/kmods/mr_init_oops.ko"} << ""
                                         << "mr_init_oops" << "cmdline";
        QTest::newRow("delete by cmdline") << 176L << QStringList{"rmmod", "mr_exit_block"} << ""
                                           << "mr_exit_block" << "cmdline";
        QTest::newRow("delete, only candidate") << 176L << QStringList{"/usr/lib/systemd/udevd"} << ""
                                                << "mr_exit_block" << "only-candidate";
        QTest::newRow("init, two candidates") << 175L << QStringList{"loader"} << "" << "" << "";
    }
    void tiesTasksToModules()
    {
        QFETCH(long, nr);
        QFETCH(QStringList, cmdline);
        QFETCH(QString, file);
        QFETCH(QString, module);
        QFETCH(QString, tiedBy);
        TreeBuilder t;
        t.addKernel();
        t.addModule({QStringLiteral("mr_init_oops"), QStringLiteral("coming"), 1});
        t.addModule({QStringLiteral("mr_init_block"), QStringLiteral("coming"), 1});
        t.addModule({QStringLiteral("mr_exit_block"), QStringLiteral("going"), 0});
        t.addTask(4242, QStringLiteral("worker"), nr, cmdline, file, QStringLiteral("schedule_timeout"));
        t.finish();
        auto snapshot = SnapshotReader(t.root()).read();
        QVERIFY(snapshot.ok());
        auto scan = EvidenceCollector(t.root()).moduleTasks(*snapshot);
        QVERIFY(scan.ok());
        QCOMPARE(scan->tasks.size(), 1);
        const ModuleTask &task = scan->tasks.first();
        QCOMPARE(task.pid, 4242);
        QCOMPARE(task.comm, QStringLiteral("worker"));
        QCOMPARE(task.wchan, QStringLiteral("schedule_timeout"));
        QCOMPARE(task.module, module);
        QCOMPARE(task.tiedBy, tiedBy);
        QCOMPARE(task.file, file);
    }

    void unreadableSyscallFallsBackToCmdline()
    {
        TreeBuilder t;
        t.addKernel();
        t.addModule({QStringLiteral("mr_init_block"), QStringLiteral("coming"), 1});
        t.addTask(77, QStringLiteral("insmod"), 313, {QStringLiteral("insmod"), QStringLiteral("mr_init_block.ko")});
        t.finish();
        QFile::setPermissions(t.root() + QStringLiteral("/proc/77/syscall"), QFileDevice::WriteOwner);
        if (QFile(t.root() + QStringLiteral("/proc/77/syscall")).open(QIODevice::ReadOnly))
            QSKIP("Running as root: file permissions cannot make /proc/<pid>/syscall unreadable.");
        auto snapshot = SnapshotReader(t.root()).read();
        auto scan = EvidenceCollector(t.root()).moduleTasks(*snapshot);
        QVERIFY(scan.ok());
        QCOMPARE(scan->unreadable, 1);
        QCOMPARE(scan->tasks.size(), 1);
        QCOMPARE(scan->tasks.first().module, QStringLiteral("mr_init_block"));
        QVERIFY(!scan->tasks.first().confirmed);
    }

    void garbageSyscallIsAnError()
    {
        TreeBuilder t;
        t.addKernel();
        t.finish();
        t.write(QStringLiteral("proc/9/syscall"), "what is this\n");
        auto snapshot = SnapshotReader(t.root()).read();
        auto scan = EvidenceCollector(t.root()).moduleTasks(*snapshot);
        QVERIFY(!scan.ok());
        QVERIFY(scan.error().file.endsWith(QStringLiteral("proc/9/syscall")));
    }

    void findsReferenceSources()
    {
        TreeBuilder t;
        t.addKernel();
        t.addModule({QStringLiteral("mr_fs"), QStringLiteral("live"), 3});
        t.finish();
        // A mount of its filesystem, with an escaped space in the mount point.
        t.write(QStringLiteral("proc/mounts"),
                "proc /proc proc rw 0 0\n/dev/loop0 /mnt/my\\040disk mr_fs rw 0 0\n");
        // A network interface bound to its driver.
        t.write(QStringLiteral("sys/bus/pci/drivers/mr_fs_net/module"), QByteArray());
        QFile::remove(t.root() + QStringLiteral("/sys/bus/pci/drivers/mr_fs_net/module"));
        t.symlink(QStringLiteral("sys/bus/pci/drivers/mr_fs_net/module"), QStringLiteral("../../../../module/mr_fs"));
        t.symlink(QStringLiteral("sys/devices/pci0/0000:00:03.0/driver"),
                  QStringLiteral("../../../bus/pci/drivers/mr_fs_net"));
        t.symlink(QStringLiteral("sys/class/net/eth7/device"), QStringLiteral("../../../devices/pci0/0000:00:03.0"));
        // A character device registered under its name, held open by a process.
        t.write(QStringLiteral("proc/devices"), "Character devices:\n  1 mem\n240 mr_fs\n\nBlock devices:\n  7 loop\n");
        t.write(QStringLiteral("sys/dev/char/240:0/uevent"), "MAJOR=240\nMINOR=0\nDEVNAME=mr_fs0\n");
        t.write(QStringLiteral("proc/555/comm"), "holder\n");
        t.symlink(QStringLiteral("proc/555/fd/4"), QStringLiteral("/dev/mr_fs0"));
        t.symlink(QStringLiteral("proc/555/fd/5"), QStringLiteral("/dev/null"));

        auto refs = EvidenceCollector(t.root()).referenceSources(u"mr_fs");
        QVERIFY2(refs.ok(), qPrintable(refs ? QString() : refs.error().toString()));
        QCOMPARE(refs->size(), 3);
        QCOMPARE(refs->at(0).kind, ReferenceSource::Kind::Mount);
        QCOMPARE(refs->at(0).object, QStringLiteral("/mnt/my disk"));
        QCOMPARE(refs->at(1).kind, ReferenceSource::Kind::NetInterface);
        QCOMPARE(refs->at(1).object, QStringLiteral("eth7"));
        QCOMPARE(refs->at(1).detail, QStringLiteral("mr_fs_net"));
        QCOMPARE(refs->at(2).kind, ReferenceSource::Kind::OpenDevice);
        QCOMPARE(refs->at(2).object, QStringLiteral("/dev/mr_fs0"));
        QCOMPARE(refs->at(2).pid, 555);
        QCOMPARE(refs->at(2).comm, QStringLiteral("holder"));
    }
};

QTEST_GUILESS_MAIN(TestEvidenceCollector)
#include "tst_evidencecollector.moc"
