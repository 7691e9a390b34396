// SPDX-License-Identifier: GPL-2.0-or-later
#include "SnapshotReader.h"
#include "TreeBuilder.h"

#include <QDir>
#include <QTest>

using namespace ModRescue;
using Test::TreeBuilder;

namespace {
void baseTree(TreeBuilder &t)
{
    t.addKernel();
    t.addModule({QStringLiteral("base"), QStringLiteral("live"), 1, {QStringLiteral("top")}, {}, true, 20480});
    t.addModule({QStringLiteral("top"), QStringLiteral("live"), 0, {}, QStringLiteral("OE"), true, 16384});
    t.addModule({QStringLiteral("stuck"), QStringLiteral("coming"), 1, {}, QStringLiteral("OE"), true, 16384});
    t.addBuiltIn(QStringLiteral("vt"));
    t.finish();
}
} // namespace

class TestSnapshotReader : public QObject
{
    Q_OBJECT
private slots:
    void readsModulesHoldersAndBuiltIns()
    {
        TreeBuilder t;
        baseTree(t);
        t.write(QStringLiteral("lib/modules/6.1.0-test-amd64/modules.builtin"),
                "kernel/drivers/tty/serial/8250/8250.ko\nkernel/fs/ext4/ext4.ko\n");
        auto s = SnapshotReader(t.root()).read();
        QVERIFY2(s.ok(), qPrintable(s ? QString() : s.error().toString()));
        QCOMPARE(s->loadedCount(), 3);
        QCOMPARE(s->modules().first().name, QStringLiteral("base"));
        const ModuleInfo *base = s->find(u"base");
        QVERIFY(base);
        QCOMPARE(base->size, 20480);
        QCOMPARE(base->refCount, 1);
        QCOMPARE(base->holders, QStringList{QStringLiteral("top")});
        QCOMPARE(s->find(u"top")->uses, QStringList{QStringLiteral("base")});
        QCOMPARE(s->find(u"top")->taint, QStringLiteral("OE"));
        QCOMPARE(s->find(u"stuck")->state, ModuleState::Coming);
        QCOMPARE(s->find(u"stuck")->taint, QStringLiteral("OE"));
        QVERIFY(s->find(u"vt")->isBuiltIn());
        QVERIFY(s->find(u"8250")->isBuiltIn());
        QVERIFY(s->find(u"ext4")->isBuiltIn());
        QVERIFY(!s->find(u"module") || s->find(u"module")->isBuiltIn());
        QCOMPARE(s->find(u"st-uck"), s->find(u"st_uck"));
        QVERIFY(!s->find(u"top")->permanent);
    }

    void goingModuleMayShowMinusOne()
    {
        TreeBuilder t;
        t.addKernel();
        t.addModule({QStringLiteral("gone"), QStringLiteral("going"), -1, {}, QStringLiteral("OE")});
        t.finish();
        auto s = SnapshotReader(t.root()).read();
        QVERIFY2(s.ok(), qPrintable(s ? QString() : s.error().toString()));
        QCOMPARE(s->find(u"gone")->refCount, -1);
        QVERIFY(s->find(u"gone")->refCountKnown);
    }

    void readsPermanentMarker()
    {
        TreeBuilder t;
        t.addKernel();
        t.addModule({QStringLiteral("base"), QStringLiteral("live"), 1, {QStringLiteral("top")}, {}, false});
        t.addModule({QStringLiteral("top")});
        t.finish();
        auto s = SnapshotReader(t.root()).read();
        QVERIFY2(s.ok(), qPrintable(s ? QString() : s.error().toString()));
        QVERIFY(s->find(u"base")->permanent);
        QCOMPARE(s->find(u"base")->holders, QStringList{QStringLiteral("top")});
    }

    void emptyProcModulesMeansNoModules()
    {
        TreeBuilder t;
        t.addKernel();
        t.finish();
        auto s = SnapshotReader(t.root()).read();
        QVERIFY(s.ok());
        QCOMPARE(s->loadedCount(), 0);
    }

    void rejectsMalformedProcModules_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("words");
        const QByteArray good = TreeBuilder::procLine({QStringLiteral("base"), QStringLiteral("live"), 1, {QStringLiteral("top")}, {}, true, 20480})
            + TreeBuilder::procLine({QStringLiteral("top"), QStringLiteral("live"), 0, {}, QStringLiteral("OE"), true, 16384});
        QTest::newRow("truncated last line") << good + "stuck 16384 1 - Load" << 3 << "truncated";
        QTest::newRow("too few fields") << QByteArray("base 20480 1 top, Live\n") << 1 << "fields";
        QTest::newRow("size not a number") << QByteArray("base 20x80 1 top, Live 0x0\n") << 1 << "size";
        QTest::newRow("refcount not a number") << QByteArray("base 20480 one top, Live 0x0\n") << 1 << "reference";
        QTest::newRow("unknown state") << QByteArray("base 20480 1 top, Sleeping 0x0\n") << 1 << "state";
        QTest::newRow("bad address") << QByteArray("base 20480 1 top, Live 12345\n") << 1 << "address";
        QTest::newRow("users without comma") << QByteArray("base 20480 1 top Live 0x0\n") << 1 << "comma";
        QTest::newRow("bad taint") << good + "x 1 0 - Live 0x0 (oe)\n" << 3 << "taint";
        QTest::newRow("coming mark on live") << good + "x 1 0 - Live 0x0 (OE+)\n" << 3 << "taint";
        QTest::newRow("duplicate") << good + good << 3 << "twice";
        QTest::newRow("bad name") << QByteArray("../x 1 0 - Live 0x0\n") << 1 << "module name";
        QTest::newRow("garbage") << QByteArray("\x7f" "ELF\x02\x01\x01 garbage\n") << 1 << "fields";
        QTest::newRow("NUL byte") << QByteArray("base 20480 1\0 top, Live 0x0\n", 28) << 1 << "NUL";
        QTest::newRow("very long line") << QByteArray(100000, 'a') + '\n' << 1 << "longer";
    }
    void rejectsMalformedProcModules()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, line);
        QFETCH(QString, words);
        TreeBuilder t;
        baseTree(t);
        t.write(QStringLiteral("proc/modules"), content);
        auto s = SnapshotReader(t.root()).read();
        QVERIFY(!s.ok());
        QCOMPARE(s.error().file, t.root() + QStringLiteral("/proc/modules"));
        QCOMPARE(s.error().line, line);
        QVERIFY2(s.error().message.contains(words, Qt::CaseInsensitive),
                 qPrintable(s.error().toString()));
        QVERIFY(s.error().toString().startsWith(t.root()));
    }

    void rejectsEnormousFile()
    {
        TreeBuilder t;
        baseTree(t);
        QByteArray line = TreeBuilder::procLine({QStringLiteral("base"), QStringLiteral("live"), 1, {QStringLiteral("top")}, {}, true, 20480});
        QByteArray big;
        big.reserve(17 * 1024 * 1024 + line.size());
        while (big.size() < 17 * 1024 * 1024)
            big += line;
        t.write(QStringLiteral("proc/modules"), big);
        auto s = SnapshotReader(t.root()).read();
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QStringLiteral("larger")), qPrintable(s.error().toString()));
    }

    void rejectsInconsistentSysfs_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("words");
        QTest::newRow("initstate disagrees") << "sys/module/top/initstate" << QByteArray("going\n") << "disagrees";
        QTest::newRow("initstate garbage") << "sys/module/top/initstate" << QByteArray("zombie\n") << "initstate";
        QTest::newRow("refcnt disagrees") << "sys/module/base/refcnt" << QByteArray("7\n") << "disagrees";
        QTest::newRow("refcnt garbage") << "sys/module/base/refcnt" << QByteArray("x\n") << "number";
        QTest::newRow("refcnt empty") << "sys/module/base/refcnt" << QByteArray() << "number";
        QTest::newRow("unlisted module with initstate") << "sys/module/ghost/initstate" << QByteArray("live\n") << "not in";
    }
    void rejectsInconsistentSysfs()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, words);
        TreeBuilder t;
        baseTree(t);
        t.write(file, content);
        auto s = SnapshotReader(t.root()).read();
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(words), qPrintable(s.error().toString()));
        QVERIFY2(s.error().file.contains(file.section(QLatin1Char('/'), 0, 2)),
                 qPrintable(s.error().toString()));
    }

    void rejectsHolderMismatchAndMissingSysfs()
    {
        TreeBuilder t;
        baseTree(t);
        QDir(t.root() + QStringLiteral("/sys/module/base/holders")).remove(QStringLiteral("top"));
        auto s = SnapshotReader(t.root()).read();
        QVERIFY(!s.ok());
        QVERIFY(s.error().file.endsWith(QStringLiteral("sys/module/base/holders")));

        TreeBuilder u;
        baseTree(u);
        QDir(u.root() + QStringLiteral("/sys/module/top")).removeRecursively();
        auto v = SnapshotReader(u.root()).read();
        QVERIFY(!v.ok());
        QVERIFY(v.error().file.endsWith(QStringLiteral("sys/module/top/initstate")));
    }

    void survivesSymlinkLoops_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("target");
        QTest::newRow("proc/modules to itself") << "proc/modules" << "modules";
        QTest::newRow("sys/module to itself") << "sys/module" << "module";
        QTest::newRow("initstate loop") << "sys/module/top/initstate" << "initstate";
        QTest::newRow("holders loop") << "sys/module/base/holders" << "holders";
    }
    void survivesSymlinkLoops()
    {
        QFETCH(QString, link);
        QFETCH(QString, target);
        TreeBuilder t;
        baseTree(t);
        QDir(t.root() + QLatin1Char('/') + link).removeRecursively();
        QFile::remove(t.root() + QLatin1Char('/') + link);
        t.symlink(link, target);
        auto s = SnapshotReader(t.root()).read();
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QStringLiteral("symbolic links")),
                 qPrintable(s.error().toString()));
        QVERIFY(s.error().file.endsWith(link));
    }

    void holderSymlinkLoopIsNotFollowed()
    {
        TreeBuilder t;
        baseTree(t);
        t.symlink(QStringLiteral("sys/module/top/holders_loop"), QStringLiteral("holders_loop"));
        QVERIFY(SnapshotReader(t.root()).read().ok());
    }

    void missingProcModulesNamesTheFile()
    {
        TreeBuilder t;
        t.addKernel();
        auto s = SnapshotReader(t.root()).read();
        QVERIFY(!s.ok());
        QCOMPARE(s.error().file, t.root() + QStringLiteral("/proc/modules"));
    }

    void readsCapturedFixtures()
    {
        const QDir dir(QStringLiteral(MODRESCUE_FIXTURES));
        const QStringList kernels = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        int read = 0;
        for (const QString &k : kernels) {
            const QDir kdir(dir.filePath(k));
            for (const QString &scenario : kdir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
                const QString root = kdir.filePath(scenario);
                if (!QFile::exists(root + QStringLiteral("/proc/modules")))
                    continue;
                auto s = SnapshotReader(root).read();
                QVERIFY2(s.ok(), qPrintable(root + QStringLiteral(": ")
                                            + (s ? QString() : s.error().toString())));
                QVERIFY(s->loadedCount() > 0);
                ++read;
            }
        }
        if (read == 0)
            QSKIP("No captured fixtures yet: tests/fixtures/<kver>/<scenario>/ comes from the "
                  "tests/vm capture.");
    }
};

QTEST_GUILESS_MAIN(TestSnapshotReader)
#include "tst_snapshotreader.moc"
