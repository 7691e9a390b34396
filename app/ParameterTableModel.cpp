// SPDX-License-Identifier: GPL-2.0-or-later
#include "ParameterTableModel.h"

namespace ModRescue {

ParameterTableModel::ParameterTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ParameterTableModel::setParameters(const QList<ModuleParameter> &parameters)
{
    if (parameters == m_parameters)
        return;
    beginResetModel();
    m_parameters = parameters;
    endResetModel();
}

int ParameterTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_parameters.size());
}

int ParameterTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParameterTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ModuleParameter &p = m_parameters.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ColumnName:
            return p.name;
        case ColumnValue:
            return p.readable ? p.value : tr("(not readable)");
        case ColumnType:
            return p.type;
        case ColumnDescription:
            return p.description;
        }
    } else if (role == Qt::ToolTipRole && index.column() == ColumnDescription) {
        return p.description;
    }
    return {};
}

QVariant ParameterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ColumnName:
        return tr("Parameter");
    case ColumnValue:
        return tr("Value");
    case ColumnType:
        return tr("Type");
    case ColumnDescription:
        return tr("Description");
    }
    return {};
}

} // namespace ModRescue
