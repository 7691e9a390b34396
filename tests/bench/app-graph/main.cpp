// SPDX-License-Identifier: GPL-2.0-or-later
// Benchmark of the app's graph path and start-up, printed as ratios:
//  - layout (in-process Graphviz) + scene building vs `dot -Tplain` run on the
//    very same graph (GraphDescription::toDot), for a real module graph read
//    with --root and for a 2,000-node synthetic graph;
//  - start-up of the main window to a populated table (--root);
//  - peak memory (ru_maxrss).
// Usage: app-graph-bench [--root DIR] [--runs N] [--nodes N]
#include "GraphScene.h"
#include "GraphvizLayout.h"
#include "MainWindow.h"
#include "ModuleGraphBuilder.h"
#include "ModuleTableModel.h"
#include "SystemState.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace ModRescue;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

// A layered DAG like a big module tree: every node uses 0-3 nodes of lower layers.
GraphDescription synthetic(int nodes)
{
    QRandomGenerator rng(20241125);
    GraphDescription g;
    const int layers = 12;
    for (int i = 0; i < nodes; ++i) {
        GraphNode n;
        n.id = QStringLiteral("mod_%1").arg(i);
        n.label = n.id;
        n.state = i % 97 == 0 ? GraphNodeState::Stuck : GraphNodeState::Live;
        g.nodes.append(n);
    }
    const int perLayer = nodes / layers + 1;
    for (int i = perLayer; i < nodes; ++i) {
        const int layer = i / perLayer;
        const int uses = int(rng.bounded(4));
        for (int k = 0; k < uses; ++k) {
            const int lower = int(rng.bounded(layer)) * perLayer + int(rng.bounded(perLayer));
            if (lower < nodes && lower != i)
                g.edges.append({g.nodes.at(i).id, g.nodes.at(lower).id});
        }
    }
    return g;
}

struct Timing
{
    double layoutMs = 0;
    double sceneMs = 0;
    double dotMs = 0;
};

Timing measure(GraphDescription graph, int runs, const QString &dot)
{
    GraphScene::sizeNodes(graph);
    QList<double> layout, scene, dotRuns;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("graph.dot"));
    {
        QFile f(file);
        f.open(QIODevice::WriteOnly);
        // The same graph, with the same node sizes, as dot would get it.
        QString text = graph.toDot();
        QString sized;
        for (const GraphNode &n : graph.nodes)
            sized += QStringLiteral("  \"%1\" [width=%2, height=%3, fixedsize=true];\n")
                         .arg(n.id)
                         .arg(n.width / 72.0, 0, 'f', 4)
                         .arg(n.height / 72.0, 0, 'f', 4);
        text.insert(text.lastIndexOf(u'}'), sized);
        f.write(text.toUtf8());
    }
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        const GraphLayoutResult result = GraphvizLayout::layout(graph);
        layout.append(t.nsecsElapsed() / 1e6);
        if (!result.ok()) {
            std::fprintf(stderr, "layout failed: %s\n", qPrintable(result.error));
            std::exit(1);
        }
        t.restart();
        GraphScene s;
        s.build(graph, result);
        scene.append(t.nsecsElapsed() / 1e6);

        t.restart();
        QProcess p;
        p.start(dot, {QStringLiteral("-Tplain"), file, QStringLiteral("-o"), QStringLiteral("/dev/null")});
        p.waitForFinished(-1);
        dotRuns.append(t.nsecsElapsed() / 1e6);
        if (p.exitCode() != 0) {
            std::fprintf(stderr, "dot failed: %s\n", p.readAllStandardError().constData());
            std::exit(1);
        }
    }
    return {median(layout), median(scene), median(dotRuns)};
}

void report(const char *name, qsizetype nodes, qsizetype edges, const Timing &t)
{
    const double ours = t.layoutMs + t.sceneMs;
    std::printf("%-22s %5lld nodes %5lld edges: layout %9.1f ms + scene %7.1f ms = %9.1f ms; "
                "dot -Tplain %9.1f ms; ratio ours/dot %.2f\n",
                name, (long long)nodes, (long long)edges, t.layoutMs, t.sceneMs, ours, t.dotMs,
                ours / t.dotMs);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("root"), QStringLiteral("captured tree"), QStringLiteral("dir")},
                       {QStringLiteral("runs"), QStringLiteral("runs per graph"), QStringLiteral("n"), QStringLiteral("5")},
                       {QStringLiteral("nodes"), QStringLiteral("synthetic size"), QStringLiteral("n"), QStringLiteral("2000")}});
    parser.process(app);
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    const QString dot = QStandardPaths::findExecutable(QStringLiteral("dot"));
    if (dot.isEmpty()) {
        std::fputs("dot (graphviz) is not installed\n", stderr);
        return 1;
    }

    if (parser.isSet(QStringLiteral("root"))) {
        const QString root = parser.value(QStringLiteral("root"));
        const SystemState state = SystemState::read(root);
        if (!state.ok()) {
            std::fprintf(stderr, "cannot read %s: %s\n", qPrintable(root), qPrintable(state.error));
            return 1;
        }
        const Result<GraphDescription> g = ModuleGraphBuilder::build(state, {}, -1);
        report("real (whole system)", g->nodes.size(), g->edges.size(), measure(g.value(), runs, dot));

        // Start-up to a populated table, against reading the state alone.
        QElapsedTimer t;
        t.start();
        MainWindow::Options options;
        options.root = root;
        auto *window = new MainWindow(options);
        window->show();
        bool populated = false;
        QObject::connect(window, &MainWindow::refreshed, [&] { populated = true; });
        while (!populated)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        const double startup = t.nsecsElapsed() / 1e6;
        const int rows = window->tableModel()->rowCount();
        std::printf("%-22s start-up to populated table (%d rows): %.1f ms; reading the state alone "
                    "%lld ms; ratio %.2f\n",
                    "start-up", rows, startup, (long long)state.elapsedMs,
                    state.elapsedMs > 0 ? startup / double(state.elapsedMs) : 0.0);
        delete window;
    }

    const GraphDescription big = synthetic(parser.value(QStringLiteral("nodes")).toInt());
    report("synthetic", big.nodes.size(), big.edges.size(), measure(big, std::max(1, runs / 2), dot));

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak memory (ru_maxrss): %.1f MiB\n", usage.ru_maxrss / 1024.0);
    return 0;
}
