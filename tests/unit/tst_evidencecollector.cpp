// SPDX-License-Identifier: GPL-2.0-or-later
#include "EvidenceCollector.h"
#include "SnapshotReader.h"
#include "TreeBuilder.h"

#include <QDir>
#include <QTest>

using namespace ModRescue;
using Test::TreeBuilder;
using M = TreeBuilder::Module;

namespace {

// Same result, same evidence, field by field; the first difference as text.
QString difference(const Result<ModuleEvidence> &a, const Result<ModuleEvidence> &b)
{
    if (a.ok() != b.ok())
        return QStringLiteral("one is an error: %1 / %2")
            .arg(a ? QString() : a.error().toString(), b ? QString() : b.error().toString());
    if (!a)
        return a.error().toString() == b.error().toString() && a.error().code == b.error().code
            ? QString()
            : QStringLiteral("errors differ: %1 / %2").arg(a.error().toString(),
                                                           b.error().toString());
    if (a->module != b->module)
        return QStringLiteral("module");
    if (a->hasExit != b->hasExit)
        return QStringLiteral("hasExit");
    if (a->tasks != b->tasks)
        return QStringLiteral("tasks");
    if (a->untiedTasks != b->untiedTasks)
        return QStringLiteral("untiedTasks");
    if (a->unreadableTasks != b->unreadableTasks)
        return QStringLiteral("unreadableTasks");
    if (a->references != b->references)
        return QStringLiteral("references");
    if (a->notes != b->notes)
        return QStringLiteral("notes: %1 / %2").arg(a->notes.join(u'|'), b->notes.join(u'|'));
    return {};
}

// collectAll() and share() against collect() per module, for every module of
// the snapshot below root; the number of modules compared.
int compareBatchWithPerModule(const QString &root)
{
    auto snapshot = SnapshotReader(root).read();
    if (!snapshot) {
        QTest::qFail(qPrintable(snapshot.error().toString()), __FILE__, __LINE__);
        return -1;
    }
    const EvidenceCollector c(root);
    const auto all = c.collectAll(*snapshot);
    const auto shared = c.share(*snapshot);
    qsizetype i = 0;
    for (const ModuleInfo &m : snapshot->modules()) {
        const Result<ModuleEvidence> single = c.collect(*snapshot, m.name);
        const QString viaShared = difference(single, c.collect(*snapshot, m.name, shared));
        if (!viaShared.isEmpty()) {
            QTest::qFail(qPrintable(m.name + QStringLiteral(" (shared): ") + viaShared), __FILE__,
                         __LINE__);
            return -1;
        }
        if (m.isBuiltIn())
            continue;
        if (i >= all.size() || all[i].first != m.name) {
            QTest::qFail(qPrintable(QStringLiteral("collectAll() misses or misorders %1").arg(m.name)),
                         __FILE__, __LINE__);
            return -1;
        }
        const QString viaAll = difference(single, all[i].second);
        if (!viaAll.isEmpty()) {
            QTest::qFail(qPrintable(m.name + QStringLiteral(" (collectAll): ") + viaAll), __FILE__,
                         __LINE__);
            return -1;
        }
        ++i;
    }
    if (i != all.size()) {
        QTest::qFail("collectAll() lists modules that are not in the snapshot", __FILE__, __LINE__);
        return -1;
    }
    return int(i);
}

} // namespace

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
        const QString syscallFile = t.root() + QStringLiteral("/proc/77/syscall");
        QFile::setPermissions(syscallFile, QFileDevice::WriteOwner);
        if (QFile(syscallFile).open(QIODevice::ReadOnly)) {
            // Root reads a file whatever its mode (and CI runs as root); a
            // symlink to itself cannot be read by anyone, as a user cannot
            // read another user's /proc/<pid>/syscall.
            QVERIFY(QFile::remove(syscallFile));
            QVERIFY(QFile::link(QStringLiteral("syscall"), syscallFile));
            QVERIFY(!QFile(syscallFile).open(QIODevice::ReadOnly));
        }
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

    // The batch (one kallsyms read, one task scan for all modules) answers
    // exactly what collecting each module on its own answers, on the captures.
    void batchEqualsPerModuleOnFixtures_data()
    {
        QTest::addColumn<QString>("root");
        const QDir dir(QStringLiteral(MODRESCUE_FIXTURES));
        int rows = 0;
        for (const QString &k : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QString root = dir.filePath(k) + QStringLiteral("/all-cases");
            if (QFile::exists(root + QStringLiteral("/proc/modules")) && ++rows)
                QTest::newRow(qPrintable(k)) << root;
        }
        if (rows == 0)
            QTest::newRow("none captured") << QString();
    }
    void batchEqualsPerModuleOnFixtures()
    {
        QFETCH(QString, root);
        if (root.isEmpty())
            QSKIP("No captured fixtures: tests/fixtures/<kver>/all-cases/");
        const int compared = compareBatchWithPerModule(root);
        if (QTest::currentTestFailed())
            return;
        // The captures hold every test module; a batch that dropped them all
        // would compare nothing.
        QVERIFY2(compared >= 9, qPrintable(QString::number(compared)));
    }

    // Where kallsyms turns bad matters: a cleanup_module before the bad line
    // is still found, one after it is not; the batch must keep that.
    void batchEqualsPerModuleOnBrokenKallsyms()
    {
        TreeBuilder t;
        t.addKernel();
        t.addModule(M{QStringLiteral("early")});
        t.addModule(M{QStringLiteral("late")});
        t.finish();
        t.write(QStringLiteral("proc/kallsyms"),
                "ffffffff81000000 T _stext\n"
                "ffffffffc0a00000 t cleanup_module\t[early]\n"
                "nonsense\n"
                "ffffffffc0b00000 t cleanup_module\t[late]\n");
        const EvidenceCollector c(t.root());
        QCOMPARE(*c.hasExitFunction(u"early"), Tristate::Yes);
        QVERIFY(!c.hasExitFunction(u"late").ok());
        auto snapshot = SnapshotReader(t.root()).read();
        QVERIFY(snapshot.ok());
        const auto shared = c.share(*snapshot);
        QCOMPARE(*shared.hasExitFunction(u"early"), Tristate::Yes);
        QCOMPARE(shared.hasExitFunction(u"late").error().line, 3);
        QCOMPARE(compareBatchWithPerModule(t.root()), 2);
    }
};

QTEST_GUILESS_MAIN(TestEvidenceCollector)
#include "tst_evidencecollector.moc"
