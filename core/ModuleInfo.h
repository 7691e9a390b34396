// SPDX-License-Identifier: GPL-2.0-or-later
// ModuleInfo: what the kernel says about one module in /proc/modules and
// /sys/module, as a plain value copied freely between threads and parts.
#pragma once

#include <QString>
#include <QStringList>

namespace ModRescue {

enum class ModuleState {
    Live,     // initstate "live", /proc/modules "Live"
    Coming,   // initstate "coming", /proc/modules "Loading"
    Going,    // initstate "going", /proc/modules "Unloading"
    BuiltIn,  // part of the kernel image: in /sys/module or modules.builtin only
};

// Stable machine names ("live", "coming", "going", "builtin") and their inverse.
QString moduleStateId(ModuleState state);
// Translated adjective for people ("live", "loading (init not finished)", ...).
QString moduleStateText(ModuleState state);

struct ModuleInfo
{
    QString name;               // canonical (underscores)
    ModuleState state = ModuleState::Live;
    qint64 size = 0;            // bytes, /proc/modules column 2 (0 for built-in)
    // module_refcount(): may be -1 for a GOING module whose delete_module
    // already dropped the base reference. Only meaningful if refCountKnown.
    int refCount = -1;
    bool refCountKnown = false; // false: built-in, or kernel without unload
    QStringList holders;        // modules that use this one ("Used by"), sorted
    QStringList uses;           // modules this one uses (inverse of holders), sorted
    QString taint;              // per-module taint letters, e.g. "OE"; empty if none
    quint64 address = 0;        // load address; 0 when hidden by kptr_restrict
    // /proc/modules lists "[permanent]" among the users: the module has an
    // init function but no exit function, so the kernel refuses to unload it.
    bool permanent = false;

    bool isBuiltIn() const { return state == ModuleState::BuiltIn; }
    bool operator==(const ModuleInfo &) const = default;
};

} // namespace ModRescue
