// SPDX-License-Identifier: GPL-2.0-or-later
#include "ModuleName.h"

#include <QCoreApplication>

namespace ModRescue {

namespace {
bool allowed(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_'
        || u == '-';
}
} // namespace

Result<QString> ModuleName::normalise(QStringView name)
{
    if (name.isEmpty())
        return makeError(Error::Code::InvalidName,
                         QCoreApplication::translate("ModuleName", "A module name cannot be empty."));
    if (name.size() > MaxLength)
        return makeError(Error::Code::InvalidName,
                         QCoreApplication::translate(
                             "ModuleName", "The module name is %1 characters long; the kernel "
                                           "accepts at most %2.")
                             .arg(name.size())
                             .arg(MaxLength));
    QString out;
    out.reserve(name.size());
    for (QChar c : name) {
        if (!allowed(c)) {
            if (c == QLatin1Char('.') || c == QLatin1Char('/'))
                return makeError(
                    Error::Code::InvalidName,
                    QCoreApplication::translate("ModuleName",
                                                "\"%1\" looks like a file name; give the module "
                                                "name (for example \"%2\").")
                        .arg(name.toString(), fromFilePath(name).isEmpty()
                                                  ? QStringLiteral("snd_hda_intel")
                                                  : fromFilePath(name)));
            return makeError(Error::Code::InvalidName,
                             QCoreApplication::translate(
                                 "ModuleName", "The module name \"%1\" contains \"%2\"; only "
                                               "letters, digits, \"_\" and \"-\" are allowed.")
                                 .arg(name.toString(), QString(c)));
        }
        out.append(c == QLatin1Char('-') ? QLatin1Char('_') : c);
    }
    return out;
}

bool ModuleName::isValid(QStringView name)
{
    if (name.isEmpty() || name.size() > MaxLength)
        return false;
    for (QChar c : name)
        if (!allowed(c))
            return false;
    return true;
}

bool ModuleName::same(QStringView a, QStringView b)
{
    if (!isValid(a) || !isValid(b) || a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QChar x = a[i] == QLatin1Char('-') ? QLatin1Char('_') : a[i];
        const QChar y = b[i] == QLatin1Char('-') ? QLatin1Char('_') : b[i];
        if (x != y)
            return false;
    }
    return true;
}

QString ModuleName::fromFilePath(QStringView path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    QStringView base = slash >= 0 ? path.mid(slash + 1) : path;
    static const char *const suffixes[] = {".ko", ".ko.xz", ".ko.zst", ".ko.gz"};
    for (const char *suffix : suffixes) {
        const QLatin1StringView s(suffix);
        if (base.endsWith(s)) {
            const QStringView stem = base.chopped(s.size());
            if (!isValid(stem))
                return {};
            QString out = stem.toString();
            out.replace(QLatin1Char('-'), QLatin1Char('_'));
            return out;
        }
    }
    return {};
}

} // namespace ModRescue
