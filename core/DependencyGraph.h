// SPDX-License-Identifier: GPL-2.0-or-later
// DependencyGraph: the "uses" relation between loaded modules, from a
// snapshot. An edge user -> used means user needs used (used's holders list
// contains user). Answers neighbourhoods, dependents, removal orders, cycles.
#pragma once

#include "ModuleSnapshot.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ModRescue {

class DependencyGraph
{
    Q_DECLARE_TR_FUNCTIONS(DependencyGraph)

public:
    struct Edge
    {
        QString user; // the holder
        QString used; // the module it depends on
        bool operator==(const Edge &) const = default;
    };
    struct Subgraph
    {
        QStringList nodes; // sorted
        QList<Edge> edges; // sorted by (user, used)
    };

    DependencyGraph() = default;
    explicit DependencyGraph(const ModuleSnapshot &snapshot);

    QStringList nodes() const;                      // sorted
    bool contains(QStringView module) const;
    QStringList usersOf(QStringView module) const;  // direct holders
    QStringList usedBy(QStringView module) const;   // direct dependencies
    // Every module that directly or indirectly uses module (not module itself).
    QStringList dependents(QStringView module) const;

    // Nodes within depth hops of module in either direction; depth < 0:
    // unlimited. The whole graph when module is empty.
    Result<Subgraph> neighbourhood(QStringView module, int depth) const;

    // The order in which to unload module and everything that depends on it,
    // dependents first, module last. Fails (Malformed) on a cycle among them,
    // NotFound for an unknown module.
    Result<QStringList> removalOrder(QStringView module) const;

    // Each cycle once, as the list of its members (a well-formed kernel has
    // none; a corrupt or hand-edited tree may).
    QList<QStringList> cycles() const;

private:
    QString key(QStringView module) const;
    QHash<QString, QStringList> m_users; // used -> users
    QHash<QString, QStringList> m_uses;  // user -> used
};

} // namespace ModRescue
