// SPDX-License-Identifier: GPL-2.0-or-later
#include "Console.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <sys/ioctl.h>
#include <unistd.h>

namespace ModRescue {

Console::Console() : m_out(stdout), m_err(stderr)
{
    winsize ws{};
    if (::isatty(STDOUT_FILENO) && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) {
        m_width = ws.ws_col;
    } else {
        bool ok = false;
        const int cols = qEnvironmentVariableIntValue("COLUMNS", &ok);
        if (ok && cols > 0)
            m_width = cols;
    }
    m_width = std::max(m_width, 40);
}

void Console::printWrapped(const QString &text, const QString &indent, const QString &firstIndent)
{
    const QString first = firstIndent == QStringLiteral("\x01") ? indent : firstIndent;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString line = first;
    bool empty = true;
    for (const QString &w : words) {
        if (!empty && line.size() + 1 + w.size() > m_width) {
            m_out << line << '\n';
            line = indent;
            empty = true;
        }
        if (!empty)
            line += QLatin1Char(' ');
        line += w;
        empty = false;
    }
    m_out << line << '\n';
}

void Console::printTable(const QStringList &header, const QList<QStringList> &rows)
{
    const qsizetype columns = header.size();
    QList<qsizetype> widths(columns, 0);
    auto measure = [&](const QStringList &row) {
        for (qsizetype i = 0; i < columns; ++i)
            widths[i] = std::max(widths[i], row.value(i).size());
    };
    measure(header);
    for (const QStringList &r : rows)
        measure(r);
    qsizetype fixed = 0;
    for (qsizetype i = 0; i + 1 < columns; ++i)
        fixed += widths[i] + 2;
    const qsizetype lastWidth = std::max<qsizetype>(8, m_width - fixed);
    auto print = [&](const QStringList &row) {
        QString line;
        for (qsizetype i = 0; i < columns; ++i) {
            QString cell = row.value(i);
            if (i + 1 == columns) {
                if (cell.size() > lastWidth)
                    cell = cell.left(lastWidth - 1) + QChar(0x2026);
                line += cell;
            } else {
                line += cell.leftJustified(widths[i]) + QStringLiteral("  ");
            }
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        m_out << line << '\n';
    };
    print(header);
    for (const QStringList &r : rows)
        print(r);
}

void Console::printJson(const QJsonValue &value)
{
    QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray())
                                        : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

void Console::error(const QString &message)
{
    m_out.flush();
    m_err << "modrescuectl: " << message << '\n';
    m_err.flush();
}

} // namespace ModRescue
