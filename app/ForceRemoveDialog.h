// SPDX-License-Identifier: GPL-2.0-or-later
// Asks before a forced removal: shows the diagnosis and its risk, offers to
// run or skip the module's exit function (preset to what the diagnosis
// recommends, with the impossible choice disabled and explained), and wants
// an explicit confirmation before the Remove button works.
#pragma once

#include "Diagnosis.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QRadioButton;

namespace ModRescue {

class ForceRemoveDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ForceRemoveDialog(const Diagnosis &diagnosis, QWidget *parent = nullptr);

    // What the diagnosis allows and recommends.
    bool canForce() const { return m_canForce; }
    bool canRunExit() const { return m_canRun; }
    bool canSkipExit() const { return m_canSkip; }
    bool recommendsRunningExit() const { return m_defaultRun; }

    bool runExitSelected() const;
    // "auto" when the user kept the recommendation, else "run" or "skip".
    QString exitMode() const;
    QPushButton *removeButton() const { return m_remove; }
    QCheckBox *confirmBox() const { return m_confirm; }
    QRadioButton *runButton() const { return m_run; }
    QRadioButton *skipButton() const { return m_skip; }

private:
    void updateButtons();

    bool m_canForce = false;
    bool m_canRun = false;
    bool m_canSkip = false;
    bool m_defaultRun = false;
    QRadioButton *m_run;
    QRadioButton *m_skip;
    QCheckBox *m_confirm;
    QPushButton *m_remove;
};

} // namespace ModRescue
