// SPDX-License-Identifier: GPL-2.0-or-later
// The Simplified Chinese catalogue, compiled and loaded as the app and
// modrescuectl load it, translates what core/ says about real captured
// kernels; and translations/modrescue_zh_CN.ts has no unfinished entry.
#include "Diagnoser.h"
#include "SnapshotReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace ModRescue;

namespace {

// The modules of the all-cases capture (tests/vm/guest/all-cases.sh).
const char *const allCasesModules[] = {
    "mr_chain_base", "mr_chain_mid", "mr_chain_top", "mr_init_oops",  "mr_init_block",
    "mr_no_exit",    "mr_ref_leak",  "mr_exit_oops", "mr_exit_block", "mr_never_loaded"};

bool hasHan(const QString &text)
{
    for (QChar c : text)
        if (c.script() == QChar::Script_Han)
            return true;
    return false;
}

// Every sentence of a diagnosis meant for people.
QStringList sentences(const Diagnosis &d)
{
    QStringList out{diagnosisCaseTitle(d.kind), d.summary};
    out += d.evidenceSentences;
    if (!d.refusal.isEmpty())
        out.append(d.refusal);
    QList<Plan> plans = d.alternatives;
    if (d.hasPlan())
        plans.prepend(d.plan);
    for (const Plan &p : std::as_const(plans)) {
        out.append(p.title);
        for (const PlanStep &s : p.steps)
            out.append(s.what);
    }
    return out;
}

// The catalogue installed for one scope, as main() installs it for the run.
class Installed
{
public:
    explicit Installed(QTranslator &t) : m_t(t) { QCoreApplication::installTranslator(&m_t); }
    ~Installed() { QCoreApplication::removeTranslator(&m_t); }
    Installed(const Installed &) = delete;
    Installed &operator=(const Installed &) = delete;

private:
    QTranslator &m_t;
};

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(m_zh.load(QStringLiteral("modrescue_zh_CN"), QStringLiteral(":/i18n")),
                 "the compiled catalogue :/i18n/modrescue_zh_CN.qm is missing");
    }

    void diagnosesCapturedFixturesInChinese_data()
    {
        QTest::addColumn<QString>("root");
        QTest::addColumn<QString>("module");
        const QDir dir(QStringLiteral(MODRESCUE_FIXTURES));
        int rows = 0;
        for (const QString &k : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QString root = dir.filePath(k) + QStringLiteral("/all-cases");
            if (!QFile::exists(root + QStringLiteral("/proc/modules")))
                continue;
            for (const char *module : allCasesModules)
                if (++rows)
                    QTest::newRow(qPrintable(k + QLatin1Char('/') + QLatin1String(module)))
                        << root << QString::fromLatin1(module);
        }
        if (rows == 0)
            QTest::newRow("none captured") << QString() << QString();
    }
    void diagnosesCapturedFixturesInChinese()
    {
        QFETCH(QString, root);
        QFETCH(QString, module);
        if (root.isEmpty())
            QSKIP("No captured fixtures: tests/fixtures/<kver>/all-cases/ comes from tests/vm.");

        auto english = Diagnoser(root).diagnose(module);
        QVERIFY2(english.ok(), qPrintable(english ? QString() : english.error().toString()));
        const QStringList en = sentences(*english);

        QStringList zh;
        {
            const Installed chinese(m_zh);
            auto d = Diagnoser(root).diagnose(module);
            QVERIFY2(d.ok(), qPrintable(d ? QString() : d.error().toString()));
            QCOMPARE(d->kind, english->kind);
            zh = sentences(*d);
        }
        QCOMPARE(zh.size(), en.size());
        for (qsizetype i = 0; i < zh.size(); ++i) {
            QVERIFY2(hasHan(zh[i]) && zh[i] != en[i],
                     qPrintable(QStringLiteral("not translated: \"%1\"").arg(zh[i])));
            // The sentence still names the module where the English one does.
            if (en[i].contains(module))
                QVERIFY2(zh[i].contains(module), qPrintable(zh[i]));
        }
    }

    // Read errors come from free functions in core/: the case the local
    // tr() wrappers got wrong.
    void explainsReadErrorsInChinese()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        QDir(root.path()).mkpath(QStringLiteral("proc"));
        QFile modules(root.filePath(QStringLiteral("proc/modules")));
        QVERIFY(modules.open(QIODevice::WriteOnly));
        modules.write("mr_ref_leak 16384 1 - Live 0x0000000000000000 (OE)"); // no newline
        modules.close();

        auto english = SnapshotReader(root.path()).read();
        QVERIFY(!english.ok());
        QVERIFY2(english.error().message.contains(u"truncated"),
                 qPrintable(english.error().message));

        const Installed zh(m_zh);
        auto chinese = SnapshotReader(root.path()).read();
        QVERIFY(!chinese.ok());
        QVERIFY2(hasHan(chinese.error().message), qPrintable(chinese.error().message));
    }

    void leavesNoEntryUnfinished()
    {
        QFile ts(QStringLiteral(MODRESCUE_TRANSLATIONS "/modrescue_zh_CN.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        int messages = 0;
        QStringList unfinished;
        QString context, source;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"name")
                context = xml.readElementText();
            else if (xml.name() == u"message")
                ++messages;
            else if (xml.name() == u"source")
                source = xml.readElementText();
            else if (xml.name() == u"translation") {
                const auto type = xml.attributes().value(QLatin1String("type"));
                if (type == u"unfinished" || type == u"obsolete" || type == u"vanished")
                    unfinished.append(context + QStringLiteral(": ") + source);
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 0);
        QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QLatin1Char('\n'))));
    }

private:
    QTranslator m_zh;
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
