// SPDX-License-Identifier: GPL-2.0-or-later
// ModuleParameters: which NAME=VALUE pairs the helper passes to the kernel,
// and that one pair can never become two.
#include "ModuleParameters.h"

#include <QTest>

using namespace ModRescue;
using Params = QMap<QString, QString>;

class TestModuleParameters : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void joins_data()
    {
        QTest::addColumn<Params>("pairs");
        QTest::addColumn<QByteArray>("joined");
        QTest::newRow("none") << Params{} << QByteArray();
        QTest::newRow("one") << Params{{QStringLiteral("debug"), QStringLiteral("1")}}
                             << QByteArray("debug=1");
        QTest::newRow("sorted by name") << Params{{QStringLiteral("b"), QStringLiteral("2")},
                                                  {QStringLiteral("a"), QStringLiteral("1")}}
                                        << QByteArray("a=1 b=2");
        QTest::newRow("array value")
            << Params{{QStringLiteral("ids"), QStringLiteral("1,2,3")}} << QByteArray("ids=1,2,3");
        QTest::newRow("empty value")
            << Params{{QStringLiteral("name"), QString()}} << QByteArray("name=");
        QTest::newRow("dotted name") << Params{{QStringLiteral("snd.index"), QStringLiteral("-2")}}
                                     << QByteArray("snd.index=-2");
        QTest::newRow("value with =")
            << Params{{QStringLiteral("opt"), QStringLiteral("a=b")}} << QByteArray("opt=a=b");
    }
    void joins()
    {
        QFETCH(Params, pairs);
        QFETCH(QByteArray, joined);
        QString why;
        const auto out = ModuleParameters::join(pairs, &why);
        QVERIFY2(out.has_value(), qPrintable(why));
        QCOMPARE(*out, joined);
    }

    void refuses_data()
    {
        QTest::addColumn<Params>("pairs");
        QTest::newRow("empty name") << Params{{QString(), QStringLiteral("1")}};
        QTest::newRow("space in name") << Params{{QStringLiteral("a b"), QStringLiteral("1")}};
        QTest::newRow("= in name") << Params{{QStringLiteral("a=b"), QStringLiteral("1")}};
        QTest::newRow("space in value") << Params{{QStringLiteral("a"), QStringLiteral("1 b=2")}};
        QTest::newRow("tab in value") << Params{{QStringLiteral("a"), QStringLiteral("1\tb=2")}};
        QTest::newRow("newline in value")
            << Params{{QStringLiteral("a"), QStringLiteral("1\nb=2")}};
        QTest::newRow("double quote") << Params{{QStringLiteral("a"), QStringLiteral("\"1 b=2\"")}};
        QTest::newRow("single quote") << Params{{QStringLiteral("a"), QStringLiteral("'1'")}};
        QTest::newRow("backslash") << Params{{QStringLiteral("a"), QStringLiteral("\\")}};
        QTest::newRow("NUL") << Params{{QStringLiteral("a"), QString(QChar(0))}};
        QTest::newRow("DEL") << Params{{QStringLiteral("a"), QString(QChar(0x7f))}};
        QTest::newRow("non-ASCII") << Params{{QStringLiteral("a"), QStringLiteral("\u00e9")}};
        QTest::newRow("long name") << Params{{QString(64, QLatin1Char('n')), QStringLiteral("1")}};
        QTest::newRow("long value")
            << Params{{QStringLiteral("a"), QString(1025, QLatin1Char('v'))}};
        Params many;
        for (int i = 0; i < 65; ++i)
            many.insert(QStringLiteral("p%1").arg(i), QStringLiteral("1"));
        QTest::newRow("65 pairs") << many;
        Params longTotal;
        for (int i = 0; i < 9; ++i)
            longTotal.insert(QStringLiteral("p%1").arg(i), QString(1000, QLatin1Char('v')));
        QTest::newRow("over 8 KiB") << longTotal;
    }
    void refuses()
    {
        QFETCH(Params, pairs);
        QString why;
        QVERIFY(!ModuleParameters::join(pairs, &why).has_value());
        QVERIFY(!why.isEmpty());
        QVERIFY(why.size() < 300);
    }
};

QTEST_GUILESS_MAIN(TestModuleParameters)
#include "tst_moduleparameters.moc"
