// SPDX-License-Identifier: GPL-2.0-or-later
// GraphvizLayout: positions come back flipped into Qt's coordinates, in points,
// edges follow the dependency direction, bad input gives a message, and the
// layout does not depend on the process' numeric locale.
#include "GraphDescription.h"
#include "GraphLayoutService.h"
#include "GraphvizLayout.h"

#include <QSignalSpy>
#include <QTest>

#include <clocale>

using namespace ModRescue;

class TestGraphvizLayout : public QObject
{
    Q_OBJECT
private:
    static GraphDescription chain()
    {
        GraphDescription g;
        for (const char *name : {"mr_chain_top", "mr_chain_mid", "mr_chain_base"})
            g.nodes.append({QString::fromLatin1(name), QString::fromLatin1(name)});
        g.nodes[0].width = 108; // 1.5 inches
        g.nodes[0].height = 36; // 0.5 inch
        g.edges.append({QStringLiteral("mr_chain_top"), QStringLiteral("mr_chain_mid")});
        g.edges.append({QStringLiteral("mr_chain_mid"), QStringLiteral("mr_chain_base")});
        return g;
    }

private Q_SLOTS:
    void placesEveryNodeInsideTheBounds()
    {
        const GraphLayoutResult r = GraphvizLayout::layout(chain());
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.nodes.size(), 3);
        QCOMPARE(r.edges.size(), 2);
        QCOMPARE(r.bounds.topLeft(), QPointF(0, 0));
        for (const NodePlacement &n : r.nodes)
            QVERIFY2(r.bounds.adjusted(-0.5, -0.5, 0.5, 0.5).contains(n.rect), qPrintable(n.id));
    }

    void keepsNodeSizesInPoints()
    {
        const GraphLayoutResult r = GraphvizLayout::layout(chain());
        QVERIFY(r.ok());
        QCOMPARE(qRound(r.nodes.at(0).rect.width()), 108);
        QCOMPARE(qRound(r.nodes.at(0).rect.height()), 36);
    }

    void ranksUsersBeforeProvidersLeftToRight()
    {
        const GraphLayoutResult r = GraphvizLayout::layout(chain());
        QVERIFY(r.ok());
        QVERIFY(r.nodes.at(0).rect.center().x() < r.nodes.at(1).rect.center().x());
        QVERIFY(r.nodes.at(1).rect.center().x() < r.nodes.at(2).rect.center().x());
    }

    void edgesRunFromUserToProviderWithArrow()
    {
        const GraphLayoutResult r = GraphvizLayout::layout(chain());
        QVERIFY(r.ok());
        const EdgePlacement &e = r.edges.at(0);
        QCOMPARE(e.from, QStringLiteral("mr_chain_top"));
        QVERIFY(e.bezier.size() >= 4);
        QCOMPARE((e.bezier.size() - 1) % 3, 0);
        QVERIFY(e.hasArrow);
        const QRectF head = r.nodes.at(1).rect.adjusted(-1, -1, 1, 1);
        QVERIFY(head.contains(e.arrowTip));
    }

    void flipsYAgainstTheBoundingBox()
    {
        // A node above another in Graphviz (greater y) must be above in Qt (smaller y).
        GraphDescription g;
        g.nodes = {{QStringLiteral("a"), QStringLiteral("a")}, {QStringLiteral("b"), QStringLiteral("b")},
                   {QStringLiteral("c"), QStringLiteral("c")}};
        g.edges = {{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("a"), QStringLiteral("c")}};
        const GraphLayoutResult r = GraphvizLayout::layout(g);
        QVERIFY(r.ok());
        // Every spline point lies inside the flipped box too.
        for (const EdgePlacement &e : r.edges)
            for (const QPointF &p : e.bezier)
                QVERIFY(r.bounds.adjusted(-1, -1, 1, 1).contains(p));
    }

    void reportsUnknownEdgeEnds()
    {
        GraphDescription g;
        g.nodes = {{QStringLiteral("a"), QStringLiteral("a")}};
        g.edges = {{QStringLiteral("a"), QStringLiteral("ghost")}};
        const GraphLayoutResult r = GraphvizLayout::layout(g);
        QVERIFY(!r.ok());
        QVERIFY(r.error.contains(QStringLiteral("ghost")));
        QVERIFY(r.nodes.isEmpty());
    }

    void reportsDuplicateNodes()
    {
        GraphDescription g;
        g.nodes = {{QStringLiteral("a"), QStringLiteral("a")}, {QStringLiteral("a"), QStringLiteral("a")}};
        QVERIFY(!GraphvizLayout::layout(g).ok());
    }

    void emptyGraphIsEmptyNotAnError()
    {
        const GraphLayoutResult r = GraphvizLayout::layout({});
        QVERIFY(r.ok());
        QVERIFY(r.nodes.isEmpty());
    }

    void ignoresTheDecimalCommaOfTheProcessLocale()
    {
        const GraphLayoutResult reference = GraphvizLayout::layout(chain());
        const char *german = std::setlocale(LC_NUMERIC, "de_DE.UTF-8");
        if (!german)
            german = std::setlocale(LC_NUMERIC, "fr_FR.UTF-8");
        const GraphLayoutResult r = GraphvizLayout::layout(chain());
        std::setlocale(LC_NUMERIC, "C");
        if (!german)
            QSKIP("no locale with a decimal comma is installed");
        QVERIFY(r.ok());
        QCOMPARE(r.nodes.at(0).rect, reference.nodes.at(0).rect);
    }

    void serviceDeliversOnTheCallersThreadAndSkipsStaleRequests()
    {
        GraphLayoutService service;
        QSignalSpy spy(&service, &GraphLayoutService::finished);
        service.request(chain());
        const quint64 last = service.request(chain());
        QVERIFY(spy.wait(10000));
        // Give a possible second delivery a moment to arrive.
        QTest::qWait(50);
        const quint64 delivered = spy.last().at(0).toULongLong();
        QCOMPARE(delivered, last);
        QVERIFY(spy.last().at(2).value<GraphLayoutResult>().ok());
    }
};

QTEST_GUILESS_MAIN(TestGraphvizLayout)
#include "tst_graphvizlayout.moc"
