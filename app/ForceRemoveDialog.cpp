// SPDX-License-Identifier: GPL-2.0-or-later
#include "ForceRemoveDialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ModRescue {

namespace {

// The forcing step of a plan (kernel force unload or the fixer), if any.
const PlanStep *forcingStep(const Plan &plan)
{
    for (const PlanStep &step : plan.steps)
        if (step.forces)
            return &step;
    return nullptr;
}

QString htmlList(const QStringList &items)
{
    QString html = QStringLiteral("<ul style=\"margin-left:12px; -qt-list-indent:0\">");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

} // namespace

ForceRemoveDialog::ForceRemoveDialog(const Diagnosis &d, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Force Remove %1").arg(d.module));
    setMinimumWidth(520);

    // Which exit choices the diagnosis allows: those of the recommended plan
    // and of every alternative that forces.
    if (const PlanStep *step = forcingStep(d.plan)) {
        m_canForce = true;
        m_defaultRun = step->runsExit;
        (step->runsExit ? m_canRun : m_canSkip) = true;
    }
    for (const Plan &alt : d.alternatives) {
        if (const PlanStep *step = forcingStep(alt)) {
            if (!m_canForce) {
                m_canForce = true;
                m_defaultRun = step->runsExit;
            }
            (step->runsExit ? m_canRun : m_canSkip) = true;
        }
    }

    auto *layout = new QVBoxLayout(this);
    const QString number = diagnosisCaseNumber(d.kind);
    auto *heading = new QLabel(
        QStringLiteral("<h3>%1</h3><p>%2</p>")
            .arg((number.isEmpty() ? diagnosisCaseTitle(d.kind)
                                   : tr("Case %1: %2").arg(number, diagnosisCaseTitle(d.kind)))
                     .toHtmlEscaped(),
                 d.summary.toHtmlEscaped()));
    heading->setWordWrap(true);
    layout->addWidget(heading);

    if (!d.evidenceSentences.isEmpty()) {
        auto *evidence = new QLabel(tr("<b>Evidence</b>") + htmlList(d.evidenceSentences));
        evidence->setWordWrap(true);
        evidence->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(evidence);
    }

    auto *risk = new QLabel;
    risk->setWordWrap(true);
    if (!m_canForce) {
        risk->setText(QStringLiteral("<p><b>%1</b> %2</p>")
                          .arg(tr("A forced removal is not possible.").toHtmlEscaped(),
                               (d.refusal.isEmpty() ? tr("The diagnosis offers no forced plan for "
                                                         "this module.")
                                                    : d.refusal)
                                   .toHtmlEscaped()));
    } else {
        risk->setText(
            QStringLiteral("<p><b>%1</b> %2</p><p>%3</p>")
                .arg(tr("Risk: %1.").arg(riskText(d.plan.isEmpty() ? Risk::High : d.plan.risk()))
                         .toHtmlEscaped(),
                     tr("Forcing marks the kernel as tainted (R), like “rmmod -f”. If the module "
                        "still has work in flight, the kernel may crash.")
                         .toHtmlEscaped(),
                     tr("Save your work in other applications first.").toHtmlEscaped()));
    }
    layout->addWidget(risk);

    auto *exitBox = new QGroupBox(tr("The module's exit function"));
    auto *exitLayout = new QVBoxLayout(exitBox);
    m_run = new QRadioButton(tr("&Run it (it releases what the module holds)"));
    m_skip = new QRadioButton(tr("&Skip it (it never ran init to the end, or it crashes or is "
                                 "missing)"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_run);
    group->addButton(m_skip);
    exitLayout->addWidget(m_run);
    exitLayout->addWidget(m_skip);
    m_run->setEnabled(m_canRun);
    m_skip->setEnabled(m_canSkip);
    if (m_canForce) {
        (m_defaultRun ? m_run : m_skip)->setChecked(true);
        auto *why = new QLabel;
        why->setWordWrap(true);
        if (!m_canRun)
            why->setText(tr("Running the exit function is not offered: for this case it would "
                            "act on a half-initialised or crashed module."));
        else if (!m_canSkip)
            why->setText(tr("Skipping the exit function is not offered for this case."));
        else
            why->setText(tr("Recommended: %1.")
                             .arg(m_defaultRun ? tr("run it") : tr("skip it")));
        why->setForegroundRole(QPalette::PlaceholderText);
        exitLayout->addWidget(why);
    }
    exitBox->setEnabled(m_canForce);
    layout->addWidget(exitBox);

    m_confirm = new QCheckBox(tr("I understand that this taints the kernel and may crash it"));
    m_confirm->setEnabled(m_canForce);
    layout->addWidget(m_confirm);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_remove = buttons->addButton(tr("&Force Remove"), QDialogButtonBox::AcceptRole);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_confirm, &QCheckBox::toggled, this, &ForceRemoveDialog::updateButtons);
    updateButtons();
}

void ForceRemoveDialog::updateButtons()
{
    m_remove->setEnabled(m_canForce && m_confirm->isChecked());
}

bool ForceRemoveDialog::runExitSelected() const
{
    return m_run->isChecked();
}

QString ForceRemoveDialog::exitMode() const
{
    if (runExitSelected() == m_defaultRun)
        return QStringLiteral("auto"); // let the helper follow its own re-diagnosis
    return runExitSelected() ? QStringLiteral("run") : QStringLiteral("skip");
}

} // namespace ModRescue
