// SPDX-License-Identifier: GPL-2.0-or-later
#include "ModuleTableModel.h"

#include "ModuleStatus.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace ModRescue {

ModuleTableModel::ModuleTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ModuleTableModel::update(const ModuleSnapshot &snapshot,
                              const QHash<QString, DiagnosisCase> &cases)
{
    QList<Row> incoming;
    QHash<QString, int> incomingIndex;
    for (const ModuleInfo &info : snapshot.modules()) {
        if (info.isBuiltIn())
            continue;
        const auto c = cases.constFind(info.name);
        incomingIndex.insert(info.name, int(incoming.size()));
        incoming.append({info, c == cases.cend() ? -1 : int(*c)});
    }

    // 1. Remove rows whose module is gone, from the bottom so rows above keep
    //    their numbers; contiguous runs in one go.
    for (int row = int(m_rows.size()) - 1; row >= 0;) {
        if (incomingIndex.contains(m_rows.at(row).info.name)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !incomingIndex.contains(m_rows.at(first - 1).info.name))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    m_index.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        m_index.insert(m_rows.at(row).info.name, row);

    // 2. Update the rows that stay.
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row &fresh = incoming.at(incomingIndex.value(m_rows.at(row).info.name));
        if (!(fresh == m_rows.at(row))) {
            m_rows[row] = fresh;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }

    // 3. Append the new ones, in the kernel's order.
    QList<Row> added;
    for (const Row &r : std::as_const(incoming))
        if (!m_index.contains(r.info.name))
            added.append(r);
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const Row &r : std::as_const(added)) {
            m_index.insert(r.info.name, int(m_rows.size()));
            m_rows.append(r);
        }
        endInsertRows();
    }
}

int ModuleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ModuleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ModuleInfo *ModuleTableModel::moduleAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).info : nullptr;
}

QModelIndex ModuleTableModel::indexOf(const QString &module, int column) const
{
    const auto it = m_index.constFind(module);
    return it == m_index.cend() ? QModelIndex() : index(*it, column);
}

QVariant ModuleTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const ModuleInfo &m = row.info;
    const bool diagnosed = row.diagnosisCase >= 0;
    const auto c = DiagnosisCase(row.diagnosisCase);
    const bool stuck = diagnosed && isStuck(c);

    switch (role) {
    case NameRole:
        return m.name;
    case StuckRole:
        return stuck;
    case OutOfTreeRole:
        return m.taint.contains(u'O');
    case TaintingRole:
        return !m.taint.isEmpty();
    case CaseRole:
        return row.diagnosisCase;
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case ColumnName:
            return m.name;
        case ColumnState:
            return moduleStateText(m.state);
        case ColumnUsedBy:
            if (role == SortRole)
                return m.refCount;
            return !m.refCountKnown ? QStringLiteral("–") : QString::number(m.refCount);
        case ColumnHolders:
            if (role == SortRole)
                return int(m.holders.size());
            return m.holders.join(QStringLiteral(", "));
        case ColumnSize:
            if (role == SortRole)
                return m.size;
            return QLocale().formattedDataSize(m.size, 1, QLocale::DataSizeTraditionalFormat);
        case ColumnTaint:
            return m.taint;
        case ColumnStatus:
            if (!diagnosed)
                return QString();
            if (role == SortRole) // stuck first when sorted descending
                return int(moduleStatus(c)) * 100 + row.diagnosisCase;
            if (stuck)
                return tr("⚠ %1").arg(diagnosisCaseTitle(c));
            return moduleStatusText(moduleStatus(c));
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ColumnStatus && diagnosed) {
            const QString number = diagnosisCaseNumber(c);
            return number.isEmpty() ? diagnosisCaseTitle(c)
                                    : tr("Case %1: %2").arg(number, diagnosisCaseTitle(c));
        }
        if (index.column() == ColumnTaint && !m.taint.isEmpty())
            return tr("Per-module taint flags: %1").arg(m.taint);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ColumnUsedBy || index.column() == ColumnSize)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (stuck && (index.column() == ColumnStatus || index.column() == ColumnName))
            return QBrush(QColor(0xb9, 0x1c, 0x1c));
        break;
    case Qt::FontRole:
        if (stuck && (index.column() == ColumnStatus || index.column() == ColumnName)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ModuleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case ColumnName:
            return tr("Module");
        case ColumnState:
            return tr("State");
        case ColumnUsedBy:
            return tr("Used by");
        case ColumnHolders:
            return tr("Holders");
        case ColumnSize:
            return tr("Size");
        case ColumnTaint:
            return tr("Taint");
        case ColumnStatus:
            return tr("Status");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ColumnUsedBy:
            return tr("Reference count: how many users (modules, open files, mounts…) hold it");
        case ColumnHolders:
            return tr("Modules that use this one and must be unloaded first");
        case ColumnTaint:
            return tr("Taint flags of this module: O out-of-tree, E unsigned, P proprietary…");
        }
    }
    return {};
}

} // namespace ModRescue
