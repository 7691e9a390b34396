// SPDX-License-Identifier: GPL-2.0-or-later
// The loaded modules as a table: one row per module, updated in place on each
// refresh (rows removed, changed and appended, never reset) so that views keep
// their selection and scroll position.
#pragma once

#include "Diagnosis.h"
#include "ModuleSnapshot.h"

#include <QAbstractTableModel>
#include <QHash>

namespace ModRescue {

class ModuleTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ColumnName,
        ColumnState,
        ColumnUsedBy,
        ColumnHolders,
        ColumnSize,
        ColumnTaint,
        ColumnStatus,
        ColumnCount
    };
    enum Role {
        NameRole = Qt::UserRole + 1, // canonical module name
        SortRole,                    // numbers for numeric columns
        StuckRole,                   // bool
        OutOfTreeRole,               // bool: taint has O
        TaintingRole,                // bool: any per-module taint
        CaseRole,                    // int(DiagnosisCase), -1 when not diagnosed
    };

    explicit ModuleTableModel(QObject *parent = nullptr);

    // Built-in modules are left out: the table is about what can be unloaded.
    // cases: the diagnosis of each module, where known.
    void update(const ModuleSnapshot &snapshot, const QHash<QString, DiagnosisCase> &cases);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QModelIndex indexOf(const QString &module, int column = ColumnName) const;
    const ModuleInfo *moduleAt(int row) const;

private:
    struct Row
    {
        ModuleInfo info;
        int diagnosisCase = -1;
        bool operator==(const Row &) const = default;
    };
    QList<Row> m_rows;
    QHash<QString, int> m_index;
};

} // namespace ModRescue
