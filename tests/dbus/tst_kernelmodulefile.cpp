// SPDX-License-Identifier: GPL-2.0-or-later
// KernelModuleFile: a real Debian .ko is accepted with its .modinfo name;
// everything else, including every truncation and random corruption of a
// real .ko, is refused without crashing or reading out of bounds.
#include "KernelModuleFile.h"
#include "TestSupport.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using namespace ModRescue;

class TestKernelModuleFile : public QObject
{
    Q_OBJECT
    QByteArray m_ko;
    QString m_koPath;

private Q_SLOTS:
    void initTestCase()
    {
        m_koPath = findRealKernelModule();
        if (m_koPath.isEmpty())
            return;
        QFile f(m_koPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_ko = f.readAll();
    }

    void acceptsARealModule()
    {
        if (m_ko.isEmpty())
            QSKIP("no real .ko on this machine (tests/vm/prepare extracts Debian kernels)");
        QString why;
        const int fd = ::open(QFile::encodeName(m_koPath).constData(), O_RDONLY | O_CLOEXEC);
        QVERIFY(fd >= 0);
        const auto file = KernelModuleFile::read(fd, &why);
        ::close(fd);
        QVERIFY2(file.has_value(), qPrintable(why));
        QCOMPARE(file->name(), QFileInfo(m_koPath).completeBaseName().replace(QLatin1Char('-'),
                                                                              QLatin1Char('_')));
        QVERIFY(!file->vermagic().isEmpty());
        QCOMPARE(file->bytes(), m_ko);
    }

    void refusesEveryTruncation()
    {
        if (m_ko.isEmpty())
            QSKIP("no real .ko on this machine (tests/vm/prepare extracts Debian kernels)");
        // Up to the section headers every cut breaks the file; check a
        // spread of lengths including the tiny ones.
        int refused = 0;
        for (qsizetype len = 0; len < m_ko.size(); len += (len < 256 ? 1 : 97)) {
            QString why;
            const auto file = KernelModuleFile::parse(m_ko.left(len), &why);
            if (!file) {
                ++refused;
                QVERIFY(!why.isEmpty());
            }
        }
        QVERIFY(refused > 0);
    }

    void survivesRandomCorruption()
    {
        if (m_ko.isEmpty())
            QSKIP("no real .ko on this machine (tests/vm/prepare extracts Debian kernels)");
        QRandomGenerator rng(4242);
        int accepted = 0;
        for (int round = 0; round < 3000; ++round) {
            QByteArray bytes = m_ko;
            const int flips = 1 + int(rng.bounded(8));
            for (int i = 0; i < flips; ++i) {
                // Mostly in the ELF and section headers, where parsing happens.
                const quint64 shoff = *reinterpret_cast<const quint64 *>(m_ko.constData() + 0x28);
                const qsizetype at = (i % 2 == 0)
                                         ? qsizetype(rng.bounded(64))
                                         : qsizetype(qMin<quint64>(shoff + rng.bounded(2048),
                                                                   quint64(bytes.size() - 1)));
                bytes[at] = char(rng.bounded(256));
            }
            QString why;
            if (const auto file = KernelModuleFile::parse(bytes, &why)) {
                ++accepted;
                QVERIFY(!file->name().isEmpty());
            }
        }
        qInfo("random corruption: %d of 3000 still parse as a module", accepted);
    }

    void refusesNonModules_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("name=x\n");
        QTest::newRow("ELF magic only") << QByteArray("\x7f"
                                                      "ELF");
        QByteArray header(64, '\0');
        header.replace(0, 4,
                       "\x7f"
                       "ELF");
        QTest::newRow("zero ELF header") << header;
    }
    void refusesNonModules()
    {
        QFETCH(QByteArray, bytes);
        QString why;
        QVERIFY(!KernelModuleFile::parse(bytes, &why).has_value());
    }

    void refusesAnExecutable()
    {
        QFile f(QStringLiteral("/bin/true"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString why;
        QVERIFY(!KernelModuleFile::parse(f.readAll(), &why).has_value());
    }

    void refusesBadDescriptors()
    {
        QString why;
        QVERIFY(!KernelModuleFile::read(-1, &why).has_value());
        const int fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
        QVERIFY(!KernelModuleFile::read(fd, &why).has_value());
        ::close(fd);
        QVERIFY(!KernelModuleFile::read(fd, &why).has_value()); // closed now
    }
};

QTEST_GUILESS_MAIN(TestKernelModuleFile)
#include "tst_kernelmodulefile.moc"
