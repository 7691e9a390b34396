// SPDX-License-Identifier: GPL-2.0-or-later
#include "UnloadDependentsDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

namespace ModRescue {

UnloadDependentsDialog::UnloadDependentsDialog(const QString &module, const QStringList &order,
                                               QWidget *parent)
    : QDialog(parent), m_order(order), m_model(new QStringListModel(this))
{
    setWindowTitle(tr("Unload %1 With Dependents").arg(module));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("These %n module(s) will be unloaded, in this order. Each is "
                                "unloaded the normal way; the first failure stops the rest.",
                                nullptr, int(order.size())));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    QStringList numbered;
    for (int i = 0; i < order.size(); ++i)
        numbered.append(tr("%1. %2").arg(i + 1).arg(order.at(i)));
    m_model->setStringList(numbered);
    auto *list = new QListView;
    list->setModel(m_model);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(list);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    auto *ok = buttons->addButton(tr("&Unload %n Module(s)", nullptr, int(order.size())),
                                  QDialogButtonBox::AcceptRole);
    ok->setEnabled(!order.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace ModRescue
