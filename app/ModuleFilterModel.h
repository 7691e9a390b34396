// SPDX-License-Identifier: GPL-2.0-or-later
// Sorting and filtering over ModuleTableModel: a text filter on the module
// name and holders, and quick filters for stuck, out-of-tree and tainting
// modules (combined with AND).
#pragma once

#include <QSortFilterProxyModel>

namespace ModRescue {

class ModuleFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum QuickFilter { NoQuickFilter = 0, StuckOnly = 1, OutOfTreeOnly = 2, TaintingOnly = 4 };
    Q_DECLARE_FLAGS(QuickFilters, QuickFilter)

    explicit ModuleFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    void setQuickFilter(QuickFilter filter, bool on);
    QuickFilters quickFilters() const { return m_quick; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QuickFilters m_quick;
};

} // namespace ModRescue

Q_DECLARE_OPERATORS_FOR_FLAGS(ModRescue::ModuleFilterModel::QuickFilters)
