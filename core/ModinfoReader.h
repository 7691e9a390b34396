// SPDX-License-Identifier: GPL-2.0-or-later
// ModinfoReader: details of one module through libkmod (modules.dep, the .ko's
// .modinfo section) for the kernel release found below the root. Owns the
// libkmod context; parameter values come from /sys/module below the root.
#pragma once

#include "ModuleDetails.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

struct kmod_ctx;

namespace ModRescue {

class ModinfoReader
{
    Q_DECLARE_TR_FUNCTIONS(ModinfoReader)

public:
    // release: the kernel release whose lib/modules/<release> to use; empty
    // means the one in <root>/proc/sys/kernel/osrelease.
    explicit ModinfoReader(QString root = QStringLiteral("/"), QString release = {});
    ~ModinfoReader();
    ModinfoReader(const ModinfoReader &) = delete;
    ModinfoReader &operator=(const ModinfoReader &) = delete;
    ModinfoReader(ModinfoReader &&) noexcept;
    ModinfoReader &operator=(ModinfoReader &&) noexcept;

    QString release() const { return m_release; }
    QString modulesDirectory() const; // <root>/lib/modules/<release>

    // Error::Code::NotFound when libkmod knows no such module.
    Result<ModuleDetails> details(QStringView name) const;

private:
    struct CtxDeleter
    {
        void operator()(kmod_ctx *ctx) const;
    };
    Result<kmod_ctx *> context() const;

    QString m_root;
    QString m_release;
    mutable std::unique_ptr<kmod_ctx, CtxDeleter> m_ctx;
};

} // namespace ModRescue
