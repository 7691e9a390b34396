// SPDX-License-Identifier: GPL-2.0-or-later
#include "Diagnoser.h"
#include "TreeBuilder.h"

#include <QDir>
#include <QTest>

using namespace ModRescue;
using Test::TreeBuilder;
using M = TreeBuilder::Module;

namespace {
constexpr long InitModule = 175, FinitModule = 313, DeleteModule = 176;

// Every test module of tests/kmod in the state its scenario leaves it in.
void stuckTree(TreeBuilder &t, bool forceUnload = true)
{
    t.addKernel(QStringLiteral("6.1.0-test-amd64"), forceUnload);
    t.write(QStringLiteral("lib/modules/6.1.0-test-amd64/updates/dkms/modrescue_fixer.ko"), "\x7f" "ELF");
    t.addModule({QStringLiteral("mr_chain_base"), QStringLiteral("live"), 1, {QStringLiteral("mr_chain_mid")}, QStringLiteral("OE")});
    t.addModule({QStringLiteral("mr_chain_mid"), QStringLiteral("live"), 1, {QStringLiteral("mr_chain_top")}, QStringLiteral("OE")});
    t.addModule({QStringLiteral("mr_chain_top"), QStringLiteral("live"), 0, {}, QStringLiteral("OE")});
    t.addModule({QStringLiteral("mr_init_oops"), QStringLiteral("coming"), 1, {}, QStringLiteral("OE")});
    t.addModule({QStringLiteral("mr_init_block"), QStringLiteral("coming"), 1, {}, QStringLiteral("OE")});
    M noExit{QStringLiteral("mr_no_exit"), QStringLiteral("live"), 0, {}, QStringLiteral("OE")};
    noExit.hasExit = false;
    t.addModule(noExit);
    t.addModule({QStringLiteral("mr_ref_leak"), QStringLiteral("live"), 1, {}, QStringLiteral("OE")});
    // As on 6.1 and 6.12 after the exit oopsed: delete_module took the base reference.
    t.addModule({QStringLiteral("mr_exit_oops"), QStringLiteral("going"), -1, {}, QStringLiteral("OE")});
    t.addModule({QStringLiteral("mr_exit_block"), QStringLiteral("going"), 0, {}, QStringLiteral("OE")});
    t.addBuiltIn(QStringLiteral("vt"));
    t.addTask(301, QStringLiteral("mr-insmod"), FinitModule,
              {QStringLiteral("mr-insmod"), QStringLiteral("/kmods/mr_init_block.ko")},
              QStringLiteral("/kmods/mr_init_block.ko"), QStringLiteral("mr_init_block_wait"));
    t.addTask(302, QStringLiteral("mr-rmmod"), DeleteModule,
              {QStringLiteral("mr-rmmod"), QStringLiteral("mr_exit_block")}, {},
              QStringLiteral("mr_exit_block_exit"));
    t.finish();
}
} // namespace

class TestDiagnoser : public QObject
{
    Q_OBJECT
private slots:
    void namesEveryCase_data()
    {
        QTest::addColumn<QString>("module");
        QTest::addColumn<QString>("caseId");
        QTest::addColumn<QStringList>("steps"); // kinds of the plan's steps
        QTest::addColumn<bool>("exitRuns");     // in the last step
        QTest::newRow("1 held") << "mr_chain_base" << "held-by-modules"
                                << QStringList{"unload-with-dependents"} << true;
        QTest::newRow("removable") << "mr_chain_top" << "removable-now" << QStringList{"unload"} << true;
        QTest::newRow("2 init crashed") << "mr_init_oops" << "init-crashed"
                                        << QStringList{"fixer", "unload"} << false;
        QTest::newRow("2' init running") << "mr_init_block" << "init-running" << QStringList{} << false;
        QTest::newRow("3 no exit") << "mr_no_exit" << "no-exit-function"
                                   << QStringList{"kernel-force-unload"} << false;
        QTest::newRow("4 leak") << "mr_ref_leak" << "reference-leak"
                                << QStringList{"kernel-force-unload"} << true;
        QTest::newRow("5 exit crashed") << "mr_exit_oops" << "exit-crashed"
                                        << QStringList{"fixer", "unload"} << false;
        QTest::newRow("5' exit hangs") << "mr_exit_block" << "exit-hangs" << QStringList{} << false;
        QTest::newRow("built in") << "vt" << "built-in" << QStringList{} << false;
        QTest::newRow("not loaded") << "mr_absent" << "not-loaded" << QStringList{} << false;
        QTest::newRow("dash spelling") << "mr-chain-top" << "removable-now" << QStringList{"unload"} << true;
    }
    void namesEveryCase()
    {
        QFETCH(QString, module);
        QFETCH(QString, caseId);
        QFETCH(QStringList, steps);
        QFETCH(bool, exitRuns);
        TreeBuilder t;
        stuckTree(t);
        auto d = Diagnoser(t.root()).diagnose(module);
        QVERIFY2(d.ok(), qPrintable(d ? QString() : d.error().toString()));
        QCOMPARE(diagnosisCaseId(d->kind), caseId);
        QStringList kinds;
        for (const PlanStep &s : d->plan.steps)
            kinds.append(planStepKindId(s.kind));
        QCOMPARE(kinds, steps);
        QCOMPARE(d->refusal.isEmpty(), !steps.isEmpty());
        QVERIFY(!d->summary.isEmpty());
        QVERIFY(!d->evidenceSentences.isEmpty());
        if (!steps.isEmpty()) {
            QCOMPARE(d->plan.steps.last().runsExit, exitRuns);
            QCOMPARE(d->plan.steps.last().module, d->module);
        }
    }

    void fixerOptionsMatchTheCase_data()
    {
        QTest::addColumn<QString>("module");
        QTest::addColumn<bool>("resetState");
        QTest::addColumn<bool>("resetRefcount");
        QTest::addColumn<bool>("skipExit");
        QTest::newRow("2") << "mr_init_oops" << true << true << true;
        QTest::newRow("5") << "mr_exit_oops" << true << true << true;
        QTest::newRow("3") << "mr_no_exit" << false << false << true;
        QTest::newRow("4") << "mr_ref_leak" << false << true << false;
    }
    void fixerOptionsMatchTheCase()
    {
        QFETCH(QString, module);
        QFETCH(bool, resetState);
        QFETCH(bool, resetRefcount);
        QFETCH(bool, skipExit);
        TreeBuilder t;
        stuckTree(t, false); // without FORCE_UNLOAD the fixer is the plan everywhere
        auto d = Diagnoser(t.root()).diagnose(module);
        QVERIFY(d.ok());
        QCOMPARE(d->plan.steps.size(), 2);
        const PlanStep &fix = d->plan.steps.first();
        QCOMPARE(fix.kind, PlanStep::Kind::Fixer);
        QCOMPARE(fix.fixer, (FixerOptions{resetState, resetRefcount, skipExit}));
        QVERIFY(fix.forces);
        QVERIFY(!fix.runsExit);
        QCOMPARE(fix.risk, Risk::High);
        QCOMPARE(d->plan.steps.last().kind, PlanStep::Kind::Unload);
        QCOMPARE(d->plan.steps.last().runsExit, !skipExit);
    }

    void removalOrderAndRefusalsCarryEvidence()
    {
        TreeBuilder t;
        stuckTree(t);
        auto held = Diagnoser(t.root()).diagnose(u"mr_chain_base");
        QCOMPARE(held->plan.steps.first().order,
                 (QStringList{"mr_chain_top", "mr_chain_mid", "mr_chain_base"}));
        auto running = Diagnoser(t.root()).diagnose(u"mr_init_block");
        QVERIFY(running->refusal.contains(QStringLiteral("301")));
        QVERIFY(running->refusal.contains(QStringLiteral("mr_init_block_wait")));
        QCOMPARE(running->evidence.tasks.size(), 1);
        auto hangs = Diagnoser(t.root()).diagnose(u"mr_exit_block");
        QVERIFY(hangs->refusal.contains(QStringLiteral("302")));
        // The other COMING/GOING modules are not confused with these tasks.
        QCOMPARE(Diagnoser(t.root()).diagnose(u"mr_init_oops")->kind, DiagnosisCase::InitCrashed);
        QCOMPARE(Diagnoser(t.root()).diagnose(u"mr_exit_oops")->kind, DiagnosisCase::ExitCrashed);
    }

    void untiedInitTaskIsTreatedAsRunning()
    {
        TreeBuilder t;
        stuckTree(t);
        t.addTask(400, QStringLiteral("udevd"), InitModule, {QStringLiteral("/lib/systemd/systemd-udevd")});
        auto d = Diagnoser(t.root()).diagnose(u"mr_init_oops");
        QVERIFY(d.ok());
        QCOMPARE(d->kind, DiagnosisCase::InitRunning);
    }

    void permanentMarkerAloneMeansNoExit()
    {
        TreeBuilder t;
        stuckTree(t);
        t.write(QStringLiteral("proc/kallsyms"), "ffffffff81000000 T _stext\n"); // restricted
        auto d = Diagnoser(t.root()).diagnose(u"mr_no_exit");
        QVERIFY(d.ok());
        QCOMPARE(d->kind, DiagnosisCase::NoExitFunction);
    }

    void kernelThatCannotUnload()
    {
        TreeBuilder t;
        stuckTree(t);
        t.write(QStringLiteral("proc/sys/kernel/modules_disabled"), "1\n");
        auto d = Diagnoser(t.root()).diagnose(u"mr_chain_top");
        QCOMPARE(d->kind, DiagnosisCase::KernelCannotUnload);
        QVERIFY(!d->hasPlan());
    }

    void badNameAndBrokenTreeAreErrors()
    {
        TreeBuilder t;
        stuckTree(t);
        QCOMPARE(Diagnoser(t.root()).diagnose(u"../x").error().code, Error::Code::InvalidName);
        t.write(QStringLiteral("proc/modules"), "mr_chain_top 16384 0 - Li");
        auto d = Diagnoser(t.root()).diagnose(u"mr_chain_top");
        QVERIFY(!d.ok());
        QVERIFY(d.error().file.endsWith(QStringLiteral("proc/modules")));
    }

    void diagnosesCapturedFixtures_data()
    {
        QTest::addColumn<QString>("root");
        QTest::addColumn<QString>("module");
        QTest::addColumn<QString>("caseId");
        // A capture names its expectations in EXPECTED-CASES: "module case-id" lines.
        const QDir dir(QStringLiteral(MODRESCUE_FIXTURES));
        int rows = 0;
        for (const QString &k : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QDir kdir(dir.filePath(k));
            for (const QString &scenario : kdir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
                QFile expected(kdir.filePath(scenario) + QStringLiteral("/EXPECTED-CASES"));
                if (!expected.open(QIODevice::ReadOnly))
                    continue;
                for (const QByteArray &line : expected.readAll().split('\n')) {
                    const QList<QByteArray> f = line.simplified().split(' ');
                    if (f.size() == 2 && ++rows)
                        QTest::newRow(qPrintable(k + QLatin1Char('/') + QString::fromUtf8(f[0])))
                            << kdir.filePath(scenario) << QString::fromUtf8(f[0])
                            << QString::fromUtf8(f[1]);
                }
            }
        }
        // The all-cases capture (tests/vm/guest/all-cases.sh) leaves every test
        // module in the state of its case, as its README documents.
        const QList<std::pair<const char *, const char *>> allCases{
            {"mr_chain_base", "held-by-modules"}, {"mr_chain_mid", "held-by-modules"},
            {"mr_chain_top", "removable-now"},    {"mr_init_oops", "init-crashed"},
            {"mr_init_block", "init-running"},    {"mr_no_exit", "no-exit-function"},
            {"mr_ref_leak", "reference-leak"},    {"mr_exit_oops", "exit-crashed"},
            {"mr_exit_block", "exit-hangs"},      {"mr_never_loaded", "not-loaded"}};
        for (const QString &k : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QString root = dir.filePath(k) + QStringLiteral("/all-cases");
            if (!QFile::exists(root + QStringLiteral("/proc/modules")))
                continue;
            for (const auto &[module, caseId] : allCases)
                if (++rows)
                    QTest::newRow(qPrintable(k + QStringLiteral("/all-cases/") + QLatin1String(module)))
                        << root << QString::fromLatin1(module) << QString::fromLatin1(caseId);
        }
        if (rows == 0)
            QTest::newRow("none captured") << QString() << QString() << QString();
    }
    void diagnosesCapturedFixtures()
    {
        QFETCH(QString, root);
        QFETCH(QString, module);
        QFETCH(QString, caseId);
        if (root.isEmpty())
            QSKIP("No captured fixtures yet: tests/fixtures/<kver>/all-cases/ (with EXPECTED-CASES) "
                  "comes from the tests/vm capture.");
        auto d = Diagnoser(root).diagnose(module);
        QVERIFY2(d.ok(), qPrintable(d ? QString() : d.error().toString()));
        QCOMPARE(diagnosisCaseId(d->kind), caseId);
    }
};

QTEST_GUILESS_MAIN(TestDiagnoser)
#include "tst_diagnoser.moc"
