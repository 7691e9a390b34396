// SPDX-License-Identifier: GPL-2.0-or-later
// The app's error messages against real helper errors: the test helper runs on
// a private bus with python-dbusmock's polkitd template (tests/dbus/HelperBus)
// and reads the captured all-cases fixture, and the app's own HelperClient
// provokes each error. Every failure must reach the user as the specific
// HelperErrorText for that error (never the "Unexpected error" fallback), name
// the module, and carry the helper's key detail (the holders, the stuck
// task's pid) in the details the message box and the log show.
#include "HelperClient.h"
#include "HelperErrorText.h"
#include "HelperErrors.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ModRescue;

namespace {

using Op = HelperClient::Operation;

const QString ClientName = QStringLiteral("app-errors");

QString err(const char *shortName)
{
    return QStringLiteral("io.github.modrescue.Error.") + QLatin1String(shortName);
}

struct Failure
{
    bool failed = false;
    Op op = Op::Unload;
    QString module;
    HelperErrorText text;
    QString errorName;
};

} // namespace

class TestHelperErrorsLive : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HelperBus> m_bus;
    std::unique_ptr<HelperClient> m_client;

    int start(Op op, const QString &module, const QString &exitMode)
    {
        switch (op) {
        case Op::Unload:
            return m_client->unload(module);
        case Op::UnloadWithDependents:
            return m_client->unloadWithDependents(module);
        case Op::ForceRemove:
            return m_client->forceRemove(module, exitMode);
        case Op::LoadModule:
            return m_client->loadModule(module, {});
        case Op::LoadFile:
            break;
        }
        return -1;
    }

    // Runs one request through the app's client and waits for its end.
    Failure run(Op op, const QString &module, const QString &exitMode = QStringLiteral("auto"))
    {
        QSignalSpy failed(m_client.get(), &HelperClient::failed);
        QSignalSpy finished(m_client.get(), &HelperClient::finished);
        const int request = start(op, module, exitMode);
        Failure f;
        if (!QTest::qWaitFor([&] { return !failed.isEmpty() || !finished.isEmpty(); }, 30000)) {
            qWarning("no answer from the helper for request %d", request);
            return f;
        }
        if (failed.isEmpty()) {
            qWarning("request %d unexpectedly succeeded", request);
            return f;
        }
        const QList<QVariant> args = failed.takeFirst();
        if (args.at(0).toInt() != request)
            qWarning("answer for request %d, expected %d", args.at(0).toInt(), request);
        f.failed = true;
        f.op = args.at(1).value<Op>();
        f.module = args.at(2).toString();
        f.text = args.at(3).value<HelperErrorText>();
        f.errorName = args.at(4).toString();
        return f;
    }

    // The specific message for `name`, not the fallback, with the module named.
    static void checkSpecific(const Failure &f, const QString &name, const QString &module)
    {
        const HelperErrorText fallback =
            HelperErrorText::explain(QStringLiteral("io.github.modrescue.Error.NoSuchThing"), {});
        const HelperErrorText expected = HelperErrorText::explain(name, f.text.details, module);
        QVERIFY(f.failed);
        QCOMPARE(f.errorName, name);
        QCOMPARE(f.module, module);
        QVERIFY2(f.text.title != fallback.title, qPrintable(f.text.title));
        QVERIFY2(f.text.advice != fallback.advice, qPrintable(f.text.advice));
        QCOMPARE(f.text.title, expected.title);
        QCOMPARE(f.text.text, expected.text);
        QCOMPARE(f.text.advice, expected.advice);
        QVERIFY(!f.text.title.isEmpty());
        QVERIFY(!f.text.advice.isEmpty());
        QVERIFY2(!f.text.details.isEmpty(), "the helper's own message is kept for Details");
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_bus = std::make_unique<HelperBus>();
        MODRESCUE_START_BUS(*m_bus, HelperBus::Options{});
        m_client = std::make_unique<HelperClient>(m_bus->client(ClientName));
    }

    void cleanupTestCase()
    {
        m_client.reset();
        if (m_bus)
            HelperBus::closeClient(ClientName);
        m_bus.reset();
    }

    // polkit (the mock) grants everything unless a test says otherwise.
    void init() { QVERIFY(m_bus->mock(QStringLiteral("AllowUnknown"), {true})); }

    void cleanup()
    {
        QVERIFY(m_bus->helperAnswers());
        QCOMPARE(m_client->pendingCount(), 0);
    }

    void notAuthorizedWhenPolkitDenies_data()
    {
        QTest::addColumn<int>("op");
        QTest::addColumn<QString>("module");
        QTest::newRow("Unload") << int(Op::Unload) << "mr_chain_top";
        QTest::newRow("UnloadWithDependents") << int(Op::UnloadWithDependents) << "mr_chain_base";
        QTest::newRow("ForceRemove") << int(Op::ForceRemove) << "mr_ref_leak";
        QTest::newRow("LoadModule") << int(Op::LoadModule) << "nosuch";
    }
    void notAuthorizedWhenPolkitDenies()
    {
        QFETCH(int, op);
        QFETCH(QString, module);
        QVERIFY(m_bus->mock(QStringLiteral("AllowUnknown"), {false}));
        QVERIFY(m_bus->setAllowed({}));
        const Failure f = run(Op(op), module);
        checkSpecific(f, err("NotAuthorized"), module);
        // The advice tells how to get the password dialog.
        QVERIFY2(f.text.advice.contains(QLatin1String("polkit")), qPrintable(f.text.advice));
        const QString log = m_bus->helperOutput();
        QVERIFY2(log.contains(QStringLiteral("polkit: denied")), qPrintable(log));
    }

    void explainsRealHelperErrors_data()
    {
        QTest::addColumn<int>("op");
        QTest::addColumn<QString>("module");
        QTest::addColumn<QString>("exitMode");
        QTest::addColumn<QString>("error");
        // What the message (text) must say, and what the details must carry.
        QTest::addColumn<QStringList>("textMentions");
        QTest::addColumn<QStringList>("detailsMention");

        const auto row = [](const char *tag, Op op, const char *module, const char *mode,
                            const char *error, const QStringList &text,
                            const QStringList &details) {
            QTest::newRow(tag) << int(op) << QString::fromLatin1(module)
                               << QString::fromLatin1(mode) << err(error) << text << details;
        };
        row("InvalidName: path", Op::Unload, "../../etc/passwd", "auto", "InvalidName",
            {"../../etc/passwd", "55"}, {});
        row("InvalidName: .ko", Op::LoadModule, "mod.ko", "auto", "InvalidName", {"mod.ko"}, {});
        row("NoSuchModule: unload", Op::Unload, "nosuch", "auto", "NoSuchModule", {"nosuch"},
            {"nosuch"});
        row("NoSuchModule: force", Op::ForceRemove, "nosuch", "auto", "NoSuchModule", {"nosuch"},
            {"nosuch"});
        row("NoSuchModule: load", Op::LoadModule, "nosuch", "auto", "NoSuchModule", {"nosuch"},
            {"nosuch"});
        row("BuiltIn: unload", Op::Unload, "printk", "auto", "BuiltIn", {"printk"}, {"printk"});
        row("BuiltIn: dependents", Op::UnloadWithDependents, "printk", "auto", "BuiltIn",
            {"printk"}, {"printk"});
        row("BuiltIn: load", Op::LoadModule, "printk", "auto", "BuiltIn", {"printk"}, {});
        row("UsedByModules: unload", Op::Unload, "mr_chain_base", "auto", "UsedByModules",
            {"mr_chain_base", "Unload with dependents"}, {"mr_chain_mid"});
        row("UsedByModules: force", Op::ForceRemove, "mr_chain_base", "auto", "UsedByModules",
            {"mr_chain_base"}, {"mr_chain_mid"});
        // The fixture's stuck tasks: pid 103 (mr-insmod) sits in init, pid 126
        // (mr-rmmod) in exit.
        row("InitRunning: unload", Op::Unload, "mr_init_block", "auto", "InitRunning",
            {"mr_init_block", "crash"}, {"pid 103", "mr-insmod"});
        row("InitRunning: force", Op::ForceRemove, "mr_init_block", "auto", "InitRunning",
            {"mr_init_block"}, {"pid 103", "mr-insmod"});
        row("ExitRunning: force", Op::ForceRemove, "mr_exit_block", "skip", "ExitRunning",
            {"mr_exit_block"}, {"pid 126", "mr-rmmod"});
        row("FixerUnavailable: init oops", Op::ForceRemove, "mr_init_oops", "auto",
            "FixerUnavailable", {"mr_init_oops", "fixer"}, {});
        row("FixerUnavailable: exit oops", Op::ForceRemove, "mr_exit_oops", "auto",
            "FixerUnavailable", {"mr_exit_oops", "fixer"}, {});
        // The test helper has no CAP_SYS_MODULE: the kernel itself says no.
        row("KernelRefused: force ref leak", Op::ForceRemove, "mr_ref_leak", "auto",
            "KernelRefused", {"mr_ref_leak"}, {});
        row("KernelRefused: load loaded", Op::LoadModule, "mr_chain_top", "auto", "KernelRefused",
            {"mr_chain_top"}, {});
        row("InvalidArgument: exit mode", Op::ForceRemove, "mr_chain_top", "RUN",
            "InvalidArgument", {}, {});
        row("InvalidArgument: the fixer", Op::ForceRemove, "modrescue_fixer", "auto",
            "InvalidArgument", {}, {});
    }
    void explainsRealHelperErrors()
    {
        QFETCH(int, op);
        QFETCH(QString, module);
        QFETCH(QString, exitMode);
        QFETCH(QString, error);
        QFETCH(QStringList, textMentions);
        QFETCH(QStringList, detailsMention);

        const Failure f = run(Op(op), module, exitMode);
        QVERIFY(f.failed);
        QCOMPARE(f.op, Op(op));
        checkSpecific(f, error, module);
        const QString shown = f.text.text + QLatin1Char(' ') + f.text.advice;
        for (const QString &word : textMentions)
            QVERIFY2(shown.contains(word), qPrintable(word + QStringLiteral(" not in: ") + shown));
        for (const QString &word : detailsMention)
            QVERIFY2(f.text.details.contains(word),
                     qPrintable(word + QStringLiteral(" not in: ") + f.text.details));
    }
};

QTEST_GUILESS_MAIN(TestHelperErrorsLive)
#include "tst_helpererrorslive.moc"
