// SPDX-License-Identifier: GPL-2.0-or-later
#include "GraphvizLayout.h"

#include <QCoreApplication>
#include <QHash>

#include <clocale>
#include <locale.h>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

namespace ModRescue::GraphvizLayout {

namespace {

// One lock for every Graphviz call in the process (it keeps global state).
std::mutex &graphvizMutex()
{
    static std::mutex m;
    return m;
}

struct GvcDeleter
{
    void operator()(GVC_t *gvc) const { gvFreeContext(gvc); }
};
struct GraphDeleter
{
    void operator()(Agraph_t *g) const { agclose(g); }
};
using GvcPtr = std::unique_ptr<GVC_t, GvcDeleter>;
using GraphPtr = std::unique_ptr<Agraph_t, GraphDeleter>;

// Frees the layout data Graphviz attached to a graph, before the graph itself.
class LayoutGuard
{
public:
    LayoutGuard(GVC_t *gvc, Agraph_t *g) : m_gvc(gvc), m_graph(g) {}
    ~LayoutGuard() { gvFreeLayout(m_gvc, m_graph); }
    LayoutGuard(const LayoutGuard &) = delete;
    LayoutGuard &operator=(const LayoutGuard &) = delete;

private:
    GVC_t *m_gvc;
    Agraph_t *m_graph;
};

// Graphviz parses numbers with atof/strtod: under a locale with a decimal
// comma (de_DE, fr_FR...) "0.5" becomes 0. Switch this thread, and only this
// thread, to the C numeric locale for the duration of a layout.
class CNumericLocale
{
public:
    CNumericLocale()
    {
        m_c = newlocale(LC_NUMERIC_MASK, "C", duplocale(LC_GLOBAL_LOCALE));
        if (m_c)
            m_previous = uselocale(m_c);
    }
    ~CNumericLocale()
    {
        if (m_c) {
            uselocale(m_previous);
            freelocale(m_c);
        }
    }
    CNumericLocale(const CNumericLocale &) = delete;
    CNumericLocale &operator=(const CNumericLocale &) = delete;

private:
    locale_t m_c = nullptr;
    locale_t m_previous = nullptr;
};

// Graphviz reports errors through a process-wide callback; collect them so a
// failed layout carries Graphviz's own words. Guarded by graphvizMutex().
std::string g_graphvizErrors;
int collectError(char *message)
{
    g_graphvizErrors += message;
    return 0;
}

GVC_t *context()
{
    // Created once (it reads the plugin configuration), freed at exit.
    static GvcPtr gvc(gvContext());
    return gvc.get();
}

void set(void *obj, const char *name, const std::string &value)
{
    agsafeset(obj, const_cast<char *>(name), const_cast<char *>(value.c_str()),
              const_cast<char *>(""));
}

std::string inches(double points)
{
    // QString::number is locale-independent, so this is always "0.75", never "0,75".
    return QString::number(points / 72.0, 'f', 4).toStdString();
}

constexpr double kMinWidth = 36;
constexpr double kDefaultHeight = 28;

} // namespace

GraphLayoutResult layout(const GraphDescription &graph)
{
    GraphLayoutResult result;
    if (graph.nodes.isEmpty())
        return result;

    std::lock_guard lock(graphvizMutex());
    CNumericLocale cLocale;
    g_graphvizErrors.clear();
    agusererrf previousErrf = agseterrf(collectError);
    struct RestoreErrf
    {
        agusererrf f;
        ~RestoreErrf() { agseterrf(f); }
    } restoreErrf{previousErrf};

    GVC_t *gvc = context();
    if (!gvc) {
        result.error = QCoreApplication::translate("GraphvizLayout",
                                                   "Graphviz could not be initialised.");
        return result;
    }

    GraphPtr g(agopen(const_cast<char *>("modules"), Agdirected, nullptr));
    if (!g) {
        result.error = QCoreApplication::translate("GraphvizLayout",
                                                   "Graphviz could not create a graph.");
        return result;
    }
    agattr(g.get(), AGRAPH, const_cast<char *>("rankdir"), const_cast<char *>("LR"));
    agattr(g.get(), AGRAPH, const_cast<char *>("nodesep"), const_cast<char *>("0.25"));
    agattr(g.get(), AGRAPH, const_cast<char *>("ranksep"), const_cast<char *>("0.6"));
    // We draw the labels ourselves; fixed node sizes spare Graphviz any font metrics.
    agattr(g.get(), AGNODE, const_cast<char *>("shape"), const_cast<char *>("box"));
    agattr(g.get(), AGNODE, const_cast<char *>("fixedsize"), const_cast<char *>("true"));
    agattr(g.get(), AGNODE, const_cast<char *>("label"), const_cast<char *>(""));
    agattr(g.get(), AGNODE, const_cast<char *>("width"), const_cast<char *>("0.75"));
    agattr(g.get(), AGNODE, const_cast<char *>("height"), const_cast<char *>("0.5"));

    std::vector<Agnode_t *> gvNodes;
    gvNodes.reserve(graph.nodes.size());
    QHash<QString, qsizetype> index;
    index.reserve(graph.nodes.size());
    for (qsizetype i = 0; i < graph.nodes.size(); ++i) {
        const GraphNode &node = graph.nodes.at(i);
        if (index.contains(node.id)) {
            result.error = QCoreApplication::translate("GraphvizLayout",
                                                       "The graph has two nodes named “%1”.")
                               .arg(node.id);
            return result;
        }
        index.insert(node.id, i);
        // Internal names avoid any quoting issue with module names.
        const std::string name = "n" + std::to_string(i);
        Agnode_t *n = agnode(g.get(), const_cast<char *>(name.c_str()), 1);
        const double w =
            node.width > 0 ? node.width : std::max(kMinWidth, 7.0 * node.label.size() + 16);
        const double h = node.height > 0 ? node.height : kDefaultHeight;
        set(n, "width", inches(w));
        set(n, "height", inches(h));
        gvNodes.push_back(n);
    }

    struct EdgeRef
    {
        Agedge_t *edge;
        qsizetype from;
        qsizetype to;
    };
    std::vector<EdgeRef> gvEdges;
    gvEdges.reserve(graph.edges.size());
    for (const GraphEdge &e : graph.edges) {
        const auto from = index.constFind(e.from);
        const auto to = index.constFind(e.to);
        if (from == index.cend() || to == index.cend()) {
            result.error = QCoreApplication::translate(
                               "GraphvizLayout", "The edge %1 → %2 names a node that is not in the graph.")
                               .arg(e.from, e.to);
            return result;
        }
        Agedge_t *edge = agedge(g.get(), gvNodes[*from], gvNodes[*to], nullptr, 1);
        gvEdges.push_back({edge, *from, *to});
    }

    if (gvLayout(gvc, g.get(), "dot") != 0) {
        result.error = QCoreApplication::translate("GraphvizLayout", "Graphviz could not lay out the graph: %1")
                           .arg(QString::fromLocal8Bit(g_graphvizErrors).trimmed());
        return result;
    }
    LayoutGuard freeLayout(gvc, g.get());

    const boxf bb = GD_bb(g.get());
    // Graphviz's y grows upwards; Qt's downwards. Flip against the bounding box
    // and move its corner to the origin.
    auto toScene = [&bb](pointf p) { return QPointF(p.x - bb.LL.x, bb.UR.y - p.y); };
    result.bounds = QRectF(0, 0, bb.UR.x - bb.LL.x, bb.UR.y - bb.LL.y);

    result.nodes.reserve(graph.nodes.size());
    for (qsizetype i = 0; i < graph.nodes.size(); ++i) {
        Agnode_t *n = gvNodes[size_t(i)];
        const QPointF centre = toScene(ND_coord(n));
        const double w = ND_width(n) * 72.0; // inches to points
        const double h = ND_height(n) * 72.0;
        result.nodes.append(
            {graph.nodes.at(i).id, QRectF(centre.x() - w / 2, centre.y() - h / 2, w, h)});
    }

    result.edges.reserve(qsizetype(gvEdges.size()));
    for (const EdgeRef &ref : gvEdges) {
        EdgePlacement placement;
        placement.from = graph.nodes.at(ref.from).id;
        placement.to = graph.nodes.at(ref.to).id;
        const splines *spl = ED_spl(ref.edge);
        if (spl && spl->size > 0) {
            // dot gives one Bézier per edge unless the edge is a concentrated
            // multi-part one, which we do not ask for; take them all anyway.
            for (int b = 0; b < spl->size; ++b) {
                const bezier &bz = spl->list[b];
                for (int k = 0; k < bz.size; ++k) {
                    if (b > 0 && k == 0)
                        continue; // continuation starts where the previous ended
                    placement.bezier.append(toScene(bz.list[k]));
                }
                if (bz.eflag) {
                    placement.hasArrow = true;
                    placement.arrowTip = toScene(bz.ep);
                }
            }
        }
        result.edges.append(placement);
    }
    return result;
}

} // namespace ModRescue::GraphvizLayout
