// SPDX-License-Identifier: GPL-2.0-or-later
#include "KernelAbilities.h"
#include "TreeBuilder.h"

#include <QTest>

#include <zlib.h>

using namespace ModRescue;
using Test::TreeBuilder;

namespace {
QByteArray gzip(const QByteArray &data)
{
    z_stream zs{};
    deflateInit2(&zs, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&zs, uLong(data.size()))) + 32, '\0');
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return out;
}
} // namespace

class TestKernelAbilities : public QObject
{
    Q_OBJECT
private slots:
    void readsBootConfigAndFlags()
    {
        TreeBuilder t;
        t.addKernel(QStringLiteral("6.12.1-test"), true);
        t.write(QStringLiteral("proc/sys/kernel/tainted"), "12296\n"); // R, O, E
        t.write(QStringLiteral("sys/kernel/security/lockdown"), "none [integrity] confidentiality\n");
        t.write(QStringLiteral("sys/module/module/parameters/sig_enforce"), "Y\n");
        auto k = KernelAbilitiesReader(t.root()).read();
        QVERIFY(k.ok());
        QCOMPARE(k->release, QStringLiteral("6.12.1-test"));
        QCOMPARE(k->configSource, QStringLiteral("boot/config-6.12.1-test"));
        QCOMPARE(k->moduleUnload, Tristate::Yes);
        QCOMPARE(k->forceUnload, Tristate::Yes);
        QCOMPARE(k->lockdown, QStringLiteral("integrity"));
        QCOMPARE(k->signatureEnforced, Tristate::Yes);
        QCOMPARE(k->modulesDisabled, Tristate::No);
        QCOMPARE(k->taintLetters(), QStringLiteral("ROE"));
        QCOMPARE(k->taintDescriptions().size(), 3);
        QVERIFY(!k->fixerAvailable());
        QVERIFY(k->canUnload());
    }

    void prefersProcConfigGz()
    {
        TreeBuilder t;
        t.addKernel(QStringLiteral("6.1.0-x"), true);
        t.write(QStringLiteral("proc/config.gz"),
                gzip("CONFIG_MODULE_UNLOAD=y\n# CONFIG_MODULE_FORCE_UNLOAD is not set\n"));
        auto k = KernelAbilitiesReader(t.root()).read();
        QVERIFY(k.ok());
        QCOMPARE(k->configSource, QStringLiteral("proc/config.gz"));
        QCOMPARE(k->forceUnload, Tristate::No);
    }

    void truncatedConfigGzIsAnError()
    {
        TreeBuilder t;
        t.addKernel();
        QByteArray gz = gzip(QByteArray("CONFIG_MODULE_UNLOAD=y\n").repeated(2000));
        t.write(QStringLiteral("proc/config.gz"), gz.left(gz.size() / 2));
        auto k = KernelAbilitiesReader(t.root()).read();
        QVERIFY(!k.ok());
        QVERIFY(k.error().file.endsWith(QStringLiteral("proc/config.gz")));
    }

    void garbageConfigNamesTheLine()
    {
        TreeBuilder t;
        t.addKernel(QStringLiteral("6.1.0-x"));
        t.write(QStringLiteral("boot/config-6.1.0-x"), "CONFIG_A=y\nthis is not a config\n");
        auto k = KernelAbilitiesReader(t.root()).read();
        QVERIFY(!k.ok());
        QCOMPARE(k.error().line, 2);
    }

    void missingConfigIsUnknownWithNote()
    {
        TreeBuilder t;
        t.addKernel(QStringLiteral("6.1.0-x"));
        QFile::remove(t.root() + QStringLiteral("/boot/config-6.1.0-x"));
        t.write(QStringLiteral("proc/sys/kernel/modules_disabled"), "1\n");
        auto k = KernelAbilitiesReader(t.root()).read();
        QVERIFY(k.ok());
        QCOMPARE(k->forceUnload, Tristate::Unknown);
        QCOMPARE(k->modulesDisabled, Tristate::Yes);
        QVERIFY(!k->canUnload());
        QVERIFY(!k->notes.isEmpty());
    }

    void findsTheFixer_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("dkms") << "lib/modules/6.1.0-x/updates/dkms/modrescue_fixer.ko";
        QTest::newRow("extra xz") << "lib/modules/6.1.0-x/extra/modrescue_fixer.ko.xz";
    }
    void findsTheFixer()
    {
        QFETCH(QString, path);
        TreeBuilder t;
        t.addKernel(QStringLiteral("6.1.0-x"));
        t.write(path, "\x7f" "ELF");
        auto k = KernelAbilitiesReader(t.root()).read();
        QVERIFY(k.ok());
        QVERIFY(k->fixerAvailable());
        QCOMPARE(k->fixerPath, t.root() + QLatin1Char('/') + path);
    }
};

QTEST_GUILESS_MAIN(TestKernelAbilities)
#include "tst_kernelabilities.moc"
