// SPDX-License-Identifier: GPL-2.0-or-later
#include "ModuleSnapshot.h"

#include <algorithm>

namespace ModRescue {

namespace {
QString canonical(QStringView name)
{
    QString s = name.toString();
    s.replace(QLatin1Char('-'), QLatin1Char('_'));
    return s;
}
} // namespace

ModuleSnapshot::ModuleSnapshot(QList<ModuleInfo> modules, QString root)
    : m_modules(std::move(modules)), m_root(std::move(root))
{
    std::stable_partition(m_modules.begin(), m_modules.end(),
                          [](const ModuleInfo &m) { return !m.isBuiltIn(); });
    const auto firstBuiltIn = std::find_if(m_modules.begin(), m_modules.end(),
                                           [](const ModuleInfo &m) { return m.isBuiltIn(); });
    std::sort(firstBuiltIn, m_modules.end(),
              [](const ModuleInfo &a, const ModuleInfo &b) { return a.name < b.name; });

    m_index.reserve(m_modules.size());
    for (qsizetype i = 0; i < m_modules.size(); ++i) {
        m_modules[i].uses.clear();
        m_index.insert(m_modules[i].name, i);
    }
    for (const ModuleInfo &m : std::as_const(m_modules))
        for (const QString &holder : m.holders) {
            const auto it = m_index.constFind(holder);
            if (it != m_index.cend())
                m_modules[*it].uses.append(m.name);
        }
    for (ModuleInfo &m : m_modules) {
        std::sort(m.uses.begin(), m.uses.end());
        std::sort(m.holders.begin(), m.holders.end());
    }
}

const ModuleInfo *ModuleSnapshot::find(QStringView name) const
{
    const auto it = m_index.constFind(canonical(name));
    return it == m_index.cend() ? nullptr : &m_modules[*it];
}

qsizetype ModuleSnapshot::loadedCount() const
{
    return std::count_if(m_modules.cbegin(), m_modules.cend(),
                         [](const ModuleInfo &m) { return !m.isBuiltIn(); });
}

qsizetype ModuleSnapshot::builtInCount() const
{
    return m_modules.size() - loadedCount();
}

} // namespace ModRescue
