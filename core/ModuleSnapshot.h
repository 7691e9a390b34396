// SPDX-License-Identifier: GPL-2.0-or-later
// ModuleSnapshot: every loaded and built-in module of one system at one
// moment, as read by SnapshotReader. A value: cheap to copy (implicitly shared
// Qt containers), never touches the system after it was made.
#pragma once

#include "ModuleInfo.h"

#include <QHash>
#include <QList>
#include <QString>

namespace ModRescue {

class ModuleSnapshot
{
public:
    ModuleSnapshot() = default;
    // Modules in any order; builds the name index and the "uses" lists.
    explicit ModuleSnapshot(QList<ModuleInfo> modules, QString root = QStringLiteral("/"));

    // Loaded modules first (in /proc/modules order), then built-in ones sorted.
    const QList<ModuleInfo> &modules() const { return m_modules; }
    // Accepts any spelling ('-' or '_'); nullptr when unknown.
    const ModuleInfo *find(QStringView name) const;
    bool contains(QStringView name) const { return find(name) != nullptr; }

    qsizetype loadedCount() const;
    qsizetype builtInCount() const;
    QString root() const { return m_root; }

private:
    QList<ModuleInfo> m_modules;
    QHash<QString, qsizetype> m_index;
    QString m_root = QStringLiteral("/");
};

} // namespace ModRescue
