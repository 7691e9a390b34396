// SPDX-License-Identifier: GPL-2.0-or-later
// modrescue-bench: how much a full snapshot costs. Two measurements, both
// printed as ratios (docs/benchmarks.md):
//   --synthetic  snapshots of generated trees of 500, 1000 and 2000 modules:
//                time per module at each size relative to 500 (1.0 = linear);
//   --live       on the running system: `modrescuectl list` against `lsmod`
//                (both as processes, same modules), and the in-process
//                snapshot against the lsmod process; then the same without
//                each program's start-up (measured apart).
// Median of repeated runs with QElapsedTimer; nothing is asserted.
#include "SnapshotReader.h"
#include "TreeBuilder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using namespace ModRescue;

namespace {

double medianNs(int repeats, const std::function<bool()> &run)
{
    QList<qint64> times;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer t;
        t.start();
        if (!run())
            return -1;
        times.append(t.nsecsElapsed());
    }
    std::sort(times.begin(), times.end());
    return double(times[times.size() / 2]);
}

// anyExit: the run counts even if the program refuses its arguments (the
// start-up probes below).
bool runProcess(const QString &program, const QStringList &args, bool anyExit = false)
{
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    p.setStandardErrorFile(QProcess::nullDevice());
    p.start(program, args);
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit
        && (anyExit || p.exitCode() == 0);
}

// Medians of each run when they take turns: round r runs every one once.
// A failed run gives -1 for that one.
std::vector<double> interleavedMediansNs(int repeats, const std::vector<std::function<bool()>> &runs)
{
    std::vector<QList<qint64>> times(runs.size());
    std::vector<bool> failed(runs.size(), false);
    for (int r = 0; r < repeats; ++r) {
        for (size_t i = 0; i < runs.size(); ++i) {
            if (failed[i])
                continue;
            QElapsedTimer t;
            t.start();
            if (!runs[i]())
                failed[i] = true;
            times[i].append(t.nsecsElapsed());
        }
    }
    std::vector<double> medians;
    for (size_t i = 0; i < runs.size(); ++i) {
        std::sort(times[i].begin(), times[i].end());
        medians.push_back(failed[i] ? -1 : double(times[i][times[i].size() / 2]));
    }
    return medians;
}

int synthetic(QTextStream &out, int repeats, const QList<int> &sizes)
{
    out << "synthetic trees (median of " << repeats << " snapshots each)\n";
    out << "modules   ms/snapshot   us/module   per-module cost vs " << sizes.first() << '\n';
    double base = 0;
    for (int n : sizes) {
        Test::TreeBuilder tree;
        tree.addKernel();
        // Chains of four, like real stacks (snd_*, nf_*): holders everywhere.
        for (int i = 0; i < n; ++i) {
            QStringList holders;
            if (i % 4 != 3)
                holders.append(QStringLiteral("mod_%1").arg(i + 1));
            tree.addModule({QStringLiteral("mod_%1").arg(i), QStringLiteral("live"),
                            int(holders.size()), holders, i % 7 ? QString() : QStringLiteral("OE")});
        }
        for (int i = 0; i < n / 4; ++i)
            tree.addBuiltIn(QStringLiteral("builtin_%1").arg(i));
        tree.finish();
        const SnapshotReader reader(tree.root());
        bool ok = true;
        const double ns = medianNs(repeats, [&] {
            auto s = reader.read();
            ok = s.ok() && s->loadedCount() == n;
            return ok;
        });
        if (!ok) {
            out << "snapshot of " << n << " modules failed\n";
            return 1;
        }
        const double perModule = ns / n;
        if (base == 0)
            base = perModule;
        out << QStringLiteral("%1  %2  %3  %4\n")
                   .arg(n, 7)
                   .arg(ns / 1e6, 12, 'f', 2)
                   .arg(perModule / 1e3, 10, 'f', 2)
                   .arg(perModule / base, 10, 'f', 2);
    }
    return 0;
}

int live(QTextStream &out, int repeats, const QString &ctl, const QString &lsmod)
{
    auto snapshot = SnapshotReader(QStringLiteral("/")).read();
    if (!snapshot) {
        out << "snapshot failed: " << snapshot.error().toString() << '\n';
        return 1;
    }
    const qsizetype loaded = snapshot->loadedCount();
    out << "live system: " << loaded << " loaded modules (median of " << repeats << " runs)\n";
    if (loaded < 100)
        out << "warning: fewer than 100 modules loaded; the ratios mean little\n";
    // Start-up alone (dynamic linking, Qt's set-up): `modrescuectl --version`,
    // and kmod's lsmod given an argument, which it refuses before reading
    // anything. What is left is each program's own work on the modules.
    // The five measurements take turns within each round, so a change in the
    // machine's load (shared hosts, emulated VMs) hits them all alike.
    const std::vector<std::function<bool()>> runs{
        [&] { return runProcess(lsmod, {}); },
        [&] { return runProcess(ctl, {QStringLiteral("list")}); },
        [&] { return SnapshotReader().read().ok(); },
        [&] { return runProcess(ctl, {QStringLiteral("--version")}); },
        [&] { return runProcess(lsmod, {QStringLiteral("--start-up-only")}, true); },
    };
    const std::vector<double> medians = interleavedMediansNs(repeats, runs);
    const double lsmodNs = medians[0];
    const double ctlNs = medians[1];
    const double inProcNs = medians[2];
    const double ctlStartNs = medians[3];
    const double lsmodStartNs = medians[4];
    if (lsmodNs < 0 || ctlNs < 0 || ctlStartNs < 0 || lsmodStartNs < 0) {
        out << "could not run " << (lsmodNs < 0 || lsmodStartNs < 0 ? lsmod : ctl) << '\n';
        return 1;
    }
    out << QStringLiteral("lsmod process:             %1 ms\n").arg(lsmodNs / 1e6, 0, 'f', 2);
    out << QStringLiteral("modrescuectl list process: %1 ms\n").arg(ctlNs / 1e6, 0, 'f', 2);
    out << QStringLiteral("snapshot in process:       %1 ms\n").arg(inProcNs / 1e6, 0, 'f', 2);
    out << QStringLiteral("ratio modrescuectl list / lsmod: %1\n").arg(ctlNs / lsmodNs, 0, 'f', 2);
    out << QStringLiteral("ratio snapshot / lsmod:          %1\n").arg(inProcNs / lsmodNs, 0, 'f', 2);
    const double lsmodWork = std::max(lsmodNs - lsmodStartNs, 1.0);
    const double ctlWork = std::max(ctlNs - ctlStartNs, 1.0);
    out << QStringLiteral("lsmod start-up (refused argument):    %1 ms\n").arg(lsmodStartNs / 1e6, 0, 'f', 2);
    out << QStringLiteral("modrescuectl start-up (--version):    %1 ms\n").arg(ctlStartNs / 1e6, 0, 'f', 2);
    out << QStringLiteral("lsmod work after start-up:            %1 ms\n").arg(lsmodWork / 1e6, 0, 'f', 2);
    out << QStringLiteral("modrescuectl list work after start-up: %1 ms\n").arg(ctlWork / 1e6, 0, 'f', 2);
    out << QStringLiteral("ratio list work / lsmod work:     %1\n").arg(ctlWork / lsmodWork, 0, 'f', 2);
    out << QStringLiteral("ratio snapshot / lsmod work:      %1\n").arg(inProcNs / lsmodWork, 0, 'f', 2);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Snapshot benchmarks, printed as ratios."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("synthetic"), QStringLiteral("Trees of 500/1000/2000 modules.")});
    parser.addOption({QStringLiteral("live"), QStringLiteral("The running system against lsmod.")});
    parser.addOption({QStringLiteral("repeats"), QStringLiteral("Runs per measurement."),
                      QStringLiteral("N"), QStringLiteral("21")});
    parser.addOption({QStringLiteral("sizes"),
                      QStringLiteral("Synthetic tree sizes, comma-separated (e.g. 2000 alone under "
                                     "callgrind)."),
                      QStringLiteral("N,..."), QStringLiteral("500,1000,2000")});
    parser.addOption({QStringLiteral("modrescuectl"), QStringLiteral("Path of modrescuectl."),
                      QStringLiteral("PATH"), QStringLiteral("modrescuectl")});
    parser.addOption({QStringLiteral("lsmod"), QStringLiteral("Path of lsmod."),
                      QStringLiteral("PATH"), QStringLiteral("lsmod")});
    parser.process(app);
    QTextStream out(stdout);
    const int repeats = std::max(1, parser.value(QStringLiteral("repeats")).toInt());
    QList<int> sizes;
    for (const QString &n : parser.value(QStringLiteral("sizes")).split(QLatin1Char(','))) {
        bool ok = false;
        const int v = n.toInt(&ok);
        if (!ok || v < 4) {
            QTextStream(stderr) << "--sizes: \"" << n << "\" is not a size of at least 4\n";
            return 2;
        }
        sizes.append(v);
    }
    int rc = 0;
    const bool any = parser.isSet(QStringLiteral("synthetic")) || parser.isSet(QStringLiteral("live"));
    if (!any || parser.isSet(QStringLiteral("synthetic")))
        rc |= synthetic(out, repeats, sizes);
    if (parser.isSet(QStringLiteral("live")))
        rc |= live(out, repeats, parser.value(QStringLiteral("modrescuectl")),
                   parser.value(QStringLiteral("lsmod")));
    return rc;
}
