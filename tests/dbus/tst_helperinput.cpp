// SPDX-License-Identifier: GPL-2.0-or-later
// Malformed-input run over every Helper1 method: bad and hostile names,
// wrong types and arities, huge parameter maps, file descriptors that are not
// a .ko. Each call must get its specific error, and the helper must keep
// answering after each. polkit grants everything here, so a bad input that
// slipped past validation would reach the kernel and show up as a different
// error. Prints the figures of the run.
#include "HelperErrors.h"
#include "TestSupport.h"

#include <QDBusUnixFileDescriptor>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QTest>

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace ModRescue;

namespace {

using Params = QMap<QString, QString>;

QVariant params(const Params &p)
{
    return QVariant::fromValue(p);
}

QVariant fdOf(int fd)
{
    QDBusUnixFileDescriptor file(fd);
    ::close(fd);
    return QVariant::fromValue(file);
}

QString err(const char *shortName)
{
    return QStringLiteral("io.github.modrescue.Error.") + QLatin1String(shortName);
}

const QString UnknownMethod = QStringLiteral("org.freedesktop.DBus.Error.UnknownMethod");

} // namespace

class TestHelperInput : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HelperBus> m_bus;
    QTemporaryDir m_files;
    int m_calls = 0;
    int m_correct = 0;
    qint64 m_slowestMs = 0;
    QElapsedTimer m_total;

    QString file(const QString &name, const QByteArray &content)
    {
        const QString path = m_files.path() + QLatin1Char('/') + name;
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return path;
    }

    static int openFd(const QString &path, int flags = O_RDONLY)
    {
        return ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    }

    static qint64 helperRssKiB(qint64 pid)
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(pid));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_bus = std::make_unique<HelperBus>();
        MODRESCUE_START_BUS(*m_bus, HelperBus::Options{});
        QVERIFY(m_bus->mock(QStringLiteral("AllowUnknown"), {true}));
        m_total.start();
        qInfo("helper RSS before the run: %lld KiB", helperRssKiB(m_bus->helperPid()));
    }

    void cleanupTestCase()
    {
        if (!m_bus)
            return;
        qInfo(
            "bad-input run: %d calls, %d with the expected error, slowest %lld ms, total %lld ms, "
            "helper RSS after: %lld KiB, helper still running: %s",
            m_calls, m_correct, m_slowestMs, m_total.elapsed(), helperRssKiB(m_bus->helperPid()),
            m_bus->helperRunning() ? "yes" : "no");
        HelperBus::closeClient(QStringLiteral("client"));
        m_bus.reset();
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QVariantList>("args");
        QTest::addColumn<QString>("error");

        const QString huge(100000, QLatin1Char('a'));
        const QString long56(56, QLatin1Char('a'));
        const QString long55(55, QLatin1Char('a'));
        const QStringList badNames{QString(),
                                   long56,
                                   huge,
                                   QStringLiteral("../../etc/passwd"),
                                   QStringLiteral("/lib/modules/x.ko"),
                                   QStringLiteral("a b"),
                                   QStringLiteral("a\nb"),
                                   QStringLiteral("mod.ko"),
                                   QStringLiteral("a;reboot"),
                                   QStringLiteral("$(id)"),
                                   QStringLiteral("modul\u00e9"),
                                   QStringLiteral("a\tb"),
                                   QStringLiteral("*"),
                                   QStringLiteral("-")};
        // "-" is a name of only separators: ModuleName accepts it?  It must
        // not be in /proc/modules either way: see the expected error below.
        int i = 0;
        for (const QString &name : badNames) {
            const bool dash = name == QLatin1String("-");
            const QString expectUnload = dash ? err("NoSuchModule") : err("InvalidName");
            const QByteArray tag = QByteArray::number(i++);
            QTest::newRow("Unload name " + tag) << "Unload" << QVariantList{name} << expectUnload;
            QTest::newRow("Dependents name " + tag)
                << "UnloadWithDependents" << QVariantList{name} << expectUnload;
            QTest::newRow("Force name " + tag)
                << "ForceRemove" << QVariantList{name, QStringLiteral("auto")} << expectUnload;
            QTest::newRow("Load name " + tag)
                << "LoadModule" << QVariantList{name, params({})} << expectUnload;
        }
        // Valid names the kernel state decides about (after authorisation).
        QTest::newRow("Unload absent")
            << "Unload" << QVariantList{QStringLiteral("nosuch")} << err("NoSuchModule");
        QTest::newRow("Unload 55 chars") << "Unload" << QVariantList{long55} << err("NoSuchModule");
        QTest::newRow("Unload built-in")
            << "Unload" << QVariantList{QStringLiteral("printk")} << err("BuiltIn");
        QTest::newRow("Unload held")
            << "Unload" << QVariantList{QStringLiteral("mr_chain_base")} << err("UsedByModules");
        QTest::newRow("Unload held, dashes")
            << "Unload" << QVariantList{QStringLiteral("mr-chain-base")} << err("UsedByModules");
        QTest::newRow("Dependents absent")
            << "UnloadWithDependents" << QVariantList{QStringLiteral("nosuch")}
            << err("NoSuchModule");
        QTest::newRow("Dependents built-in")
            << "UnloadWithDependents" << QVariantList{QStringLiteral("printk")} << err("BuiltIn");
        QTest::newRow("Force absent")
            << "ForceRemove" << QVariantList{QStringLiteral("nosuch"), QStringLiteral("auto")}
            << err("NoSuchModule");
        QTest::newRow("Force built-in")
            << "ForceRemove" << QVariantList{QStringLiteral("printk"), QStringLiteral("skip")}
            << err("BuiltIn");
        QTest::newRow("Force held")
            << "ForceRemove"
            << QVariantList{QStringLiteral("mr_chain_base"), QStringLiteral("auto")}
            << err("UsedByModules");
        QTest::newRow("Force the fixer")
            << "ForceRemove"
            << QVariantList{QStringLiteral("modrescue_fixer"), QStringLiteral("auto")}
            << err("InvalidArgument");
        // The stuck cases of the fixture.
        QTest::newRow("Unload init running")
            << "Unload" << QVariantList{QStringLiteral("mr_init_block")} << err("InitRunning");
        QTest::newRow("Force init running")
            << "ForceRemove"
            << QVariantList{QStringLiteral("mr_init_block"), QStringLiteral("auto")}
            << err("InitRunning");
        QTest::newRow("Force exit running")
            << "ForceRemove"
            << QVariantList{QStringLiteral("mr_exit_block"), QStringLiteral("skip")}
            << err("ExitRunning");
        QTest::newRow("Force init oops, no fixer")
            << "ForceRemove" << QVariantList{QStringLiteral("mr_init_oops"), QStringLiteral("auto")}
            << err("FixerUnavailable");
        QTest::newRow("Force exit oops, no fixer")
            << "ForceRemove" << QVariantList{QStringLiteral("mr_exit_oops"), QStringLiteral("auto")}
            << err("FixerUnavailable");
        QTest::newRow("Force no exit, run it")
            << "ForceRemove" << QVariantList{QStringLiteral("mr_no_exit"), QStringLiteral("run")}
            << err("InvalidArgument");
        QTest::newRow("Force ref leak (kernel force)")
            << "ForceRemove" << QVariantList{QStringLiteral("mr_ref_leak"), QStringLiteral("auto")}
            << err("KernelRefused");
        QTest::newRow("Load absent")
            << "LoadModule" << QVariantList{QStringLiteral("nosuch"), params({})}
            << err("NoSuchModule");
        QTest::newRow("Load built-in")
            << "LoadModule" << QVariantList{QStringLiteral("printk"), params({})} << err("BuiltIn");
        QTest::newRow("Load loaded")
            << "LoadModule" << QVariantList{QStringLiteral("mr_chain_top"), params({})}
            << err("KernelRefused");

        // exit_mode
        for (const QString &mode : {QString(), QStringLiteral("RUN"), QStringLiteral("run "),
                                    QStringLiteral("skip;"), huge})
            QTest::newRow(qPrintable(QStringLiteral("Force mode %1").arg(mode.left(8))))
                << "ForceRemove" << QVariantList{QStringLiteral("mr_chain_top"), mode}
                << err("InvalidArgument");

        // Module parameters
        Params many;
        for (int n = 0; n < 65; ++n)
            many.insert(QStringLiteral("p%1").arg(n), QStringLiteral("1"));
        Params hugeMap;
        for (int n = 0; n < 100000; ++n)
            hugeMap.insert(QStringLiteral("p%1").arg(n), QStringLiteral("1"));
        const QList<QPair<QByteArray, Params>> badParams{
            {"space in name", {{QStringLiteral("a b"), QStringLiteral("1")}}},
            {"empty name", {{QString(), QStringLiteral("1")}}},
            {"= in name", {{QStringLiteral("a=b"), QStringLiteral("1")}}},
            {"space in value", {{QStringLiteral("a"), QStringLiteral("1 b=2")}}},
            {"quote in value", {{QStringLiteral("a"), QStringLiteral("\"x")}}},
            {"newline in value", {{QStringLiteral("a"), QStringLiteral("x\ny")}}},
            {"non-ASCII value", {{QStringLiteral("a"), QStringLiteral("\u00e9")}}},
            {"long value", {{QStringLiteral("a"), QString(1025, QLatin1Char('x'))}}},
            {"huge value", {{QStringLiteral("a"), huge}}},
            {"long name", {{QString(64, QLatin1Char('n')), QStringLiteral("1")}}},
            {"65 pairs", many},
            {"100000 pairs", hugeMap},
        };
        for (const auto &[tag, p] : badParams)
            QTest::newRow("Load params " + tag)
                << "LoadModule" << QVariantList{QStringLiteral("nosuch"), params(p)}
                << err("InvalidArgument");
        QTest::newRow("Load good params")
            << "LoadModule"
            << QVariantList{QStringLiteral("nosuch"),
                            params({{QStringLiteral("debug"), QStringLiteral("1,2")}})}
            << err("NoSuchModule");

        // Wrong types and arities: refused by QtDBus before our code runs.
        QTest::newRow("Unload int") << "Unload" << QVariantList{42} << UnknownMethod;
        QTest::newRow("Unload no args") << "Unload" << QVariantList{} << UnknownMethod;
        QTest::newRow("Unload two args")
            << "Unload" << QVariantList{QStringLiteral("a"), QStringLiteral("b")} << UnknownMethod;
        QTest::newRow("Unload string list")
            << "Unload" << QVariantList{QStringList{QStringLiteral("a")}} << UnknownMethod;
        QTest::newRow("Force one arg")
            << "ForceRemove" << QVariantList{QStringLiteral("a")} << UnknownMethod;
        QTest::newRow("Force bool mode")
            << "ForceRemove" << QVariantList{QStringLiteral("a"), true} << UnknownMethod;
        QTest::newRow("Load a{sv}")
            << "LoadModule"
            << QVariantList{QStringLiteral("a"), QVariantMap{{QStringLiteral("p"), 1}}}
            << UnknownMethod;
        QTest::newRow("Load no map")
            << "LoadModule" << QVariantList{QStringLiteral("a")} << UnknownMethod;
        QTest::newRow("File path instead of fd")
            << "LoadFile" << QVariantList{QStringLiteral("/tmp/x.ko"), params({})} << UnknownMethod;
        QTest::newRow("File int instead of fd")
            << "LoadFile" << QVariantList{3, params({})} << UnknownMethod;
        QTest::newRow("No such method")
            << "Shell" << QVariantList{QStringLiteral("id")} << UnknownMethod;
        QTest::newRow("Lowercase method")
            << "unload" << QVariantList{QStringLiteral("mr_chain_top")} << UnknownMethod;
    }

    void rejectsBadInput()
    {
        QFETCH(QString, method);
        QFETCH(QVariantList, args);
        QFETCH(QString, error);
        QDBusConnection bus = m_bus->client(QStringLiteral("client"));
        QElapsedTimer timer;
        timer.start();
        const QDBusMessage reply =
            HelperBus::callBlocking(bus, HelperBus::helperCall(method, args));
        m_slowestMs = qMax(m_slowestMs, timer.elapsed());
        ++m_calls;
        QCOMPARE(reply.type(), QDBusMessage::ErrorMessage);
        QVERIFY2(reply.errorName() == error,
                 qPrintable(reply.errorName() + QLatin1String(": ") + reply.errorMessage()));
        // Never echo a huge argument back.
        QVERIFY(reply.errorMessage().size() < 2000);
        QVERIFY(m_bus->helperAnswers());
        ++m_correct;
    }

    void rejectsBadFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("dev null") << "devnull";
        QTest::newRow("directory") << "directory";
        QTest::newRow("pipe") << "pipe";
        QTest::newRow("socket") << "socket";
        QTest::newRow("empty file") << "empty";
        QTest::newRow("text file") << "text";
        QTest::newRow("shell script") << "script";
        QTest::newRow("ELF executable") << "executable";
        QTest::newRow("truncated ko") << "truncated";
        QTest::newRow("write-only ko") << "writeonly";
        QTest::newRow("sparse 100 MiB") << "sparse";
        QTest::newRow("ko with bad params") << "badparams";
        QTest::newRow("ko, closed by the client after sending") << "closedafter";
    }

    void rejectsBadFiles()
    {
        QFETCH(QString, kind);
        const QString ko = findRealKernelModule();
        QVariant fd;
        Params p;
        QString expected = err("InvalidArgument");
        if (kind == QLatin1String("devnull")) {
            fd = fdOf(openFd(QStringLiteral("/dev/null")));
        } else if (kind == QLatin1String("directory")) {
            fd = fdOf(openFd(m_files.path(), O_RDONLY | O_DIRECTORY));
        } else if (kind == QLatin1String("pipe")) {
            int fds[2];
            QVERIFY(pipe(fds) == 0);
            ::close(fds[1]);
            fd = fdOf(fds[0]);
        } else if (kind == QLatin1String("socket")) {
            int fds[2];
            QVERIFY(socketpair(AF_UNIX, SOCK_STREAM, 0, fds) == 0);
            ::close(fds[1]);
            fd = fdOf(fds[0]);
        } else if (kind == QLatin1String("empty")) {
            fd = fdOf(openFd(file(QStringLiteral("empty.ko"), {})));
        } else if (kind == QLatin1String("text")) {
            fd = fdOf(openFd(file(QStringLiteral("text.ko"), "name=evil\nhello\n")));
        } else if (kind == QLatin1String("script")) {
            fd = fdOf(openFd(file(QStringLiteral("script.ko"), "#!/bin/sh\nid\n")));
        } else if (kind == QLatin1String("executable")) {
            fd = fdOf(openFd(QStringLiteral("/bin/true")));
        } else if (kind == QLatin1String("sparse")) {
            const QString path = file(QStringLiteral("sparse.ko"), "\x7f"
                                                                   "ELF");
            QVERIFY(::truncate(QFile::encodeName(path).constData(), 100 * 1024 * 1024) == 0);
            fd = fdOf(openFd(path));
        } else {
            if (ko.isEmpty())
                QSKIP("no real .ko on this machine (tests/vm/prepare extracts Debian kernels)");
            QFile real(ko);
            QVERIFY(real.open(QIODevice::ReadOnly));
            const QByteArray bytes = real.readAll();
            if (kind == QLatin1String("truncated")) {
                fd = fdOf(
                    openFd(file(QStringLiteral("truncated.ko"), bytes.left(bytes.size() / 2))));
            } else if (kind == QLatin1String("writeonly")) {
                fd = fdOf(openFd(file(QStringLiteral("writeonly.ko"), bytes), O_WRONLY));
            } else if (kind == QLatin1String("badparams")) {
                fd = fdOf(openFd(ko));
                p.insert(QStringLiteral("x"), QStringLiteral("1 y=2"));
            } else {
                // The helper holds its own copy of the descriptor: closing
                // ours changes nothing; the load is authorised and reaches
                // the kernel, which refuses the test helper.
                fd = fdOf(openFd(ko));
                expected = err("KernelRefused");
            }
        }
        QDBusConnection bus = m_bus->client(QStringLiteral("client"));
        QElapsedTimer timer;
        timer.start();
        const QDBusMessage reply = HelperBus::callBlocking(
            bus, HelperBus::helperCall(QStringLiteral("LoadFile"), {fd, params(p)}));
        m_slowestMs = qMax(m_slowestMs, timer.elapsed());
        ++m_calls;
        QVERIFY2(reply.errorName() == expected,
                 qPrintable(reply.errorName() + QLatin1String(": ") + reply.errorMessage()));
        QVERIFY(m_bus->helperAnswers());
        ++m_correct;
    }

    // Nothing of the run may have reached the kernel without authorisation,
    // and nothing changed: the audit log shows no kernel call for a rejected
    // input.
    void noKernelCallForRejectedInput()
    {
        const QString log = m_bus->helperOutput();
        // Only the one forced unload the state allows reached delete_module.
        const QRegularExpression call(QStringLiteral("request \\d+: delete_module\\((\\w+)"));
        int calls = 0;
        for (auto it = call.globalMatch(log); it.hasNext(); ++calls)
            QCOMPARE(it.next().captured(1), QStringLiteral("mr_ref_leak"));
        QCOMPARE(calls, 1);
        QVERIFY(!log.contains(QStringLiteral("finit_module(")));
        // Only the one well-formed .ko reached init_module.
        QCOMPARE(log.count(QRegularExpression(QStringLiteral("request \\d+: init_module\\("))), 1);
        QVERIFY2(m_bus->helperRunning(), qPrintable(log.right(2000)));
    }
};

QTEST_GUILESS_MAIN(TestHelperInput)
#include "tst_helperinput.moc"
