// SPDX-License-Identifier: GPL-2.0-or-later
// ModuleDetails: what a module file says about itself (modinfo) plus the
// current values of its parameters, read on demand for one module.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ModRescue {

struct ModuleParameter
{
    QString name;
    QString type;         // from "parmtype", e.g. "int", "charp", "bool"; may be empty
    QString description;  // from "parm"; may be empty
    QString value;        // current value from /sys/module/<m>/parameters; empty if unreadable
    bool readable = false;
    bool operator==(const ModuleParameter &) const = default;
};

struct ModuleDetails
{
    QString name;
    QString file;         // path of the .ko as libkmod resolved it (below the root); empty if none
    QString description;
    QStringList authors;
    QString license;
    QString version;
    QString srcVersion;
    QString vermagic;
    QString signer;       // empty when unsigned
    QStringList aliases;
    QStringList depends;
    QList<ModuleParameter> parameters;
    bool builtIn = false; // known from modules.builtin(.modinfo) only, no file
};

} // namespace ModRescue
