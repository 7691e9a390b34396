// SPDX-License-Identifier: GPL-2.0-or-later
// Building the graph the view draws from a snapshot: neighbourhoods by depth,
// the whole system, states and stuck marks, edges user -> used, and a scene
// with one item per node and edge once laid out.
#include "AppTestData.h"
#include "GraphEdgeItem.h"
#include "GraphNodeItem.h"
#include "GraphScene.h"
#include "GraphView.h"
#include "GraphvizLayout.h"
#include "ModuleGraphBuilder.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ModRescue;
using namespace ModRescue::AppTest;

class TestModuleGraphBuilder : public QObject
{
    Q_OBJECT
private:
    static QStringList ids(const GraphDescription &g)
    {
        QStringList out;
        for (const GraphNode &n : g.nodes)
            out.append(n.id);
        out.sort();
        return out;
    }
    static const GraphNode *node(const GraphDescription &g, const QString &id)
    {
        for (const GraphNode &n : g.nodes)
            if (n.id == id)
                return &n;
        return nullptr;
    }

private Q_SLOTS:
    void neighbourhoodByDepth_data()
    {
        QTest::addColumn<QString>("focus");
        QTest::addColumn<int>("depth");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("top, 1") << "mr_chain_top" << 1 << QStringList{"mr_chain_mid", "mr_chain_top"};
        QTest::newRow("top, 2") << "mr_chain_top" << 2
                                << QStringList{"mr_chain_base", "mr_chain_mid", "mr_chain_top"};
        QTest::newRow("mid, 1") << "mr_chain_mid" << 1
                                << QStringList{"mr_chain_base", "mr_chain_mid", "mr_chain_top"};
        QTest::newRow("alone") << "loop" << 3 << QStringList{"loop"};
    }
    void neighbourhoodByDepth()
    {
        QFETCH(QString, focus);
        QFETCH(int, depth);
        QFETCH(QStringList, expected);
        const Result<GraphDescription> g = ModuleGraphBuilder::build(stateOf(stuckModules()), focus, depth);
        QVERIFY(g.ok());
        QCOMPARE(ids(g.value()), expected);
        QVERIFY(node(g.value(), focus)->focus);
    }

    void wholeSystemHasEveryLoadedModule()
    {
        const SystemState s = stateOf(stuckModules());
        const Result<GraphDescription> g = ModuleGraphBuilder::build(s, {}, -1);
        QVERIFY(g.ok());
        QCOMPARE(g->nodes.size(), s.snapshot.loadedCount());
        QCOMPARE(g->edges.size(), 2);
        for (const GraphNode &n : g->nodes)
            QVERIFY(!n.focus);
    }

    void edgesPointFromUserToUsed()
    {
        const Result<GraphDescription> g =
            ModuleGraphBuilder::build(stateOf(stuckModules()), QStringLiteral("mr_chain_mid"), 1);
        QVERIFY(g.ok());
        QVERIFY(std::any_of(g->edges.cbegin(), g->edges.cend(), [](const GraphEdge &e) {
            return e.from == QLatin1String("mr_chain_top") && e.to == QLatin1String("mr_chain_mid");
        }));
        QVERIFY(std::any_of(g->edges.cbegin(), g->edges.cend(), [](const GraphEdge &e) {
            return e.from == QLatin1String("mr_chain_mid") && e.to == QLatin1String("mr_chain_base");
        }));
    }

    void statesAndStuckMarks_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("state");
        QTest::addColumn<bool>("tainting");
        QTest::newRow("init crashed") << "mr_init_oops" << int(GraphNodeState::Stuck) << true;
        QTest::newRow("exit crashed") << "mr_exit_oops" << int(GraphNodeState::Stuck) << true;
        QTest::newRow("no exit") << "mr_no_exit" << int(GraphNodeState::Stuck) << true;
        QTest::newRow("live") << "loop" << int(GraphNodeState::Live) << false;
        QTest::newRow("held") << "mr_chain_base" << int(GraphNodeState::Live) << true;
    }
    void statesAndStuckMarks()
    {
        QFETCH(QString, name);
        QFETCH(int, state);
        QFETCH(bool, tainting);
        const Result<GraphDescription> g = ModuleGraphBuilder::build(stateOf(stuckModules()), {}, -1);
        QVERIFY(g.ok());
        const GraphNode *n = node(g.value(), name);
        QVERIFY(n);
        QCOMPARE(int(n->state), state);
        QCOMPARE(n->tainting, tainting);
    }

    void unknownFocusIsAnError()
    {
        QVERIFY(!ModuleGraphBuilder::build(stateOf(stuckModules()), QStringLiteral("absent"), 1).ok());
    }

    void sceneHasOneItemPerNodeAndEdge()
    {
        Result<GraphDescription> g = ModuleGraphBuilder::build(stateOf(stuckModules()), {}, -1);
        QVERIFY(g.ok());
        GraphScene::sizeNodes(g.value());
        const GraphLayoutResult layout = GraphvizLayout::layout(g.value());
        QVERIFY2(layout.ok(), qPrintable(layout.error));
        GraphScene scene;
        scene.build(g.value(), layout);
        QCOMPARE(scene.nodeCount(), g->nodes.size());
        QCOMPARE(scene.edgeItems().size(), g->edges.size());
        scene.setCurrent(QStringLiteral("mr_chain_mid"));
        QVERIFY(scene.nodeItem(QStringLiteral("mr_chain_mid"))->isCurrent());
        int highlighted = 0;
        for (GraphEdgeItem *e : scene.edgeItems())
            highlighted += e->isHighlighted();
        QCOMPARE(highlighted, 2);
        // Labels fit their boxes.
        for (const GraphNode &n : g->nodes)
            QVERIFY(scene.nodeItem(n.id)->rect().width() >= GraphNodeItem::sizeFor(n).width() - 0.5);
    }

    void viewLaysOutOffTheGuiThreadAndExports()
    {
        GraphView view;
        view.resize(640, 480);
        QSignalSpy ready(&view, &GraphView::layoutReady);
        Result<GraphDescription> g = ModuleGraphBuilder::build(stateOf(stuckModules()), {}, -1);
        view.setGraph(g.value());
        QVERIFY(view.isLayingOut());
        QVERIFY(ready.wait(10000));
        QVERIFY(ready.first().at(0).toBool());
        QCOMPARE(view.graphScene()->nodeCount(), g->nodes.size());

        QTemporaryDir dir;
        for (const QString &suffix : {QStringLiteral("svg"), QStringLiteral("png"), QStringLiteral("dot")}) {
            const QString path = dir.filePath(QStringLiteral("graph.") + suffix);
            const QString error = suffix == QLatin1String("svg")   ? view.exportSvg(path)
                                  : suffix == QLatin1String("png") ? view.exportPng(path)
                                                                   : view.exportDot(path);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray head = f.read(200);
            if (suffix == QLatin1String("svg"))
                QVERIFY(head.contains("<svg") || head.contains("<?xml"));
            else if (suffix == QLatin1String("png"))
                QVERIFY(head.startsWith("\x89PNG"));
            else
                QVERIFY(head.startsWith("digraph"));
        }
        QVERIFY(!view.exportPng(QStringLiteral("/nonexistent/dir/graph.png")).isEmpty());
    }
};

QTEST_MAIN(TestModuleGraphBuilder)
#include "tst_modulegraphbuilder.moc"
