// SPDX-License-Identifier: GPL-2.0-or-later
// Diagnoser: turns snapshot, evidence and kernel abilities into a Diagnosis.
// diagnose(name) reads everything fresh below the root (what the helper calls
// before it acts); the static overload is the pure decision, for tests and
// for callers that already hold the inputs.
#pragma once

#include "Diagnosis.h"
#include "KernelAbilities.h"
#include "ModuleEvidence.h"
#include "ModuleSnapshot.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace ModRescue {

class Diagnoser
{
    Q_DECLARE_TR_FUNCTIONS(Diagnoser)

public:
    explicit Diagnoser(QString root = QStringLiteral("/"));

    void setFixerSearchPaths(const QStringList &paths) { m_fixerPaths = paths; }

    // InvalidName for a bad name; Io/Malformed when the kernel state cannot be
    // read. A module that is not loaded is a Diagnosis (NotLoaded/BuiltIn),
    // not an error.
    Result<Diagnosis> diagnose(QStringView name) const;

    static Diagnosis diagnose(const ModuleSnapshot &snapshot, QStringView name,
                              const ModuleEvidence &evidence, const KernelAbilities &kernel);

private:
    QString m_root;
    QStringList m_fixerPaths;
};

} // namespace ModRescue
