// SPDX-License-Identifier: GPL-2.0-or-later
// Previews "unload with dependents": the modules in the order they will be
// unloaded (users first, the chosen module last), before anything happens.
#pragma once

#include <QDialog>
#include <QStringList>

class QListView;
class QStringListModel;

namespace ModRescue {

class UnloadDependentsDialog : public QDialog
{
    Q_OBJECT
public:
    UnloadDependentsDialog(const QString &module, const QStringList &order,
                           QWidget *parent = nullptr);
    QStringList order() const { return m_order; }
    QStringListModel *model() const { return m_model; }

private:
    QStringList m_order;
    QStringListModel *m_model;
};

} // namespace ModRescue
