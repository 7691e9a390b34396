// SPDX-License-Identifier: GPL-2.0-or-later
// OperationResult: how one helper method ended: the result map of a success,
// or a D-Bus error name and its human message.
#pragma once

#include <QString>
#include <QVariantMap>

namespace ModRescue {

struct OperationResult
{
    QString errorName; // empty on success
    QString message;   // the error's message; never file contents or secrets
    QVariantMap value; // the result map on success

    bool ok() const { return errorName.isEmpty(); }
    static OperationResult success(QVariantMap value) { return {{}, {}, std::move(value)}; }
    static OperationResult failure(const char *name, QString message)
    {
        return {QString::fromLatin1(name), std::move(message), {}};
    }
};

} // namespace ModRescue
