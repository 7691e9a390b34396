// SPDX-License-Identifier: GPL-2.0-or-later
#include "DependencyGraph.h"

#include <QTest>

using namespace ModRescue;

namespace {
// holders: "a:b,c" means a is used by b and c.
ModuleSnapshot snapshot(const QStringList &spec)
{
    QList<ModuleInfo> modules;
    for (const QString &s : spec) {
        ModuleInfo m;
        m.name = s.section(QLatin1Char(':'), 0, 0);
        m.holders = s.section(QLatin1Char(':'), 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
        m.refCount = int(m.holders.size());
        m.refCountKnown = true;
        modules.append(m);
    }
    return ModuleSnapshot(modules);
}
} // namespace

class TestDependencyGraph : public QObject
{
    Q_OBJECT
private slots:
    void removalOrderPutsDependentsFirst_data()
    {
        QTest::addColumn<QStringList>("spec");
        QTest::addColumn<QString>("module");
        QTest::addColumn<QStringList>("order");
        QTest::newRow("chain") << QStringList{"base:mid", "mid:top", "top:"} << "base"
                               << QStringList{"top", "mid", "base"};
        QTest::newRow("leaf") << QStringList{"base:mid", "mid:top", "top:"} << "top"
                              << QStringList{"top"};
        QTest::newRow("diamond") << QStringList{"a:b,c", "b:d", "c:d", "d:"} << "a"
                                 << QStringList{"d", "b", "c", "a"};
        QTest::newRow("dash spelling") << QStringList{"snd_pcm:snd_hda", "snd_hda:"} << "snd-pcm"
                                       << QStringList{"snd_hda", "snd_pcm"};
    }
    void removalOrderPutsDependentsFirst()
    {
        QFETCH(QStringList, spec);
        QFETCH(QString, module);
        QFETCH(QStringList, order);
        auto r = DependencyGraph(snapshot(spec)).removalOrder(module);
        QVERIFY(r.ok());
        QCOMPARE(*r, order);
    }

    void cyclesAreReportedNotLooped()
    {
        const DependencyGraph g(snapshot({"a:b", "b:c", "c:a", "d:", "e:e"}));
        const QList<QStringList> cycles = g.cycles();
        QCOMPARE(cycles.size(), 2);
        QCOMPARE(cycles[0], (QStringList{"a", "b", "c"}));
        QCOMPARE(cycles[1], (QStringList{"e"}));
        auto r = g.removalOrder(u"a");
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("cycle")));
        QVERIFY(g.dependents(u"a").contains(QStringLiteral("c")));
    }

    void neighbourhoodHonoursDepth_data()
    {
        QTest::addColumn<int>("depth");
        QTest::addColumn<QStringList>("nodes");
        QTest::newRow("0") << 0 << QStringList{"c"};
        QTest::newRow("1") << 1 << QStringList{"b", "c", "d"};
        QTest::newRow("2") << 2 << QStringList{"a", "b", "c", "d", "e"};
        QTest::newRow("unlimited") << -1 << QStringList{"a", "b", "c", "d", "e"};
    }
    void neighbourhoodHonoursDepth()
    {
        QFETCH(int, depth);
        QFETCH(QStringList, nodes);
        // a <- b <- c <- d <- e (each used by the next), plus lone x
        const DependencyGraph g(snapshot({"a:b", "b:c", "c:d", "d:e", "e:", "x:"}));
        auto n = g.neighbourhood(u"c", depth);
        QVERIFY(n.ok());
        QCOMPARE(n->nodes, nodes);
        for (const auto &e : std::as_const(n->edges))
            QVERIFY(nodes.contains(e.user) && nodes.contains(e.used));
    }

    void wholeGraphAndUnknownModule()
    {
        const DependencyGraph g(snapshot({"a:b", "b:", "x:"}));
        auto all = g.neighbourhood(u"", 1);
        QVERIFY(all.ok());
        QCOMPARE(all->nodes, (QStringList{"a", "b", "x"}));
        QCOMPARE(all->edges.size(), 1);
        QCOMPARE(all->edges.first().user, QStringLiteral("b"));
        QCOMPARE(all->edges.first().used, QStringLiteral("a"));
        QCOMPARE(g.neighbourhood(u"nope", 1).error().code, Error::Code::NotFound);
        QCOMPARE(g.removalOrder(u"nope").error().code, Error::Code::NotFound);
        QCOMPARE(g.usersOf(u"a"), QStringList{"b"});
        QCOMPARE(g.usedBy(u"b"), QStringList{"a"});
    }

    void largeChainHasLinearOrder()
    {
        QStringList spec;
        for (int i = 0; i < 2000; ++i)
            spec.append(QStringLiteral("m%1:m%2").arg(i).arg(i + 1));
        spec.append(QStringLiteral("m2000:"));
        const DependencyGraph g(snapshot(spec));
        auto r = g.removalOrder(u"m0");
        QVERIFY(r.ok());
        QCOMPARE(r->size(), 2001);
        QCOMPARE(r->first(), QStringLiteral("m2000"));
        QCOMPARE(r->last(), QStringLiteral("m0"));
        QVERIFY(g.cycles().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDependencyGraph)
#include "tst_dependencygraph.moc"
