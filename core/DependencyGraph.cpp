// SPDX-License-Identifier: GPL-2.0-or-later
#include "DependencyGraph.h"

#include "ModuleName.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <functional>

namespace ModRescue {

namespace {
QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}
} // namespace

DependencyGraph::DependencyGraph(const ModuleSnapshot &snapshot)
{
    for (const ModuleInfo &m : snapshot.modules()) {
        if (m.isBuiltIn())
            continue;
        m_users[m.name] = sorted(m.holders);
        m_uses[m.name];
    }
    for (auto it = m_users.cbegin(); it != m_users.cend(); ++it)
        for (const QString &user : it.value()) {
            m_uses[user].append(it.key());
            m_users[user]; // a holder always is a node, even if not loaded
        }
    for (auto &list : m_uses)
        std::sort(list.begin(), list.end());
}

QString DependencyGraph::key(QStringView module) const
{
    QString k = module.toString();
    k.replace(QLatin1Char('-'), QLatin1Char('_'));
    return k;
}

QStringList DependencyGraph::nodes() const
{
    return sorted(m_users.keys());
}

bool DependencyGraph::contains(QStringView module) const
{
    return m_users.contains(key(module));
}

QStringList DependencyGraph::usersOf(QStringView module) const
{
    return m_users.value(key(module));
}

QStringList DependencyGraph::usedBy(QStringView module) const
{
    return m_uses.value(key(module));
}

QStringList DependencyGraph::dependents(QStringView module) const
{
    const QString start = key(module);
    QSet<QString> seen{start};
    QStringList queue{start};
    QStringList out;
    while (!queue.isEmpty()) {
        const QString n = queue.takeFirst();
        for (const QString &u : m_users.value(n))
            if (!seen.contains(u)) {
                seen.insert(u);
                out.append(u);
                queue.append(u);
            }
    }
    return sorted(out);
}

Result<DependencyGraph::Subgraph> DependencyGraph::neighbourhood(QStringView module, int depth) const
{
    QSet<QString> included;
    if (module.isEmpty()) {
        for (auto it = m_users.cbegin(); it != m_users.cend(); ++it)
            included.insert(it.key());
    } else {
        const QString start = key(module);
        if (!m_users.contains(start))
            return makeError(Error::Code::NotFound,
                             tr("The module %1 is not loaded.").arg(start));
        included.insert(start);
        QStringList frontier{start};
        for (int d = 0; (depth < 0 || d < depth) && !frontier.isEmpty(); ++d) {
            QStringList next;
            for (const QString &n : std::as_const(frontier))
                for (const QStringList &side : {m_users.value(n), m_uses.value(n)})
                    for (const QString &o : side)
                        if (!included.contains(o)) {
                            included.insert(o);
                            next.append(o);
                        }
            frontier = next;
        }
    }
    Subgraph g;
    g.nodes = sorted(QStringList(included.cbegin(), included.cend()));
    for (const QString &user : std::as_const(g.nodes))
        for (const QString &used : m_uses.value(user))
            if (included.contains(used))
                g.edges.append({user, used});
    return g;
}

Result<QStringList> DependencyGraph::removalOrder(QStringView module) const
{
    const QString start = key(module);
    if (!m_users.contains(start))
        return makeError(Error::Code::NotFound, tr("The module %1 is not loaded.").arg(start));
    QStringList members = dependents(start);
    members.append(start);
    const QSet<QString> set(members.cbegin(), members.cend());

    // Kahn: a module may go once none of its users (within the set) remain.
    QHash<QString, int> remainingUsers;
    for (const QString &m : std::as_const(members)) {
        int n = 0;
        for (const QString &u : m_users.value(m))
            n += set.contains(u) ? 1 : 0;
        remainingUsers.insert(m, n);
    }
    QStringList ready;
    for (const QString &m : std::as_const(members))
        if (remainingUsers.value(m) == 0)
            ready.append(m);
    std::sort(ready.begin(), ready.end());
    QStringList order;
    while (!ready.isEmpty()) {
        const QString m = ready.takeFirst();
        order.append(m);
        QStringList freed;
        for (const QString &used : m_uses.value(m))
            if (set.contains(used) && --remainingUsers[used] == 0)
                freed.append(used);
        ready.append(freed);
        std::sort(ready.begin(), ready.end());
    }
    if (order.size() != members.size()) {
        QStringList stuck;
        for (const QString &m : std::as_const(members))
            if (!order.contains(m))
                stuck.append(m);
        return makeError(Error::Code::Malformed,
                         tr("The modules %1 use each other in a cycle; no removal order exists.")
                             .arg(sorted(stuck).join(QStringLiteral(", "))));
    }
    return order;
}

QList<QStringList> DependencyGraph::cycles() const
{
    // Tarjan's strongly connected components over user -> used edges.
    QHash<QString, int> index, low;
    QSet<QString> onStack;
    QStringList stack;
    int counter = 0;
    QList<QStringList> out;
    std::function<void(const QString &)> visit = [&](const QString &v) {
        index[v] = low[v] = counter++;
        stack.append(v);
        onStack.insert(v);
        for (const QString &w : m_uses.value(v)) {
            if (!index.contains(w)) {
                visit(w);
                low[v] = std::min(low[v], low[w]);
            } else if (onStack.contains(w)) {
                low[v] = std::min(low[v], index[w]);
            }
        }
        if (low[v] == index[v]) {
            QStringList component;
            QString w;
            do {
                w = stack.takeLast();
                onStack.remove(w);
                component.append(w);
            } while (w != v);
            if (component.size() > 1 || m_uses.value(v).contains(v))
                out.append(sorted(component));
        }
    };
    for (const QString &n : nodes())
        if (!index.contains(n))
            visit(n);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace ModRescue
