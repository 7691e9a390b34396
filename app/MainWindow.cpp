// SPDX-License-Identifier: GPL-2.0-or-later
#include "MainWindow.h"

#include "Diagnoser.h"
#include "ForceRemoveDialog.h"
#include "GraphView.h"
#include "LoadModuleDialog.h"
#include "ModinfoReader.h"
#include "ModuleFilterModel.h"
#include "ModuleGraphBuilder.h"
#include "ModuleMonitor.h"
#include "ModuleName.h"
#include "ModuleStatus.h"
#include "ModuleTableModel.h"
#include "UnloadDependentsDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDateTime>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ModRescue {

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent), m_options(options), m_model(new ModuleTableModel(this)),
      m_filter(new ModuleFilterModel(this)), m_monitor(new ModuleMonitor(this)),
      m_helper(new HelperClient(this)), m_log(new QStandardItemModel(0, 2, this))
{
    qRegisterMetaType<ModRescue::SystemState>();
    setWindowTitle(options.root == QLatin1String("/")
                       ? tr("ModRescue")
                       : tr("ModRescue — %1").arg(QDir::toNativeSeparators(options.root)));
    setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.modrescue.ModRescue"),
                                   QIcon(QStringLiteral(":/icons/io.github.modrescue.ModRescue.svg"))));
    m_pendingSelect = options.select;
    m_filter->setSourceModel(m_model);
    m_log->setHorizontalHeaderLabels({tr("Time"), tr("Event")});

    createActions();
    createWidgets();

    connect(&m_stateWatcher, &QFutureWatcher<SystemState>::finished, this, [this] {
        applyState(m_stateWatcher.result());
        if (m_refreshAgain) {
            m_refreshAgain = false;
            refresh();
        }
        checkIdle();
    });
    connect(&m_reportWatcher, &QFutureWatcher<ModuleReport>::finished, this, [this] {
        const ModuleReport report = m_reportWatcher.result();
        if (report.module == m_current) {
            if (report.diagnosis)
                m_details->setDiagnosis(*report.diagnosis);
            if (report.details)
                m_details->setModuleDetails(*report.details);
            Q_EMIT detailsLoaded(report.module);
        }
        if (m_reportAgain) {
            m_reportAgain = false;
            loadDetails();
        }
        checkIdle();
    });
    connect(m_graph, &GraphView::layoutReady, this, [this](bool ok) {
        if (!ok)
            log(tr("The graph could not be laid out."), true);
        checkIdle();
    });
    connect(m_monitor, &ModuleMonitor::changed, this, &MainWindow::refresh);
    connect(m_helper, &HelperClient::finished, this, &MainWindow::onHelperFinished);
    connect(m_helper, &HelperClient::failed, this, &MainWindow::onHelperFailed);
    connect(m_helper, &HelperClient::busyChanged, this, &MainWindow::setBusy);
    connect(m_helper, &HelperClient::progress, this,
            [this](const QString &module, const QString &, const QString &message) {
                statusBar()->showMessage(message, 5000);
                log(tr("%1: %2").arg(module, message));
            });

    m_monitor->start(options.root == QLatin1String("/"));
    if (options.root != QLatin1String("/"))
        log(tr("Showing the captured tree in %1; actions would act on the running kernel.")
                .arg(options.root));
    refresh();
}

MainWindow::~MainWindow()
{
    m_stateWatcher.waitForFinished();
    m_reportWatcher.waitForFinished();
}

void MainWindow::createActions()
{
    m_refreshAction = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")),
                                  tr("&Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_loadAction = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Load Module…"),
                               this);
    m_loadAction->setShortcut(QKeySequence(tr("Ctrl+L")));
    connect(m_loadAction, &QAction::triggered, this, &MainWindow::loadByName);

    m_loadFileAction = new QAction(QIcon::fromTheme(QStringLiteral("document-open")),
                                   tr("Load &File…"), this);
    m_loadFileAction->setShortcut(QKeySequence::Open);
    connect(m_loadFileAction, &QAction::triggered, this, [this] { loadFile(); });

    m_unloadAction = new QAction(QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Unload"),
                                 this);
    m_unloadAction->setShortcut(QKeySequence::Delete);
    connect(m_unloadAction, &QAction::triggered, this, [this] { unload(m_current); });

    m_unloadDepsAction = new QAction(tr("Unload With &Dependents…"), this);
    connect(m_unloadDepsAction, &QAction::triggered, this,
            [this] { unloadWithDependents(m_current); });

    m_forceAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")),
                                tr("&Force Remove…"), this);
    connect(m_forceAction, &QAction::triggered, this, [this] { forceRemove(m_current); });

    m_replaceAction = new QAction(QIcon::fromTheme(QStringLiteral("document-revert")),
                                  tr("Replace With &File…"), this);
    connect(m_replaceAction, &QAction::triggered, this, [this] { replaceWithFile(m_current); });

    m_exportAction = new QAction(QIcon::fromTheme(QStringLiteral("document-export")),
                                 tr("&Export Graph…"), this);
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportGraph);

    auto *quit = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"),
                             this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_loadAction);
    file->addAction(m_loadFileAction);
    file->addSeparator();
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(quit);
    QMenu *module = menuBar()->addMenu(tr("&Module"));
    module->addAction(m_unloadAction);
    module->addAction(m_unloadDepsAction);
    module->addAction(m_forceAction);
    module->addAction(m_replaceAction);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refreshAction);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ModRescue"), this, [this] {
        QMessageBox::about(this, tr("About ModRescue"),
                           tr("<h3>ModRescue %1</h3><p>Shows the kernel's modules, explains why "
                              "one cannot be unloaded, and removes stuck ones safely.</p>"
                              "<p>License: GPL-2.0-or-later</p>")
                               .arg(QApplication::applicationVersion()));
    });

    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(m_refreshAction);
    tools->addSeparator();
    tools->addAction(m_loadAction);
    tools->addAction(m_loadFileAction);
    tools->addSeparator();
    tools->addAction(m_unloadAction);
    tools->addAction(m_forceAction);
    tools->addAction(m_replaceAction);
}

void MainWindow::createWidgets()
{
    // Left: filter row and table.
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Filter modules…"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_filter, &ModuleFilterModel::setText);
    leftLayout->addWidget(m_search);
    auto *quick = new QHBoxLayout;
    m_stuckOnly = new QCheckBox(tr("&Stuck only"));
    m_outOfTree = new QCheckBox(tr("&Out-of-tree"));
    m_tainting = new QCheckBox(tr("&Tainting"));
    m_stuckOnly->setToolTip(tr("Only modules that cannot be unloaded the normal way"));
    m_outOfTree->setToolTip(tr("Only modules built outside the kernel tree (taint O)"));
    m_tainting->setToolTip(tr("Only modules that taint the kernel"));
    connect(m_stuckOnly, &QCheckBox::toggled, this,
            [this](bool on) { m_filter->setQuickFilter(ModuleFilterModel::StuckOnly, on); });
    connect(m_outOfTree, &QCheckBox::toggled, this,
            [this](bool on) { m_filter->setQuickFilter(ModuleFilterModel::OutOfTreeOnly, on); });
    connect(m_tainting, &QCheckBox::toggled, this,
            [this](bool on) { m_filter->setQuickFilter(ModuleFilterModel::TaintingOnly, on); });
    quick->addWidget(m_stuckOnly);
    quick->addWidget(m_outOfTree);
    quick->addWidget(m_tainting);
    quick->addStretch();
    leftLayout->addLayout(quick);

    m_table = new QTableView;
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ModuleTableModel::ColumnName, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(ModuleTableModel::ColumnHolders,
                                                      QHeaderView::Interactive);
    m_table->setColumnWidth(ModuleTableModel::ColumnName, 150);
    m_table->setColumnWidth(ModuleTableModel::ColumnState, 110);
    m_table->setColumnWidth(ModuleTableModel::ColumnUsedBy, 60);
    m_table->setColumnWidth(ModuleTableModel::ColumnHolders, 110);
    m_table->setColumnWidth(ModuleTableModel::ColumnSize, 70);
    m_table->setColumnWidth(ModuleTableModel::ColumnTaint, 45);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onSelectionChanged);
    leftLayout->addWidget(m_table);

    // Right: details above, graph below.
    m_details = new DetailsPanel;
    connect(m_details, &DetailsPanel::moduleActivated, this, &MainWindow::selectModule);
    connect(m_details, &DetailsPanel::actionRequested, this, &MainWindow::runAction);

    auto *graphPane = new QWidget;
    auto *graphLayout = new QVBoxLayout(graphPane);
    graphLayout->setContentsMargins(0, 0, 0, 0);
    auto *graphBar = new QHBoxLayout;
    graphBar->addWidget(new QLabel(tr("Dependency graph")));
    graphBar->addStretch();
    auto *depthLabel = new QLabel(tr("De&pth:"));
    m_depth = new QSpinBox;
    m_depth->setRange(1, 9);
    m_depth->setValue(m_options.depth);
    depthLabel->setBuddy(m_depth);
    m_wholeSystem = new QCheckBox(tr("&Whole system"));
    m_wholeSystem->setChecked(m_options.wholeSystemGraph);
    m_depth->setEnabled(!m_options.wholeSystemGraph);
    connect(m_depth, &QSpinBox::valueChanged, this, &MainWindow::updateGraph);
    connect(m_wholeSystem, &QCheckBox::toggled, this, [this](bool on) {
        m_depth->setEnabled(!on);
        updateGraph();
    });
    graphBar->addWidget(depthLabel);
    graphBar->addWidget(m_depth);
    graphBar->addWidget(m_wholeSystem);
    m_graph = new GraphView;
    auto addButton = [graphBar](const QString &icon, const QString &text, const QString &tip) {
        auto *b = new QToolButton;
        b->setIcon(QIcon::fromTheme(icon));
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        graphBar->addWidget(b);
        return b;
    };
    connect(addButton(QStringLiteral("zoom-in"), QStringLiteral("+"), tr("Zoom in (Ctrl+wheel)")),
            &QToolButton::clicked, m_graph, &GraphView::zoomIn);
    connect(addButton(QStringLiteral("zoom-out"), QStringLiteral("−"), tr("Zoom out")),
            &QToolButton::clicked, m_graph, &GraphView::zoomOut);
    connect(addButton(QStringLiteral("zoom-fit-best"), tr("Fit"), tr("Fit the graph")),
            &QToolButton::clicked, m_graph, &GraphView::fitToView);
    auto *exportButton = addButton(QStringLiteral("document-export"), tr("Export…"),
                                   tr("Export the graph as SVG, PNG or DOT"));
    connect(exportButton, &QToolButton::clicked, this, &MainWindow::exportGraph);
    connect(m_graph, &GraphView::nodeActivated, this, &MainWindow::selectModule);
    graphLayout->addLayout(graphBar);
    graphLayout->addWidget(m_graph);

    auto *right = new QSplitter(Qt::Vertical);
    right->addWidget(m_details);
    right->addWidget(graphPane);
    right->setStretchFactor(0, 2);
    right->setStretchFactor(1, 3);

    auto *main = new QSplitter(Qt::Horizontal);
    main->addWidget(left);
    main->addWidget(right);
    main->setStretchFactor(0, 1);
    main->setStretchFactor(1, 1);
    main->setSizes({640, 640});
    right->setSizes({300, 420});
    main->setContentsMargins(6, 6, 6, 0);
    setCentralWidget(main);

    // Log.
    auto *dock = new QDockWidget(tr("Log"), this);
    dock->setObjectName(QStringLiteral("logDock"));
    m_logView = new QTreeView;
    m_logView->setModel(m_log);
    m_logView->setRootIsDecorated(false);
    m_logView->setUniformRowHeights(true);
    m_logView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_logView->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    dock->setWidget(m_logView);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    resizeDocks({dock}, {120}, Qt::Vertical);
    menuBar()->actions().at(2)->menu()->addAction(dock->toggleViewAction());

    // Status line: what this kernel allows.
    m_countLabel = new QLabel;
    m_kernelLabel = new QLabel;
    m_taintLabel = new QLabel;
    m_forceLabel = new QLabel;
    m_updatesLabel = new QLabel;
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_kernelLabel);
    statusBar()->addPermanentWidget(m_taintLabel);
    statusBar()->addPermanentWidget(m_forceLabel);
    statusBar()->addPermanentWidget(m_updatesLabel);

    for (QAction *a : {m_unloadAction, m_unloadDepsAction, m_forceAction, m_replaceAction})
        a->setEnabled(false);
    resize(1280, 800);
}

bool MainWindow::isIdle() const
{
    return (m_haveState || m_readFailed) && m_stateWatcher.isFinished() && m_reportWatcher.isFinished()
           && !m_graph->isLayingOut();
}

void MainWindow::checkIdle()
{
    if (isIdle())
        Q_EMIT idle();
}

void MainWindow::refresh()
{
    if (m_stateWatcher.isRunning()) {
        m_refreshAgain = true; // the kernel changed while we were reading
        return;
    }
    const QString root = m_options.root;
    m_stateWatcher.setFuture(QtConcurrent::run([root] { return SystemState::read(root); }));
}

void MainWindow::applyState(const SystemState &state)
{
    if (!state.ok()) {
        log(tr("Could not read the loaded modules: %1").arg(state.error), true);
        if (!m_haveState)
            statusBar()->showMessage(tr("Could not read the loaded modules."));
        m_readFailed = true;
        return;
    }
    for (const QString &w : state.warnings)
        log(w, true);
    const bool first = !m_haveState;
    m_state = state;
    m_haveState = true;
    m_model->update(state.snapshot, state.cases);
    updateStatusBar();

    if (!m_pendingSelect.isEmpty()) {
        const QString wanted = m_pendingSelect;
        m_pendingSelect.clear();
        selectModule(wanted);
        // Asked for a stuck module at start: its diagnosis is what matters.
        if (isStuck(state.cases.value(m_current, DiagnosisCase::NotLoaded)))
            m_details->tabs()->setCurrentIndex(m_details->tabs()->count() - 1);
    } else if (!m_current.isEmpty()) {
        if (const ModuleInfo *info = state.snapshot.find(m_current)) {
            m_details->setModule(*info);
            loadDetails();
        } else {
            log(tr("%1 is no longer loaded.").arg(m_current));
            m_current.clear();
            m_details->clear();
        }
    }
    if (first && m_current.isEmpty() && !m_options.wholeSystemGraph) {
        // Start where the trouble is: the first stuck module, if any.
        for (const ModuleInfo &m : state.snapshot.modules()) {
            const auto c = state.cases.constFind(m.name);
            if (c != state.cases.cend() && isStuck(*c)) {
                selectModule(m.name);
                m_details->tabs()->setCurrentIndex(m_details->tabs()->count() - 1);
                break;
            }
        }
    }
    updateGraph();
    Q_EMIT refreshed();
}

void MainWindow::updateStatusBar()
{
    const SystemState &s = m_state;
    const int stuck = int(std::count_if(s.cases.cbegin(), s.cases.cend(),
                                        [](DiagnosisCase c) { return isStuck(c); }));
    m_countLabel->setText(tr("%n module(s)", nullptr, int(s.snapshot.loadedCount()))
                          + (stuck ? tr(", %n stuck", nullptr, stuck) : QString()));
    if (!s.abilitiesKnown) {
        m_kernelLabel->setText(tr("Kernel abilities unknown"));
        m_taintLabel->clear();
        m_forceLabel->clear();
    } else {
        const KernelAbilities &k = s.abilities;
        QString lockdown = k.lockdown.isEmpty() || k.lockdown == QLatin1String("none")
                               ? QString()
                               : tr(", lockdown: %1").arg(k.lockdown);
        m_kernelLabel->setText(tr("Kernel %1%2").arg(k.release, lockdown));
        const QString letters = k.taintLetters();
        m_taintLabel->setText(letters.isEmpty() ? tr("Not tainted") : tr("Taint: %1").arg(letters));
        m_taintLabel->setToolTip(k.taintDescriptions().join(u'\n'));

        QStringList ways;
        if (k.forceUnload == Tristate::Yes)
            ways.append(tr("kernel (rmmod -f)"));
        if (k.fixerAvailable())
            ways.append(tr("fixer"));
        if (!k.canUnload())
            m_forceLabel->setText(tr("This kernel cannot unload modules"));
        else if (ways.isEmpty())
            m_forceLabel->setText(tr("Forced removal: not available"));
        else
            m_forceLabel->setText(tr("Forced removal: %1").arg(ways.join(tr(" and "))));
        QString tip;
        if (!k.fixerAvailable())
            tip = tr("The fixer module is not installed for this kernel: install the "
                     "modrescue-fixer DKMS package and linux-headers-%1. Without it, modules "
                     "whose init or exit crashed cannot be removed.")
                      .arg(k.release);
        else
            tip = tr("Fixer: %1").arg(k.fixerPath);
        if (!k.notes.isEmpty())
            tip += u'\n' + k.notes.join(u'\n');
        m_forceLabel->setToolTip(tip);
    }
    m_updatesLabel->setText(m_monitor->modeText());
}

void MainWindow::selectModule(const QString &module)
{
    const QString name = ModuleName::normalise(module).ok()
                             ? ModuleName::normalise(module).value()
                             : module;
    QModelIndex source = m_model->indexOf(name);
    if (!source.isValid())
        return;
    QModelIndex proxy = m_filter->mapFromSource(source);
    if (!proxy.isValid()) {
        // Hidden by a filter: clear them rather than refuse the user's click.
        m_search->clear();
        m_stuckOnly->setChecked(false);
        m_outOfTree->setChecked(false);
        m_tainting->setChecked(false);
        proxy = m_filter->mapFromSource(source);
    }
    m_table->selectionModel()->setCurrentIndex(
        proxy, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(proxy);
}

void MainWindow::onSelectionChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const QString name =
        current.isValid() ? current.data(ModuleTableModel::NameRole).toString() : QString();
    if (name == m_current)
        return;
    m_current = name;
    if (name.isEmpty()) {
        m_details->clear();
    } else if (const ModuleInfo *info = m_state.snapshot.find(name)) {
        m_details->setModule(*info);
        loadDetails();
    }
    const DiagnosisCase c = m_state.cases.value(name, DiagnosisCase::NotLoaded);
    m_unloadAction->setEnabled(!name.isEmpty() && c == DiagnosisCase::RemovableNow);
    m_unloadDepsAction->setEnabled(!name.isEmpty() && c == DiagnosisCase::HeldByModules);
    m_forceAction->setEnabled(!name.isEmpty());
    m_replaceAction->setEnabled(!name.isEmpty());
    if (m_wholeSystem->isChecked())
        m_graph->setCurrent(name);
    else
        updateGraph();
}

void MainWindow::loadDetails()
{
    if (m_current.isEmpty())
        return;
    if (m_reportWatcher.isRunning()) {
        m_reportAgain = true;
        return;
    }
    const QString root = m_options.root;
    const QString module = m_current;
    m_reportWatcher.setFuture(QtConcurrent::run([root, module] {
        ModuleReport report;
        report.module = module;
        report.diagnosis = Diagnoser(root).diagnose(module);
        report.details = ModinfoReader(root).details(module);
        return report;
    }));
}

void MainWindow::updateGraph()
{
    if (!m_haveState)
        return;
    const bool whole = m_wholeSystem->isChecked() || m_current.isEmpty();
    Result<GraphDescription> graph = ModuleGraphBuilder::build(
        m_state, whole ? QString() : m_current, whole ? -1 : m_depth->value());
    if (!graph) {
        log(tr("Could not build the graph: %1").arg(graph.error().toString()), true);
        return;
    }
    m_graph->setCurrent(m_current);
    m_graph->setGraph(graph.value());
}

void MainWindow::log(const QString &text, bool error)
{
    auto *time = new QStandardItem(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")));
    auto *event = new QStandardItem(text);
    if (error)
        event->setForeground(QColor(0xb9, 0x1c, 0x1c));
    event->setToolTip(text);
    m_log->appendRow({time, event});
    if (m_logView)
        m_logView->scrollToBottom();
}

void MainWindow::setBusy(bool busy)
{
    m_details->setActionsEnabled(!busy);
    if (busy)
        QApplication::setOverrideCursor(Qt::BusyCursor);
    else
        QApplication::restoreOverrideCursor();
}

void MainWindow::runAction(DetailsPanel::Action action, const QString &module)
{
    switch (action) {
    case DetailsPanel::Action::Unload:
        unload(module);
        break;
    case DetailsPanel::Action::UnloadWithDependents:
        unloadWithDependents(module);
        break;
    case DetailsPanel::Action::ForceRemove:
        forceRemove(module);
        break;
    case DetailsPanel::Action::ReplaceWithFile:
        replaceWithFile(module);
        break;
    }
}

void MainWindow::unload(const QString &module)
{
    if (module.isEmpty())
        return;
    log(tr("Unloading %1…").arg(module));
    m_helper->unload(module);
}

void MainWindow::unloadWithDependents(const QString &module)
{
    if (module.isEmpty())
        return;
    Result<QStringList> order = m_state.graph.removalOrder(module);
    if (!order) {
        QMessageBox::warning(this, tr("Cannot Unload %1").arg(module), order.error().toString());
        return;
    }
    UnloadDependentsDialog dialog(module, order.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    log(tr("Unloading %1 and its dependents: %2")
            .arg(module, order.value().join(QStringLiteral(" → "))));
    m_helper->unloadWithDependents(module);
}

void MainWindow::forceRemove(const QString &module, const QString &replacementFile)
{
    if (module.isEmpty())
        return;
    // Diagnose afresh: what the user confirms must be the kernel's state now.
    Result<Diagnosis> diagnosis = Diagnoser(m_options.root).diagnose(module);
    if (!diagnosis && m_options.acceptDialogs) {
        Q_EMIT actionEnded(false, diagnosis.error().toString());
        return;
    }
    if (!diagnosis) {
        QMessageBox::warning(this, tr("Cannot Diagnose %1").arg(module),
                             diagnosis.error().toString());
        return;
    }
    if (diagnosis->kind == DiagnosisCase::RemovableNow && !replacementFile.isEmpty()) {
        // No force needed: a plain unload, then the new build.
        log(tr("Unloading %1 to replace it with %2…").arg(module, replacementFile));
        m_replacements.insert(m_helper->unload(module), replacementFile);
        return;
    }
    if (diagnosis->kind == DiagnosisCase::HeldByModules && m_options.acceptDialogs) {
        Q_EMIT actionEnded(false, tr("%1 is used by %2.")
                                      .arg(module, diagnosis->info.holders.join(u", ")));
        return;
    }
    if (diagnosis->kind == DiagnosisCase::HeldByModules) {
        QMessageBox::information(this, tr("Used by Other Modules"),
                                 tr("%1 is used by %2. Forcing past its users would leave them "
                                    "pointing at freed code; unload them first with “Unload With "
                                    "Dependents…”.")
                                     .arg(module, diagnosis->info.holders.join(QStringLiteral(", "))));
        return;
    }
    ForceRemoveDialog dialog(diagnosis.value(), this);
    if (m_options.acceptDialogs) {
        // Automation: tick the confirmation and press Force Remove, keeping
        // the exit function choice the diagnosis preset, like a user would.
        QTimer::singleShot(0, &dialog, [&dialog] {
            if (dialog.confirmBox()->isEnabled() && !dialog.confirmBox()->isChecked())
                dialog.confirmBox()->click();
            if (dialog.removeButton()->isEnabled())
                dialog.removeButton()->click();
            else
                dialog.reject();
        });
    }
    if (dialog.exec() != QDialog::Accepted) {
        Q_EMIT actionEnded(false, tr("Force removal of %1 not confirmed (%2).")
                                      .arg(module, diagnosisCaseTitle(diagnosis->kind)));
        return;
    }
    log(tr("Force removing %1 (exit function: %2)…")
            .arg(module, dialog.runExitSelected() ? tr("run") : tr("skipped")));
    const int request = m_helper->forceRemove(module, dialog.exitMode());
    if (!replacementFile.isEmpty())
        m_replacements.insert(request, replacementFile);
}

void MainWindow::loadByName()
{
    LoadModuleDialog dialog(QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    log(tr("Loading %1…").arg(dialog.moduleName()));
    m_helper->loadModule(dialog.moduleName(), dialog.parameters());
}

void MainWindow::loadFile(const QString &chosen, const QString &expectModule)
{
    QString file = chosen;
    if (file.isEmpty()) {
        file = QFileDialog::getOpenFileName(this, tr("Load Kernel Module File"), QString(),
                                            tr("Kernel modules (*.ko);;All files (*)"));
        if (file.isEmpty())
            return;
    }
    LoadModuleDialog dialog(file, this);
    if (!expectModule.isEmpty())
        dialog.setWindowTitle(tr("Load the New Build of %1").arg(expectModule));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QFile ko(file);
    if (!ko.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Cannot Open File"),
                             tr("Could not open %1: %2").arg(file, ko.errorString()));
        return;
    }
    log(tr("Loading %1…").arg(file));
    // QtDBus duplicates the descriptor when it builds the message.
    m_helper->loadFile(ko.handle(), QFileInfo(file).fileName(), dialog.parameters());
}

void MainWindow::replaceWithFile(const QString &module)
{
    if (module.isEmpty())
        return;
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Replace %1 With File").arg(module), QString(),
        tr("Kernel modules (*.ko);;All files (*)"));
    if (file.isEmpty())
        return;
    const QString fileModule = ModuleName::fromFilePath(file);
    if (!fileModule.isEmpty() && !ModuleName::same(fileModule, module)
        && QMessageBox::question(this, tr("Different Module"),
                                 tr("The file looks like the module “%1”, not “%2”. Replace "
                                    "anyway?")
                                     .arg(fileModule, module))
               != QMessageBox::Yes)
        return;
    forceRemove(module, file);
}

void MainWindow::exportGraph()
{
    QString selectedFilter;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Graph"), m_current.isEmpty() ? tr("modules") : m_current,
        tr("SVG image (*.svg);;PNG image (*.png);;Graphviz DOT (*.dot)"), &selectedFilter);
    if (path.isEmpty())
        return;
    QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("svg") && suffix != QLatin1String("png")
        && suffix != QLatin1String("dot")) {
        suffix = selectedFilter.contains(QLatin1String("*.png"))   ? QStringLiteral("png")
                 : selectedFilter.contains(QLatin1String("*.dot")) ? QStringLiteral("dot")
                                                                    : QStringLiteral("svg");
        path += u'.' + suffix;
    }
    const QString error = suffix == QLatin1String("png")   ? m_graph->exportPng(path)
                          : suffix == QLatin1String("dot") ? m_graph->exportDot(path)
                                                           : m_graph->exportSvg(path);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Export Failed"), error);
        log(error, true);
    } else {
        log(tr("Exported the graph to %1.").arg(path));
    }
}

void MainWindow::onHelperFinished(int request, HelperClient::Operation op, const QString &module,
                                  const QVariantMap &result)
{
    const QStringList steps = result.value(QStringLiteral("steps")).toStringList();
    log(tr("%1: done.").arg(HelperClient::operationText(op, module)));
    for (const QString &step : steps)
        log(QStringLiteral("  ") + step);
    const QString taint = result.value(QStringLiteral("taint")).toString();
    if (op == HelperClient::Operation::ForceRemove)
        log(tr("Kernel taint now: %1").arg(taint.isEmpty() ? tr("none") : taint));
    statusBar()->showMessage(tr("%1: done.").arg(HelperClient::operationText(op, module)), 8000);

    const QString replacement = m_replacements.take(request);
    Q_EMIT actionEnded(true, tr("%1: done.").arg(HelperClient::operationText(op, module)));
    refresh();
    if (!replacement.isEmpty())
        loadFile(replacement, module);
}

void MainWindow::onHelperFailed(int request, HelperClient::Operation op, const QString &module,
                                const HelperErrorText &error, const QString &errorName)
{
    m_replacements.remove(request);
    log(tr("%1 failed: %2 %3").arg(HelperClient::operationText(op, module), error.text,
                                   error.details),
        true);
    Q_EMIT actionEnded(false, tr("%1 failed: %2 %3").arg(HelperClient::operationText(op, module),
                                                         error.text, error.details));
    if (m_options.acceptDialogs) {
        refresh();
        return;
    }
    QMessageBox box(QMessageBox::Warning, error.title,
                    QStringLiteral("<p>%1</p><p>%2</p>")
                        .arg(error.text.toHtmlEscaped(), error.advice.toHtmlEscaped()),
                    QMessageBox::Ok, this);
    box.setWindowTitle(tr("%1 Failed").arg(HelperClient::operationText(op, module)));
    if (!error.details.isEmpty())
        box.setDetailedText(QStringLiteral("%1\n%2").arg(errorName, error.details));
    box.exec();
    refresh();
}

} // namespace ModRescue
