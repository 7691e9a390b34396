// SPDX-License-Identifier: GPL-2.0-or-later
// Console: modrescuectl's output streams and the terminal's width, with the
// small text helpers (wrapping, tables, JSON) every command shares.
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace ModRescue {

class Console
{
public:
    Console();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    // Columns of the terminal on stdout; $COLUMNS or 80 when not a terminal.
    int width() const { return m_width; }

    // text wrapped at width(), every line prefixed by indent (the first by
    // firstIndent when given).
    void printWrapped(const QString &text, const QString &indent = {},
                      const QString &firstIndent = QStringLiteral("\x01"));
    // A table with a header; the last column is shortened with "…" so that
    // rows fit the width.
    void printTable(const QStringList &header, const QList<QStringList> &rows);
    void printJson(const QJsonValue &value);
    // "modrescuectl: <message>" on stderr.
    void error(const QString &message);

private:
    QTextStream m_out;
    QTextStream m_err;
    int m_width = 80;
};

} // namespace ModRescue
