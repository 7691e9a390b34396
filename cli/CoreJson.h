// SPDX-License-Identifier: GPL-2.0-or-later
// CoreJson: the JSON form of core's values for `modrescuectl --json`. The
// schema is documented in docs/cli.md; fields are only ever added.
#pragma once

#include "DependencyGraph.h"
#include "Diagnosis.h"
#include "KernelAbilities.h"
#include "ModuleDetails.h"
#include "ModuleInfo.h"
#include "Result.h"

#include <QJsonObject>

namespace ModRescue {

class CoreJson
{
public:
    static constexpr int SchemaVersion = 1;

    static QJsonObject module(const ModuleInfo &info);
    static QJsonObject details(const ModuleDetails &details);
    static QJsonObject task(const ModuleTask &task);
    static QJsonObject reference(const ReferenceSource &reference);
    static QJsonObject planStep(const PlanStep &step);
    static QJsonObject plan(const Plan &plan);
    static QJsonObject diagnosis(const Diagnosis &diagnosis);
    static QJsonObject kernel(const KernelAbilities &kernel);
    static QJsonObject graph(const DependencyGraph::Subgraph &graph, const QString &centre,
                             int depth, const QList<QStringList> &cycles);
    static QJsonObject error(const Error &error, int exitCode);
    // {"schemaVersion": 1, "<key>": value}
    static QJsonObject envelope(const QString &key, const QJsonValue &value);
};

} // namespace ModRescue
