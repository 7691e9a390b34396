// SPDX-License-Identifier: GPL-2.0-or-later
// KernelAbilities: what the running kernel allows for module removal
// (unloading, forced unloading, lockdown, modules_disabled, signatures,
// taint) and whether ModRescue's fixer module is available for it.
#pragma once

#include "Result.h"
#include "Tristate.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ModRescue {

struct KernelAbilities
{
    QString release;                       // proc/sys/kernel/osrelease
    QString configSource;                  // "proc/config.gz", "boot/config-<release>" or empty
    Tristate moduleUnload = Tristate::Unknown;   // CONFIG_MODULE_UNLOAD
    Tristate forceUnload = Tristate::Unknown;    // CONFIG_MODULE_FORCE_UNLOAD
    Tristate kprobes = Tristate::Unknown;        // CONFIG_KPROBES (the fixer needs it)
    QString lockdown;                      // "none", "integrity", "confidentiality"; empty: unknown
    Tristate modulesDisabled = Tristate::Unknown; // proc/sys/kernel/modules_disabled
    Tristate signatureEnforced = Tristate::Unknown; // sys/module/module/parameters/sig_enforce
    quint64 taint = 0;                     // proc/sys/kernel/tainted
    bool taintKnown = false;
    QString fixerPath;                     // below the root; empty when not found
    QStringList notes;                     // translated remarks

    bool fixerAvailable() const { return !fixerPath.isEmpty(); }
    // Letters as in oops reports ("POE"), for the set bits of taint.
    QString taintLetters() const;
    // One translated line per set taint bit: "O: externally-built module loaded".
    QStringList taintDescriptions() const;
    // Unloading is possible at all (unload built in, modules not disabled).
    bool canUnload() const;
};

class KernelAbilitiesReader
{
    Q_DECLARE_TR_FUNCTIONS(KernelAbilitiesReader)

public:
    explicit KernelAbilitiesReader(QString root = QStringLiteral("/"));

    // Extra places to look for modrescue_fixer.ko (absolute, below the root);
    // lib/modules/<release>/ (updates/dkms, extra, ...) is always searched.
    void setFixerSearchPaths(const QStringList &paths) { m_fixerPaths = paths; }

    // Fails only when proc/sys/kernel/osrelease cannot be read; everything
    // else unreadable becomes Unknown with a note.
    Result<KernelAbilities> read() const;

private:
    QString m_root;
    QStringList m_fixerPaths;
};

} // namespace ModRescue
