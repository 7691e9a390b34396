// SPDX-License-Identifier: GPL-2.0-or-later
// ModRescue's main window: the module table with its filters, the details of
// the selected module, its dependency graph, the kernel's abilities in the
// status bar and a log of the session. Reads the system off the GUI thread
// and acts only through the helper.
#pragma once

#include "DetailsPanel.h"
#include "HelperClient.h"
#include "SystemState.h"

#include <QFutureWatcher>
#include <QHash>
#include <QMainWindow>

#include <optional>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStandardItemModel;
class QTableView;
class QTreeView;

namespace ModRescue {

class GraphView;
class ModuleFilterModel;
class ModuleMonitor;
class ModuleTableModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Options
    {
        QString root = QStringLiteral("/");
        QString select;      // module to select once the table is populated
        bool wholeSystemGraph = false;
        int depth = 2;
        // Automation (--yes): confirm the action dialogs with their defaults
        // and never stop on a message box; see actionEnded().
        bool acceptDialogs = false;
    };

    explicit MainWindow(const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    // For tests and screenshots.
    ModuleTableModel *tableModel() const { return m_model; }
    ModuleFilterModel *filterModel() const { return m_filter; }
    QTableView *tableView() const { return m_table; }
    GraphView *graphView() const { return m_graph; }
    DetailsPanel *detailsPanel() const { return m_details; }
    const SystemState &state() const { return m_state; }
    QString currentModule() const { return m_current; }
    bool isIdle() const; // nothing being read or laid out
    QAction *forceRemoveAction() const { return m_forceAction; }

public Q_SLOTS:
    void refresh();
    void selectModule(const QString &module);

Q_SIGNALS:
    void refreshed();
    void detailsLoaded(const QString &module);
    void idle();
    // An action ended: the helper answered (ok or not), or it never reached
    // the helper (declined, refused by the diagnosis). Text for a log line.
    void actionEnded(bool ok, const QString &message);

private:
    struct ModuleReport
    {
        QString module;
        std::optional<Result<Diagnosis>> diagnosis;
        std::optional<Result<ModuleDetails>> details;
    };

    void createActions();
    void createWidgets();
    void applyState(const SystemState &state);
    void updateStatusBar();
    void onSelectionChanged();
    void loadDetails();
    void updateGraph();
    void checkIdle();
    void log(const QString &text, bool error = false);
    void setBusy(bool busy);

    void runAction(DetailsPanel::Action action, const QString &module);
    void unload(const QString &module);
    void unloadWithDependents(const QString &module);
    void forceRemove(const QString &module, const QString &replacementFile = {});
    void loadByName();
    void loadFile(const QString &file = {}, const QString &expectModule = {});
    void replaceWithFile(const QString &module);
    void exportGraph();

    void onHelperFinished(int request, HelperClient::Operation op, const QString &module,
                          const QVariantMap &result);
    void onHelperFailed(int request, HelperClient::Operation op, const QString &module,
                        const HelperErrorText &error, const QString &errorName);

    Options m_options;
    SystemState m_state;
    bool m_haveState = false;
    bool m_readFailed = false;
    QString m_current;
    QString m_pendingSelect;
    QFutureWatcher<SystemState> m_stateWatcher;
    bool m_refreshAgain = false;
    QFutureWatcher<ModuleReport> m_reportWatcher;
    bool m_reportAgain = false;
    QHash<int, QString> m_replacements; // force-remove request -> .ko to load after it

    ModuleTableModel *m_model;
    ModuleFilterModel *m_filter;
    ModuleMonitor *m_monitor;
    HelperClient *m_helper;
    QStandardItemModel *m_log;

    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_stuckOnly = nullptr;
    QCheckBox *m_outOfTree = nullptr;
    QCheckBox *m_tainting = nullptr;
    DetailsPanel *m_details = nullptr;
    GraphView *m_graph = nullptr;
    QSpinBox *m_depth = nullptr;
    QCheckBox *m_wholeSystem = nullptr;
    QTreeView *m_logView = nullptr;
    QLabel *m_kernelLabel = nullptr;
    QLabel *m_taintLabel = nullptr;
    QLabel *m_forceLabel = nullptr;
    QLabel *m_updatesLabel = nullptr;
    QLabel *m_countLabel = nullptr;

    QAction *m_refreshAction = nullptr;
    QAction *m_loadAction = nullptr;
    QAction *m_loadFileAction = nullptr;
    QAction *m_unloadAction = nullptr;
    QAction *m_unloadDepsAction = nullptr;
    QAction *m_forceAction = nullptr;
    QAction *m_replaceAction = nullptr;
    QAction *m_exportAction = nullptr;
};

} // namespace ModRescue
