// SPDX-License-Identifier: GPL-2.0-or-later
#include "ModuleParameters.h"

namespace ModRescue {

namespace {

bool validName(const QString &name)
{
    if (name.isEmpty() || name.size() > ModuleParameters::MaxNameLength)
        return false;
    for (QChar c : name) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') ||
                        (u >= '0' && u <= '9') || u == '_' || u == '-' || u == '.';
        if (!ok)
            return false;
    }
    return true;
}

bool validValue(const QString &value)
{
    if (value.size() > ModuleParameters::MaxValueLength)
        return false;
    for (QChar c : value) {
        const char16_t u = c.unicode();
        // Printable ASCII, without space (separates pairs) and quotes (the
        // kernel's parse_args would let a quoted value swallow a separator).
        if (u <= 0x20 || u >= 0x7f || u == '"' || u == '\'' || u == '\\')
            return false;
    }
    return true;
}

} // namespace

std::optional<QByteArray> ModuleParameters::join(const QMap<QString, QString> &pairs, QString *why)
{
    if (pairs.size() > MaxPairs) {
        *why = QStringLiteral("too many module parameters (%1, at most %2)")
                   .arg(pairs.size())
                   .arg(MaxPairs);
        return std::nullopt;
    }
    QByteArray out;
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
        if (!validName(it.key())) {
            *why = QStringLiteral("invalid module parameter name (letters, digits, '_', '-', '.'; "
                                  "1 to %1 characters)")
                       .arg(MaxNameLength);
            return std::nullopt;
        }
        if (!validValue(it.value())) {
            *why = QStringLiteral("invalid value for module parameter %1 (printable ASCII without "
                                  "spaces, quotes or backslashes; at most %2 characters)")
                       .arg(it.key())
                       .arg(MaxValueLength);
            return std::nullopt;
        }
        if (!out.isEmpty())
            out += ' ';
        out += it.key().toLatin1();
        out += '=';
        out += it.value().toLatin1();
        if (out.size() > MaxTotalLength) {
            *why = QStringLiteral("module parameters too long (at most %1 bytes in all)")
                       .arg(MaxTotalLength);
            return std::nullopt;
        }
    }
    return out;
}

} // namespace ModRescue
