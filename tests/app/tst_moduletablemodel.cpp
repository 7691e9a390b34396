// SPDX-License-Identifier: GPL-2.0-or-later
// ModuleTableModel and ModuleFilterModel: valid models (QAbstractItemModelTester)
// through refreshes, the filters, and a selection that survives refreshes.
#include "AppTestData.h"
#include "ModuleFilterModel.h"
#include "ModuleTableModel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using namespace ModRescue;
using namespace ModRescue::AppTest;

class TestModuleTableModel : public QObject
{
    Q_OBJECT
private:
    static QStringList names(const QAbstractItemModel &m)
    {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r)
            out.append(m.index(r, 0).data(ModuleTableModel::NameRole).toString());
        out.sort();
        return out;
    }
    static void update(ModuleTableModel &model, const QList<ModuleInfo> &modules)
    {
        const SystemState s = stateOf(modules);
        model.update(s.snapshot, s.cases);
    }

private Q_SLOTS:
    void passesTheModelTesterThroughRefreshes()
    {
        ModuleTableModel model;
        ModuleFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(ModuleTableModel::ColumnSize, Qt::DescendingOrder);
        QAbstractItemModelTester sourceTester(&model,
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy,
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<ModuleInfo> modules = stuckModules();
        update(model, modules);
        QCOMPARE(model.rowCount(), modules.size());
        // A module goes, one comes, one changes.
        modules.removeAt(2);
        modules.append(module("snd_dummy", ModuleState::Live, 0, {}, ""));
        modules[0].refCount = 5;
        update(model, modules);
        QCOMPARE(model.rowCount(), modules.size());
        update(model, {});
        QCOMPARE(model.rowCount(), 0);
    }

    void leavesBuiltInModulesOut()
    {
        ModuleTableModel model;
        QList<ModuleInfo> modules = stuckModules();
        modules.append(module("vt", ModuleState::BuiltIn, -1, {}, "", 0));
        update(model, modules);
        QVERIFY(!model.indexOf(QStringLiteral("vt")).isValid());
        QVERIFY(model.indexOf(QStringLiteral("loop")).isValid());
    }

    void marksStuckModules_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("stuck");
        QTest::newRow("init crashed") << "mr_init_oops" << true;
        QTest::newRow("no exit") << "mr_no_exit" << true;
        QTest::newRow("exit crashed") << "mr_exit_oops" << true;
        QTest::newRow("held") << "mr_chain_base" << false;
        QTest::newRow("in use") << "ext4" << false;
        QTest::newRow("removable") << "loop" << false;
    }
    void marksStuckModules()
    {
        QFETCH(QString, name);
        QFETCH(bool, stuck);
        ModuleTableModel model;
        update(model, stuckModules());
        const QModelIndex status = model.indexOf(name, ModuleTableModel::ColumnStatus);
        QCOMPARE(status.data(ModuleTableModel::StuckRole).toBool(), stuck);
        QCOMPARE(status.data().toString().startsWith(u'⚠'), stuck);
    }

    void filtersByText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("name part") << "chain" << QStringList{"mr_chain_base", "mr_chain_mid", "mr_chain_top"};
        QTest::newRow("dash spelling") << "chain-top" << QStringList{"mr_chain_mid", "mr_chain_top"};
        QTest::newRow("case") << "LOOP" << QStringList{"loop"};
        QTest::newRow("holder") << "mr_chain_top" << QStringList{"mr_chain_mid", "mr_chain_top"};
        QTest::newRow("nothing") << "nvidia" << QStringList{};
    }
    void filtersByText()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        ModuleTableModel model;
        ModuleFilterModel proxy;
        proxy.setSourceModel(&model);
        update(model, stuckModules());
        proxy.setText(text);
        QCOMPARE(names(proxy), expected);
    }

    void quickFilters_data()
    {
        QTest::addColumn<int>("filter");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("stuck") << int(ModuleFilterModel::StuckOnly)
                               << QStringList{"mr_exit_oops", "mr_init_oops", "mr_no_exit"};
        QTest::newRow("out of tree") << int(ModuleFilterModel::OutOfTreeOnly)
                                     << QStringList{"mr_chain_base", "mr_chain_mid", "mr_chain_top",
                                                    "mr_exit_oops", "mr_init_oops", "mr_no_exit",
                                                    "mr_ref_leak"};
        QTest::newRow("tainting") << int(ModuleFilterModel::TaintingOnly)
                                  << QStringList{"mr_chain_base", "mr_chain_mid", "mr_chain_top",
                                                 "mr_exit_oops", "mr_init_oops", "mr_no_exit",
                                                 "mr_ref_leak"};
    }
    void quickFilters()
    {
        QFETCH(int, filter);
        QFETCH(QStringList, expected);
        ModuleTableModel model;
        ModuleFilterModel proxy;
        proxy.setSourceModel(&model);
        update(model, stuckModules());
        proxy.setQuickFilter(ModuleFilterModel::QuickFilter(filter), true);
        QCOMPARE(names(proxy), expected);
        proxy.setQuickFilter(ModuleFilterModel::QuickFilter(filter), false);
        QCOMPARE(proxy.rowCount(), model.rowCount());
    }

    void quickFilterAndTextCombine()
    {
        ModuleTableModel model;
        ModuleFilterModel proxy;
        proxy.setSourceModel(&model);
        update(model, stuckModules());
        proxy.setQuickFilter(ModuleFilterModel::StuckOnly, true);
        proxy.setText(QStringLiteral("exit"));
        QCOMPARE(names(proxy), (QStringList{"mr_exit_oops", "mr_no_exit"}));
    }

    void sortsNumbersAsNumbers()
    {
        ModuleTableModel model;
        ModuleFilterModel proxy;
        proxy.setSourceModel(&model);
        update(model, stuckModules());
        proxy.sort(ModuleTableModel::ColumnSize, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("ext4"));
        QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("loop"));
    }

    void selectionSurvivesRefresh()
    {
        ModuleTableModel model;
        ModuleFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(ModuleTableModel::ColumnName, Qt::AscendingOrder);
        QItemSelectionModel selection(&proxy);
        QList<ModuleInfo> modules = stuckModules();
        update(model, modules);

        const QModelIndex chosen = proxy.mapFromSource(model.indexOf(QStringLiteral("mr_ref_leak")));
        selection.setCurrentIndex(chosen, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QSignalSpy currentChanged(&selection, &QItemSelectionModel::currentRowChanged);

        // Modules above and below it come and go; its own values change.
        modules.removeFirst();
        modules.prepend(module("aaa_new", ModuleState::Live, 0, {}, ""));
        modules.append(module("zzz_new", ModuleState::Live, 0, {}, ""));
        for (ModuleInfo &m : modules)
            if (m.name == QLatin1String("mr_ref_leak"))
                m.refCount = 3;
        update(model, modules);

        QVERIFY(selection.currentIndex().isValid());
        QCOMPARE(selection.currentIndex().data(ModuleTableModel::NameRole).toString(),
                 QStringLiteral("mr_ref_leak"));
        QVERIFY(selection.isRowSelected(selection.currentIndex().row(), {}));
        QCOMPARE(proxy.index(selection.currentIndex().row(), ModuleTableModel::ColumnUsedBy).data().toString(),
                 QStringLiteral("3"));
        // The module itself never stopped being current.
        for (const QList<QVariant> &args : std::as_const(currentChanged))
            QCOMPARE(args.at(0).toModelIndex().data(ModuleTableModel::NameRole).toString(),
                     QStringLiteral("mr_ref_leak"));
    }

    void selectionClearsWhenTheModuleGoes()
    {
        ModuleTableModel model;
        QItemSelectionModel selection(&model);
        QList<ModuleInfo> modules = stuckModules();
        update(model, modules);
        selection.setCurrentIndex(model.indexOf(QStringLiteral("loop")),
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        modules.removeIf([](const ModuleInfo &m) { return m.name == QLatin1String("loop"); });
        update(model, modules);
        QVERIFY(!selection.hasSelection());
    }
};

QTEST_MAIN(TestModuleTableModel)
#include "tst_moduletablemodel.moc"
