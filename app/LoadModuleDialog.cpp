// SPDX-License-Identifier: GPL-2.0-or-later
#include "LoadModuleDialog.h"

#include "ModuleName.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace ModRescue {

LoadModuleDialog::LoadModuleDialog(const QString &file, QWidget *parent)
    : QDialog(parent), m_file(file)
{
    setWindowTitle(file.isEmpty() ? tr("Load Module") : tr("Load Module File"));
    setMinimumWidth(460);
    auto *form = new QFormLayout(this);
    if (file.isEmpty()) {
        m_name = new QLineEdit;
        m_name->setPlaceholderText(tr("for example: loop"));
        form->addRow(tr("&Module:"), m_name);
        connect(m_name, &QLineEdit::textChanged, this, &LoadModuleDialog::validate);
    } else {
        auto *path = new QLabel(QFileInfo(file).fileName());
        path->setToolTip(file);
        form->addRow(tr("File:"), path);
    }
    m_params = new QLineEdit;
    m_params->setPlaceholderText(tr("name=value name2=value2 (optional)"));
    form->addRow(tr("&Parameters:"), m_params);
    connect(m_params, &QLineEdit::textChanged, this, &LoadModuleDialog::validate);

    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_load = buttons->addButton(tr("&Load"), QDialogButtonBox::AcceptRole);
    m_load->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    validate();
}

void LoadModuleDialog::setModuleName(const QString &name)
{
    if (m_name)
        m_name->setText(name);
}

QString LoadModuleDialog::moduleName() const
{
    if (!m_name)
        return ModuleName::fromFilePath(m_file);
    return m_name->text().trimmed();
}

void LoadModuleDialog::setParametersText(const QString &text)
{
    m_params->setText(text);
}

QMap<QString, QString> LoadModuleDialog::parameters() const
{
    QString error;
    return parseParameters(m_params->text(), &error);
}

QMap<QString, QString> LoadModuleDialog::parseParameters(const QString &text, QString *error)
{
    // What the helper accepts: names [A-Za-z0-9_.]{1,63}; values printable,
    // without quotes or whitespace.
    static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z0-9_.]{1,63}$"));
    static const QRegularExpression valueRe(QStringLiteral("^[\\x21\\x23-\\x26\\x28-\\x7e]{0,1024}$"));
    QMap<QString, QString> map;
    error->clear();
    const QStringList words = text.split(QRegularExpression(QStringLiteral("\\s+")),
                                         Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const qsizetype eq = word.indexOf(u'=');
        const QString name = eq < 0 ? word : word.left(eq);
        // A bare name sets a bool parameter, as with modprobe.
        const QString value = eq < 0 ? QStringLiteral("1") : word.mid(eq + 1);
        if (!nameRe.match(name).hasMatch()) {
            *error = tr("“%1” is not a parameter name.").arg(name);
            return {};
        }
        if (!valueRe.match(value).hasMatch()) {
            *error = tr("The value of “%1” may not contain quotes or spaces.").arg(name);
            return {};
        }
        if (map.contains(name)) {
            *error = tr("“%1” is given twice.").arg(name);
            return {};
        }
        map.insert(name, value);
    }
    if (map.size() > 64)
        *error = tr("At most 64 parameters can be given.");
    return map;
}

QString LoadModuleDialog::validationError() const
{
    if (m_name) {
        const QString name = m_name->text().trimmed();
        if (name.isEmpty())
            return tr("Enter the name of a module of the running kernel.");
        if (name.endsWith(QLatin1String(".ko")) || name.contains(u'/'))
            return tr("That is a file name; use “Load File…” for a .ko file.");
        if (!ModuleName::isValid(name))
            return tr("“%1” is not a valid module name.").arg(name);
    }
    QString error;
    parseParameters(m_params->text(), &error);
    return error;
}

void LoadModuleDialog::validate()
{
    const QString problem = validationError();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_load->setEnabled(problem.isEmpty());
}

} // namespace ModRescue
