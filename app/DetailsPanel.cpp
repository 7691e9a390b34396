// SPDX-License-Identifier: GPL-2.0-or-later
#include "DetailsPanel.h"

#include "ModuleStatus.h"
#include "ParameterTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ModRescue {

namespace {

QLabel *richLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setMargin(8);
    return label;
}

QWidget *scrolled(QWidget *inner)
{
    auto *area = new QScrollArea;
    area->setWidget(inner);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString row(const QString &key, const QString &valueHtml)
{
    return QStringLiteral("<tr><td style=\"padding-right:12px; color:palette(placeholder-text)\">"
                          "%1</td><td>%2</td></tr>")
        .arg(esc(key), valueHtml);
}

QString moduleLinks(const QStringList &modules)
{
    QStringList links;
    for (const QString &m : modules)
        links.append(QStringLiteral("<a href=\"module:%1\">%1</a>").arg(esc(m)));
    return links.join(QStringLiteral(", "));
}

} // namespace

DetailsPanel::DetailsPanel(QWidget *parent)
    : QWidget(parent), m_tabs(new QTabWidget), m_overview(richLabel()),
      m_parameterView(new QTableView), m_parameters(new ParameterTableModel(this)),
      m_parameterNote(new QLabel), m_dependencies(richLabel()), m_diagnosisText(richLabel())
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    m_tabs->addTab(scrolled(m_overview), tr("Overview"));

    auto *paramPage = new QWidget;
    auto *paramLayout = new QVBoxLayout(paramPage);
    m_parameterView->setModel(m_parameters);
    m_parameterView->verticalHeader()->hide();
    m_parameterView->horizontalHeader()->setStretchLastSection(true);
    m_parameterView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_parameterView->setWordWrap(false);
    m_parameterNote->setWordWrap(true);
    paramLayout->addWidget(m_parameterView);
    paramLayout->addWidget(m_parameterNote);
    m_tabs->addTab(paramPage, tr("Parameters"));

    m_tabs->addTab(scrolled(m_dependencies), tr("Dependencies"));

    auto *diagPage = new QWidget;
    auto *diagLayout = new QVBoxLayout(diagPage);
    diagLayout->setContentsMargins(0, 0, 0, 4);
    diagLayout->addWidget(scrolled(m_diagnosisText), 1);
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(8, 0, 8, 0);
    m_unload = new QPushButton(tr("&Unload"));
    m_unloadDeps = new QPushButton(tr("Unload With &Dependents…"));
    m_force = new QPushButton(tr("&Force Remove…"));
    m_replace = new QPushButton(tr("&Replace With File…"));
    m_force->setToolTip(tr("Remove a stuck module; asks for confirmation first"));
    m_replace->setToolTip(tr("Force remove this module, then load a fixed build of it"));
    for (QPushButton *b : {m_unload, m_unloadDeps, m_force, m_replace})
        buttons->addWidget(b);
    buttons->addStretch();
    diagLayout->addLayout(buttons);
    m_tabs->addTab(diagPage, tr("Diagnosis"));

    auto linkHandler = [this](const QString &link) {
        if (link.startsWith(QLatin1String("module:")))
            Q_EMIT moduleActivated(link.mid(7));
    };
    connect(m_dependencies, &QLabel::linkActivated, this, linkHandler);
    connect(m_diagnosisText, &QLabel::linkActivated, this, linkHandler);
    connect(m_overview, &QLabel::linkActivated, this, linkHandler);

    connect(m_unload, &QPushButton::clicked, this,
            [this] { Q_EMIT actionRequested(Action::Unload, m_module); });
    connect(m_unloadDeps, &QPushButton::clicked, this,
            [this] { Q_EMIT actionRequested(Action::UnloadWithDependents, m_module); });
    connect(m_force, &QPushButton::clicked, this,
            [this] { Q_EMIT actionRequested(Action::ForceRemove, m_module); });
    connect(m_replace, &QPushButton::clicked, this,
            [this] { Q_EMIT actionRequested(Action::ReplaceWithFile, m_module); });
    clear();
}

QPushButton *DetailsPanel::button(Action action) const
{
    switch (action) {
    case Action::Unload:
        return m_unload;
    case Action::UnloadWithDependents:
        return m_unloadDeps;
    case Action::ForceRemove:
        return m_force;
    case Action::ReplaceWithFile:
        return m_replace;
    }
    return nullptr;
}

void DetailsPanel::clear()
{
    m_module.clear();
    m_info = {};
    m_hasDiagnosis = false;
    m_details = {};
    m_detailsError.clear();
    m_overview->setText(tr("Select a module to see its details."));
    m_parameters->setParameters({});
    m_parameterNote->clear();
    m_dependencies->clear();
    m_diagnosisText->clear();
    updateButtons();
}

void DetailsPanel::setModule(const ModuleInfo &info)
{
    const bool other = info.name != m_module;
    m_module = info.name;
    m_info = info;
    if (other) {
        m_hasDiagnosis = false;
        m_details = {};
        m_detailsError.clear();
        m_parameters->setParameters({});
        m_parameterNote->setText(tr("Reading…"));
        m_diagnosisText->setText(tr("Diagnosing…"));
    }
    updateOverview();

    QString deps = QStringLiteral("<p><b>%1</b><br>%2</p><p><b>%3</b><br>%4</p>")
                       .arg(esc(tr("Uses")),
                            info.uses.isEmpty() ? esc(tr("No other module."))
                                                : moduleLinks(info.uses),
                            esc(tr("Used by")),
                            info.holders.isEmpty() ? esc(tr("No other module."))
                                                   : moduleLinks(info.holders));
    m_dependencies->setText(deps);
    updateButtons();
}

void DetailsPanel::updateOverview()
{
    const ModuleInfo &m = m_info;
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(m.name));
    if (!m_details.description.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(m_details.description));
    html += QStringLiteral("<table>");
    html += row(tr("State"), esc(moduleStateText(m.state)));
    html += row(tr("Size"), esc(QLocale().formattedDataSize(m.size, 1,
                                                           QLocale::DataSizeTraditionalFormat)));
    html += row(tr("Used by"), !m.refCountKnown ? esc(tr("unknown")) : QString::number(m.refCount));
    if (!m.holders.isEmpty())
        html += row(tr("Holders"), moduleLinks(m.holders));
    if (!m.taint.isEmpty())
        html += row(tr("Taint"), esc(m.taint));
    if (m_hasDiagnosis)
        html += row(tr("Status"), esc(diagnosisCaseTitle(m_diagnosis.kind)));
    if (!m_details.file.isEmpty())
        html += row(tr("File"), esc(m_details.file));
    if (!m_details.version.isEmpty())
        html += row(tr("Version"), esc(m_details.version));
    if (!m_details.license.isEmpty())
        html += row(tr("License"), esc(m_details.license));
    if (!m_details.authors.isEmpty())
        html += row(tr("Authors"), esc(m_details.authors.join(QStringLiteral("; "))));
    if (!m_details.srcVersion.isEmpty())
        html += row(tr("Source version"), esc(m_details.srcVersion));
    if (!m_details.vermagic.isEmpty())
        html += row(tr("Built for"), esc(m_details.vermagic));
    if (!m_details.name.isEmpty())
        html += row(tr("Signed by"),
                    esc(m_details.signer.isEmpty() ? tr("not signed") : m_details.signer));
    html += QStringLiteral("</table>");
    if (!m_detailsError.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(m_detailsError));
    m_overview->setText(html);
}

void DetailsPanel::setModuleDetails(const Result<ModuleDetails> &details)
{
    if (details) {
        m_details = details.value();
        m_detailsError.clear();
        m_parameters->setParameters(m_details.parameters);
        m_parameterNote->setText(m_details.parameters.isEmpty()
                                     ? tr("This module has no parameters.")
                                     : QString());
    } else {
        m_details = {};
        m_detailsError = tr("No module information: %1").arg(details.error().toString());
        m_parameters->setParameters({});
        m_parameterNote->setText(m_detailsError);
    }
    m_parameterNote->setVisible(!m_parameterNote->text().isEmpty());
    updateOverview();
}

void DetailsPanel::setDiagnosis(const Result<Diagnosis> &result)
{
    if (!result) {
        m_hasDiagnosis = false;
        m_diagnosisText->setText(
            QStringLiteral("<p>%1</p>")
                .arg(esc(tr("Could not diagnose: %1").arg(result.error().toString()))));
        updateButtons();
        return;
    }
    m_diagnosis = result.value();
    m_hasDiagnosis = true;
    const Diagnosis &d = m_diagnosis;

    const bool stuck = isStuck(d.kind);
    const QString number = diagnosisCaseNumber(d.kind);
    QString title = diagnosisCaseTitle(d.kind);
    if (!number.isEmpty())
        title = tr("Case %1: %2").arg(number, title);
    QString html = QStringLiteral("<h3 style=\"color:%1\">%2%3</h3>")
                       .arg(stuck ? QStringLiteral("#b91c1c") : QStringLiteral("palette(text)"),
                            stuck ? QStringLiteral("⚠ ") : QString(), esc(title));
    html += QStringLiteral("<p>%1</p>").arg(esc(d.summary));
    if (!d.evidenceSentences.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(esc(tr("Evidence")));
        for (const QString &s : d.evidenceSentences)
            html += QStringLiteral("<li>%1</li>").arg(esc(s));
        html += QStringLiteral("</ul>");
    }
    if (!d.refusal.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("No safe way now:")), esc(d.refusal));
    if (d.hasPlan()) {
        html += QStringLiteral("<p><b>%1</b> %2</p><ol>")
                    .arg(esc(tr("Plan:")), esc(d.plan.title));
        for (const PlanStep &step : d.plan.steps) {
            QString line = esc(step.what);
            if (step.kind == PlanStep::Kind::UnloadWithDependents && !step.order.isEmpty())
                line += QStringLiteral("<br><small>%1</small>")
                            .arg(esc(tr("Order: %1").arg(step.order.join(QStringLiteral(" → ")))));
            if (step.forces)
                line += QStringLiteral(" <small>(%1)</small>")
                            .arg(esc(tr("forced, risk %1").arg(riskText(step.risk))));
            html += QStringLiteral("<li>%1</li>").arg(line);
        }
        html += QStringLiteral("</ol>");
        for (const Plan &alt : d.alternatives)
            html += QStringLiteral("<p><small>%1</small></p>")
                        .arg(esc(tr("Alternative: %1").arg(alt.title)));
    }
    m_diagnosisText->setText(html);
    updateOverview();
    updateButtons();
}

void DetailsPanel::setActionsEnabled(bool enabled)
{
    m_actionsEnabled = enabled;
    updateButtons();
}

void DetailsPanel::updateButtons()
{
    const bool have = !m_module.isEmpty() && m_actionsEnabled;
    const Diagnosis *d = diagnosis();
    const bool removable = d && d->kind == DiagnosisCase::RemovableNow;
    const bool held = d && d->kind == DiagnosisCase::HeldByModules;
    bool canForce = false;
    if (d) {
        auto forces = [](const Plan &p) { return p.forces(); };
        canForce = forces(d->plan)
                   || std::any_of(d->alternatives.cbegin(), d->alternatives.cend(), forces);
    }
    m_unload->setEnabled(have && removable);
    m_unloadDeps->setEnabled(have && held);
    m_force->setEnabled(have && canForce);
    m_replace->setEnabled(have && (canForce || removable));
    // The recommended action is the default button.
    m_unload->setDefault(removable);
    m_unloadDeps->setDefault(held);
    m_force->setDefault(canForce && !removable && !held);
}

} // namespace ModRescue
