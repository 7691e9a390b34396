// SPDX-License-Identifier: GPL-2.0-or-later
// FixerFile: the helper opens the fixer only when the file and every
// directory above it belong to root and nobody else can write them, and never
// through a symbolic link to the file.
#include "FixerFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace ModRescue;

class TestFixerFile : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_base;
    const QString m_release = QStringLiteral("6.1.0-56-amd64");

    QString dir() const
    {
        return m_base->path() + QStringLiteral("/lib/modules/") + m_release +
               QStringLiteral("/updates/dkms");
    }
    QString fixer() const { return dir() + QStringLiteral("/" MODRESCUE_FIXER_NAME ".ko"); }
    QStringList paths() const
    {
        return FixerFile::searchPaths(
            {m_base->path() + QStringLiteral("/lib/modules/%r/updates/dkms")}, m_release);
    }
    FixerFile open(QString *why) const { return FixerFile::open(paths(), m_release, why); }

private Q_SLOTS:
    void init()
    {
        if (geteuid() != 0)
            QSKIP("needs root: the checks are about files owned by root");
        // Every parent of the fixer must be root's and not writable by
        // others, so the tree cannot live below a build directory in /tmp
        // (CI's clones may be there): /run is root's 0755 on every systemd
        // and sysvinit machine, the build directory is the fallback.
        const QFileInfo run(QStringLiteral("/run"));
        const QString parent =
            run.isDir() && run.ownerId() == 0 &&
                    !(run.permissions() & (QFile::WriteGroup | QFile::WriteOther))
                ? QStringLiteral("/run")
                : QStringLiteral(MODRESCUE_TEST_BINARY_DIR);
        m_base =
            std::make_unique<QTemporaryDir>(parent + QStringLiteral("/modrescue-fixerfile-XXXXXX"));
        QVERIFY(m_base->isValid());
        QVERIFY(QDir().mkpath(dir()));
        for (QString d = dir(); d.startsWith(m_base->path()); d = QFileInfo(d).path())
            QVERIFY(::chmod(QFile::encodeName(d).constData(), 0755) == 0);
        QFile f(fixer());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\x7f"
                "ELF");
        f.close();
        QVERIFY(::chmod(QFile::encodeName(fixer()).constData(), 0644) == 0);
        QString why;
        if (!open(&why).isOpen() && why.contains(QLatin1String("writable by others")) &&
            !why.contains(m_base->path()))
            QSKIP(qPrintable(QStringLiteral("the build directory's parents are not root's or are "
                                            "world-writable: %1")
                                 .arg(why)));
    }

    void opensARootOwnedFixer()
    {
        QString why;
        const FixerFile f = open(&why);
        QVERIFY2(f.isOpen(), qPrintable(why));
        QCOMPARE(f.path(), QFileInfo(fixer()).canonicalFilePath());
        // The descriptor is the file, read-only.
        char magic[4];
        QCOMPARE(::pread(f.fd(), magic, 4, 0), ssize_t(4));
    }

    void saysHowToBuildAMissingFixer()
    {
        QFile::remove(fixer());
        QString why;
        QVERIFY(!open(&why).isOpen());
        QVERIFY(why.contains(QStringLiteral("dkms install")));
        QVERIFY(why.contains(m_release));
    }

    void refusesAGroupWritableFile()
    {
        QVERIFY(::chmod(QFile::encodeName(fixer()).constData(), 0664) == 0);
        QString why;
        QVERIFY(!open(&why).isOpen());
        QVERIFY(why.contains(QStringLiteral("writable only by root")));
    }

    void refusesAFileOfAnotherUser()
    {
        QVERIFY(::chown(QFile::encodeName(fixer()).constData(), 65534, 65534) == 0);
        QString why;
        QVERIFY(!open(&why).isOpen());
    }

    void refusesAWorldWritableDirectory()
    {
        const QString parent = QFileInfo(dir()).path();
        QVERIFY(::chmod(QFile::encodeName(parent).constData(), 0777) == 0);
        QString why;
        QVERIFY(!open(&why).isOpen());
        QVERIFY(why.contains(QStringLiteral("writable by others")));
    }

    void refusesADirectoryOfAnotherUser()
    {
        QVERIFY(::chown(QFile::encodeName(dir()).constData(), 65534, 65534) == 0);
        QString why;
        QVERIFY(!open(&why).isOpen());
    }

    void refusesASymbolicLinkToTheFile()
    {
        const QString real = m_base->path() + QStringLiteral("/elsewhere.ko");
        QVERIFY(QFile::rename(fixer(), real));
        QVERIFY(QFile::link(real, fixer()));
        QString why;
        QVERIFY(!open(&why).isOpen());
    }

    void followsALinkedDirectoryOnlyBeforeTheWalk()
    {
        // Like Debian's /lib -> usr/lib: the search directory is resolved
        // once, and the resolved path must itself be trusted.
        const QString link = m_base->path() + QStringLiteral("/linked");
        QVERIFY(QFile::link(dir(), link));
        QString why;
        const FixerFile f = FixerFile::open({link}, m_release, &why);
        QVERIFY2(f.isOpen(), qPrintable(why));
        QCOMPARE(f.path(), QFileInfo(fixer()).canonicalFilePath());
    }

    void ignoresRelativeDirectories()
    {
        QString why;
        QVERIFY(!FixerFile::open({QStringLiteral("lib/modules")}, m_release, &why).isOpen());
    }
};

QTEST_GUILESS_MAIN(TestFixerFile)
#include "tst_fixerfile.moc"
