// SPDX-License-Identifier: GPL-2.0-or-later
// Asks what to load: a module of the running kernel by name, or a .ko file
// chosen before, plus module parameters as "name=value" words.
#pragma once

#include <QDialog>
#include <QMap>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ModRescue {

class LoadModuleDialog : public QDialog
{
    Q_OBJECT
public:
    // file empty: load by name. Otherwise the file is shown and the name
    // field is hidden (the helper takes the name from the file).
    explicit LoadModuleDialog(const QString &file = {}, QWidget *parent = nullptr);

    void setModuleName(const QString &name);
    QString moduleName() const;
    void setParametersText(const QString &text);
    QMap<QString, QString> parameters() const;
    // Empty when the input can be sent; else why not.
    QString validationError() const;
    QPushButton *loadButton() const { return m_load; }

    // "a=1 b=x" -> {a:1, b:x}; error names the bad word.
    static QMap<QString, QString> parseParameters(const QString &text, QString *error);

private:
    void validate();

    QString m_file;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_params;
    QLabel *m_problem;
    QPushButton *m_load;
};

} // namespace ModRescue
