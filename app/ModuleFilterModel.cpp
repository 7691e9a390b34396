// SPDX-License-Identifier: GPL-2.0-or-later
#include "ModuleFilterModel.h"

#include "ModuleTableModel.h"

namespace ModRescue {

ModuleFilterModel::ModuleFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ModuleTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // Re-sort and re-filter rows when the source changes them on refresh.
    setDynamicSortFilter(true);
}

void ModuleFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void ModuleFilterModel::setQuickFilter(QuickFilter filter, bool on)
{
    if (m_quick.testFlag(filter) == on)
        return;
    m_quick.setFlag(filter, on);
    invalidateFilter();
}

bool ModuleFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex name =
        sourceModel()->index(sourceRow, ModuleTableModel::ColumnName, sourceParent);
    if (m_quick.testFlag(StuckOnly) && !name.data(ModuleTableModel::StuckRole).toBool())
        return false;
    if (m_quick.testFlag(OutOfTreeOnly) && !name.data(ModuleTableModel::OutOfTreeRole).toBool())
        return false;
    if (m_quick.testFlag(TaintingOnly) && !name.data(ModuleTableModel::TaintingRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    // '-' and '_' name the same module; people type either.
    QString needle = m_text;
    needle.replace(u'-', u'_');
    if (name.data(ModuleTableModel::NameRole).toString().contains(needle, Qt::CaseInsensitive))
        return true;
    const QModelIndex holders =
        sourceModel()->index(sourceRow, ModuleTableModel::ColumnHolders, sourceParent);
    return holders.data().toString().contains(needle, Qt::CaseInsensitive);
}

bool ModuleFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::QString || r.typeId() == QMetaType::QString)
        return QString::compare(l.toString(), r.toString(), Qt::CaseInsensitive) < 0;
    return QVariant::compare(l, r) == QPartialOrdering::Less;
}

} // namespace ModRescue
