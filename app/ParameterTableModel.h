// SPDX-License-Identifier: GPL-2.0-or-later
// A module's parameters with their current values, as a read-only table.
#pragma once

#include "ModuleDetails.h"

#include <QAbstractTableModel>

namespace ModRescue {

class ParameterTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ColumnName, ColumnValue, ColumnType, ColumnDescription, ColumnCount };

    explicit ParameterTableModel(QObject *parent = nullptr);
    void setParameters(const QList<ModuleParameter> &parameters);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ModuleParameter> m_parameters;
};

} // namespace ModRescue
