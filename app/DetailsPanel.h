// SPDX-License-Identifier: GPL-2.0-or-later
// The details of the selected module: overview (modinfo), parameters with
// their current values, dependencies (clickable), and the diagnosis with its
// evidence, plan and the buttons that carry it out.
#pragma once

#include "Diagnosis.h"
#include "ModuleDetails.h"
#include "Result.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace ModRescue {

class ParameterTableModel;

class DetailsPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Action { Unload, UnloadWithDependents, ForceRemove, ReplaceWithFile };
    Q_ENUM(Action)

    explicit DetailsPanel(QWidget *parent = nullptr);

    void clear();
    // Shows what is known at once; diagnosis and modinfo follow when read.
    void setModule(const ModuleInfo &info);
    void setDiagnosis(const Result<Diagnosis> &diagnosis);
    void setModuleDetails(const Result<ModuleDetails> &details);
    void setActionsEnabled(bool enabled); // off while the helper works

    QString module() const { return m_module; }
    const Diagnosis *diagnosis() const { return m_hasDiagnosis ? &m_diagnosis : nullptr; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *button(Action action) const;

Q_SIGNALS:
    void moduleActivated(const QString &module);
    void actionRequested(ModRescue::DetailsPanel::Action action, const QString &module);

private:
    void updateOverview();
    void updateButtons();

    QString m_module;
    ModuleInfo m_info;
    Diagnosis m_diagnosis;
    bool m_hasDiagnosis = false;
    ModuleDetails m_details;
    QString m_detailsError;
    bool m_actionsEnabled = true;

    QTabWidget *m_tabs;
    QLabel *m_overview;
    QTableView *m_parameterView;
    ParameterTableModel *m_parameters;
    QLabel *m_parameterNote;
    QLabel *m_dependencies;
    QLabel *m_diagnosisText;
    QPushButton *m_unload;
    QPushButton *m_unloadDeps;
    QPushButton *m_force;
    QPushButton *m_replace;
};

} // namespace ModRescue
