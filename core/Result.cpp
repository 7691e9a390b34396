// SPDX-License-Identifier: GPL-2.0-or-later
#include "Result.h"

namespace ModRescue {

QString Error::toString() const
{
    if (file.isEmpty())
        return message;
    if (line > 0)
        return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message);
    return QStringLiteral("%1: %2").arg(file, message);
}

Error makeError(Error::Code code, const QString &message, const QString &file, qint64 line)
{
    Error e;
    e.code = code;
    e.message = message;
    e.file = file;
    e.line = line;
    return e;
}

} // namespace ModRescue
