// SPDX-License-Identifier: GPL-2.0-or-later
#include "SnapshotReader.h"

#include "ModuleName.h"
#include "TextFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>

#include <fcntl.h>
#include <unistd.h>

namespace ModRescue {

namespace {

struct ProcEntry
{
    ModuleInfo info;
    qint64 line = 0;
};

// A module whose entries changed between the reads of /proc/modules and
// /sys/module (loaded or unloaded meanwhile): worth reading again.
struct Attempt
{
    Result<ModuleSnapshot> result;
    bool retry = false;
};

bool parseNumber(QByteArrayView text, qint64 *out);

// module_refcount() is signed: a GOING module shows -1 once delete_module
// has taken the base reference.
bool parseSigned(QByteArrayView text, qint64 *out)
{
    if (text.startsWith('-')) {
        if (!parseNumber(text.sliced(1), out))
            return false;
        *out = -*out;
        return true;
    }
    return parseNumber(text, out);
}

bool parseNumber(QByteArrayView text, qint64 *out)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    qint64 v = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *out = v;
    return true;
}

QList<QByteArrayView> splitFields(QByteArrayView line)
{
    QList<QByteArrayView> fields;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= line.size(); ++i) {
        if (i == line.size() || line[i] == ' ') {
            if (i > start)
                fields.append(line.sliced(start, i - start));
            start = i + 1;
        }
    }
    return fields;
}

Result<QList<ProcEntry>> parseProcModules(const QByteArray &data, const QString &path)
{
    QList<ProcEntry> entries;
    if (!data.isEmpty() && !data.endsWith('\n'))
        return makeError(Error::Code::Malformed,
                         SnapshotReader::tr("The last line is incomplete: the file was truncated."),
                         path, data.count('\n') + 1);
    TextFile::Lines lines(data, path);
    QByteArrayView line;
    QSet<QString> seen;
    while (lines.next(&line)) {
        const QList<QByteArrayView> f = splitFields(line);
        if (f.size() != 6 && f.size() != 7)
            return lines.errorHere(
                SnapshotReader::tr("Expected 6 or 7 fields (name, size, references, users, "
                                   "state, address, taint) but found %1.")
                    .arg(f.size()));
        ProcEntry e;
        e.line = lines.number();
        const QString rawName = QString::fromLatin1(f[0]);
        if (!ModuleName::isValid(rawName) || rawName.contains(QLatin1Char('-')))
            return lines.errorHere(
                SnapshotReader::tr("\"%1\" is not a module name.").arg(rawName.left(80)));
        e.info.name = rawName;
        if (seen.contains(rawName))
            return lines.errorHere(
                SnapshotReader::tr("The module %1 is listed twice.").arg(rawName));
        seen.insert(rawName);
        if (!parseNumber(f[1], &e.info.size))
            return lines.errorHere(SnapshotReader::tr("The size \"%1\" is not a number.")
                                       .arg(TextFile::excerpt(f[1], 40)));
        if (f[2] == "-") {
            e.info.refCount = -1;
        } else {
            qint64 refs = 0;
            if (!parseSigned(f[2], &refs) || refs > std::numeric_limits<int>::max()
                || refs < std::numeric_limits<int>::min())
                return lines.errorHere(
                    SnapshotReader::tr("The reference count \"%1\" is not a number.")
                        .arg(TextFile::excerpt(f[2], 40)));
            e.info.refCount = int(refs);
            e.info.refCountKnown = true;
        }
        if (f[3] != "-") {
            QByteArrayView users = f[3];
            if (!users.endsWith(','))
                return lines.errorHere(
                    SnapshotReader::tr("The list of users \"%1\" does not end with a comma.")
                        .arg(TextFile::excerpt(users, 80)));
            for (const QByteArray &u : users.chopped(1).toByteArray().split(',')) {
                if (u == "[permanent]") {
                    e.info.permanent = true;
                    continue;
                }
                const QString user = QString::fromLatin1(u);
                if (!ModuleName::isValid(user))
                    return lines.errorHere(
                        SnapshotReader::tr("The user \"%1\" is not a module name.")
                            .arg(user.left(80)));
                if (e.info.holders.contains(user))
                    return lines.errorHere(
                        SnapshotReader::tr("The user %1 is listed twice.").arg(user));
                e.info.holders.append(user);
            }
        }
        if (f[4] == "Live")
            e.info.state = ModuleState::Live;
        else if (f[4] == "Loading")
            e.info.state = ModuleState::Coming;
        else if (f[4] == "Unloading")
            e.info.state = ModuleState::Going;
        else
            return lines.errorHere(
                SnapshotReader::tr("Unknown state \"%1\" (expected Live, Loading or "
                                   "Unloading).")
                    .arg(TextFile::excerpt(f[4], 40)));
        if (!f[5].startsWith("0x") || f[5].size() < 3 || f[5].size() > 18)
            return lines.errorHere(
                SnapshotReader::tr("The address \"%1\" is not a hexadecimal number.")
                    .arg(TextFile::excerpt(f[5], 40)));
        bool ok = false;
        e.info.address = f[5].sliced(2).toULongLong(&ok, 16);
        if (!ok)
            return lines.errorHere(
                SnapshotReader::tr("The address \"%1\" is not a hexadecimal number.")
                    .arg(TextFile::excerpt(f[5], 40)));
        if (f.size() == 7) {
            // module_flags(): "(OE)", with "+" while COMING and "-" while GOING.
            QByteArrayView t = f[6];
            bool good = t.size() >= 3 && t.startsWith('(') && t.endsWith(')');
            if (good)
                t = t.sliced(1, t.size() - 2);
            if (good && (t.endsWith('+') || t.endsWith('-'))) {
                const char mark = t.back();
                good = (mark == '+') == (e.info.state == ModuleState::Coming)
                    && (mark == '-') == (e.info.state == ModuleState::Going);
                t.chop(1);
            }
            for (qsizetype i = 0; good && i < t.size(); ++i)
                good = t[i] >= 'A' && t[i] <= 'Z';
            if (!good)
                return lines.errorHere(
                    SnapshotReader::tr("The taint flags \"%1\" are not of the form (LETTERS) "
                                       "matching the state.")
                        .arg(TextFile::excerpt(f[6], 40)));
            e.info.taint = QString::fromLatin1(t);
        }
        entries.append(e);
    }
    if (lines.failed())
        return lines.error();
    return entries;
}

ModuleState stateFromInitstate(const QByteArray &value, bool *ok)
{
    *ok = true;
    if (value == "live")
        return ModuleState::Live;
    if (value == "coming")
        return ModuleState::Coming;
    if (value == "going")
        return ModuleState::Going;
    *ok = false;
    return ModuleState::Live;
}

class DirFd
{
public:
    explicit DirFd(const QString &path)
        : m_fd(::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC))
    {
    }
    ~DirFd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    DirFd(const DirFd &) = delete;
    DirFd &operator=(const DirFd &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

Attempt readOnce(const SnapshotReader &reader, bool includeBuiltIn)
{
    const QString procPath = reader.path(u"proc/modules");
    auto data = TextFile::read(procPath);
    if (!data)
        return {data.error()};
    auto parsed = parseProcModules(*data, procPath);
    if (!parsed)
        return {parsed.error()};

    const QString sysPath = reader.path(u"sys/module");
    DirFd sys(sysPath);
    if (sys.get() < 0)
        return {TextFile::ioError(sysPath, errno)};

    QList<ModuleInfo> modules;
    modules.reserve(parsed->size());
    QSet<QString> loaded;
    loaded.reserve(parsed->size());
    for (ProcEntry &e : *parsed) {
        ModuleInfo &m = e.info;
        loaded.insert(m.name);
        const QByteArray base = m.name.toLatin1() + '/';
        const QString dirPath = sysPath + QLatin1Char('/') + m.name + QLatin1Char('/');

        // initstate: the kernel's own word on the state; it must agree with
        // /proc/modules unless the module changed between the two reads.
        const QString initPath = dirPath + QLatin1String("initstate");
        auto init = TextFile::readAt(sys.get(), (base + "initstate").constData(), initPath);
        if (!init)
            return {init.error(), init.error().code == Error::Code::NotFound};
        bool ok = false;
        const ModuleState sysState = stateFromInitstate(init->trimmed(), &ok);
        if (!ok)
            return {makeError(
                Error::Code::Malformed,
                SnapshotReader::tr("Unknown initstate \"%1\" (expected live, coming or going).")
                    .arg(TextFile::excerpt(init->trimmed(), 40)),
                initPath, 1)};
        if (sysState != m.state)
            return {makeError(Error::Code::Malformed,
                              SnapshotReader::tr("The state %1 disagrees with %2 line %3 (%4).")
                                  .arg(moduleStateId(sysState), procPath)
                                  .arg(e.line)
                                  .arg(moduleStateId(m.state)),
                              initPath, 1),
                    true};

        const QString holdersPath = dirPath + QLatin1String("holders");
        auto holders = TextFile::entriesAt(sys.get(), (base + "holders").constData(), holdersPath);
        if (!holders)
            return {holders.error(), holders.error().code == Error::Code::NotFound};
        QStringList procHolders = m.holders;
        std::sort(procHolders.begin(), procHolders.end());
        if (*holders != procHolders)
            return {makeError(Error::Code::Malformed,
                              SnapshotReader::tr(
                                  "The holders (%1) disagree with the users in %2 line %3 (%4).")
                                  .arg(holders->join(QLatin1Char(',')), procPath)
                                  .arg(e.line)
                                  .arg(procHolders.join(QLatin1Char(','))),
                              holdersPath),
                    true};

        if (m.refCountKnown) {
            const QString refPath = dirPath + QLatin1String("refcnt");
            auto ref = TextFile::readAt(sys.get(), (base + "refcnt").constData(), refPath);
            if (!ref)
                return {ref.error(), ref.error().code == Error::Code::NotFound};
            qint64 refs = -1;
            if (!parseSigned(ref->trimmed(), &refs))
                return {makeError(Error::Code::Malformed,
                                  SnapshotReader::tr("The reference count \"%1\" is not a number.")
                                      .arg(TextFile::excerpt(ref->trimmed(), 40)),
                                  refPath, 1)};
            if (refs != m.refCount)
                return {makeError(Error::Code::Malformed,
                                  SnapshotReader::tr(
                                      "The reference count %1 disagrees with %2 line %3 (%4).")
                                      .arg(refs)
                                      .arg(procPath)
                                      .arg(e.line)
                                      .arg(m.refCount),
                                  refPath, 1),
                        true};
        }
        modules.append(std::move(m));
    }

    for (const ModuleInfo &m : std::as_const(modules))
        for (const QString &h : m.holders)
            if (!loaded.contains(h))
                return {makeError(
                            Error::Code::Malformed,
                            SnapshotReader::tr("The module %1 is used by %2, which is not loaded.")
                                .arg(m.name, h),
                            procPath),
                        true};

    if (includeBuiltIn) {
        auto names = TextFile::entries(sysPath);
        if (!names)
            return {names.error()};
        QSet<QString> builtIn;
        for (const QString &name : std::as_const(*names)) {
            if (loaded.contains(name) || !ModuleName::isValid(name))
                continue;
            // A loaded module missing from /proc/modules would carry an
            // initstate; one appearing now means the snapshot is stale.
            if (TextFile::exists(sysPath + QLatin1Char('/') + name + QLatin1String("/initstate")))
                return {
                    makeError(Error::Code::Malformed,
                              SnapshotReader::tr("The module %1 has an initstate but is not in %2.")
                                  .arg(name, procPath),
                              sysPath + QLatin1Char('/') + name),
                    true};
            builtIn.insert(name);
        }
        auto release = TextFile::readValue(reader.path(u"proc/sys/kernel/osrelease"));
        if (release && !release->isEmpty() && !release->contains(QLatin1Char('/'))) {
            const QString builtinPath =
                reader.path(QStringLiteral("lib/modules/%1/modules.builtin").arg(*release));
            auto list = TextFile::read(builtinPath);
            if (list) {
                TextFile::Lines lines(*list, builtinPath);
                QByteArrayView line;
                while (lines.next(&line)) {
                    if (line.trimmed().isEmpty())
                        continue;
                    const QString name = ModuleName::fromFilePath(QString::fromUtf8(line.trimmed()));
                    if (name.isEmpty())
                        return {
                            lines.errorHere(SnapshotReader::tr("\"%1\" is not a module file path.")
                                                .arg(TextFile::excerpt(line, 80)))};
                    if (!loaded.contains(name))
                        builtIn.insert(name);
                }
                if (lines.failed())
                    return {lines.error()};
            } else if (list.error().code != Error::Code::NotFound) {
                return {list.error()};
            }
        }
        for (const QString &name : std::as_const(builtIn)) {
            ModuleInfo m;
            m.name = name;
            m.state = ModuleState::BuiltIn;
            modules.append(m);
        }
    }
    return {ModuleSnapshot(std::move(modules), reader.root())};
}

} // namespace

SnapshotReader::SnapshotReader(QString root) : m_root(std::move(root))
{
    while (m_root.size() > 1 && m_root.endsWith(QLatin1Char('/')))
        m_root.chop(1);
    if (m_root.isEmpty())
        m_root = QStringLiteral("/");
}

QString SnapshotReader::path(QStringView relative) const
{
    return TextFile::under(m_root, relative);
}

Result<ModuleSnapshot> SnapshotReader::read() const
{
    // Modules come and go while we read; a disagreement between the files is
    // read again a few times before it is reported.
    Attempt attempt = readOnce(*this, m_includeBuiltIn);
    for (int i = 0; i < 4 && attempt.retry; ++i)
        attempt = readOnce(*this, m_includeBuiltIn);
    return attempt.result;
}

} // namespace ModRescue
