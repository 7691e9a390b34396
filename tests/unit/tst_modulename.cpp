// SPDX-License-Identifier: GPL-2.0-or-later
#include "ModuleName.h"

#include <QTest>

using namespace ModRescue;

class TestModuleName : public QObject
{
    Q_OBJECT
private slots:
    void normalisesOrRejects_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty: rejected
        QTest::newRow("plain") << "ext4" << "ext4";
        QTest::newRow("dashes become underscores") << "snd-hda-intel" << "snd_hda_intel";
        QTest::newRow("mixed") << "mr_init-oops" << "mr_init_oops";
        QTest::newRow("55 characters") << QString(55, QLatin1Char('a')) << QString(55, QLatin1Char('a'));
        QTest::newRow("56 characters") << QString(56, QLatin1Char('a')) << QString();
        QTest::newRow("empty") << "" << QString();
        QTest::newRow("file name") << "ext4.ko" << QString();
        QTest::newRow("path") << "../etc/passwd" << QString();
        QTest::newRow("space") << "ext 4" << QString();
        QTest::newRow("non-ascii") << QStringLiteral("m\u00f6d") << QString();
        QTest::newRow("shell") << "a;rm" << QString();
    }
    void normalisesOrRejects()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        auto r = ModuleName::normalise(input);
        QCOMPARE(r.ok(), !expected.isEmpty());
        QCOMPARE(ModuleName::isValid(input), !expected.isEmpty());
        if (r)
            QCOMPARE(*r, expected);
        else {
            QCOMPARE(r.error().code, Error::Code::InvalidName);
            QVERIFY(!r.error().message.isEmpty());
        }
    }
    void dashAndUnderscoreNameTheSameModule()
    {
        QVERIFY(ModuleName::same(u"snd-hda", u"snd_hda"));
        QVERIFY(!ModuleName::same(u"snd-hda", u"snd_hdb"));
        QVERIFY(!ModuleName::same(u"", u""));
    }
    void modulePathGivesName_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("name");
        QTest::newRow("ko") << "/kmods/mr_init_oops.ko" << "mr_init_oops";
        QTest::newRow("xz") << "kernel/sound/snd-hda-intel.ko.xz" << "snd_hda_intel";
        QTest::newRow("zst") << "a/b/c.ko.zst" << "c";
        QTest::newRow("not a module") << "/tmp/file.txt" << "";
        QTest::newRow("bad stem") << "/tmp/a b.ko" << "";
    }
    void modulePathGivesName()
    {
        QFETCH(QString, path);
        QFETCH(QString, name);
        QCOMPARE(ModuleName::fromFilePath(path), name);
    }
};

QTEST_GUILESS_MAIN(TestModuleName)
#include "tst_modulename.moc"
