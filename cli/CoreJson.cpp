// SPDX-License-Identifier: GPL-2.0-or-later
#include "CoreJson.h"

#include <QJsonArray>

namespace ModRescue {

namespace {
QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QString errorCodeId(Error::Code code)
{
    switch (code) {
    case Error::Code::Io:
        return QStringLiteral("io");
    case Error::Code::Malformed:
        return QStringLiteral("malformed");
    case Error::Code::InvalidName:
        return QStringLiteral("invalid-name");
    case Error::Code::NotFound:
        return QStringLiteral("not-found");
    case Error::Code::Unsupported:
        return QStringLiteral("unsupported");
    }
    return {};
}
} // namespace

QJsonObject CoreJson::module(const ModuleInfo &m)
{
    return {
        {QStringLiteral("name"), m.name},
        {QStringLiteral("state"), moduleStateId(m.state)},
        {QStringLiteral("size"), m.size},
        {QStringLiteral("refcount"), m.refCountKnown ? QJsonValue(m.refCount) : QJsonValue()},
        {QStringLiteral("holders"), strings(m.holders)},
        {QStringLiteral("uses"), strings(m.uses)},
        {QStringLiteral("taint"), m.taint},
        {QStringLiteral("permanent"), m.permanent},
    };
}

QJsonObject CoreJson::details(const ModuleDetails &d)
{
    QJsonArray params;
    for (const ModuleParameter &p : d.parameters)
        params.append(QJsonObject{
            {QStringLiteral("name"), p.name},
            {QStringLiteral("type"), p.type},
            {QStringLiteral("description"), p.description},
            {QStringLiteral("value"), p.readable ? QJsonValue(p.value) : QJsonValue()},
        });
    return {
        {QStringLiteral("file"), d.file},
        {QStringLiteral("description"), d.description},
        {QStringLiteral("authors"), strings(d.authors)},
        {QStringLiteral("license"), d.license},
        {QStringLiteral("version"), d.version},
        {QStringLiteral("srcversion"), d.srcVersion},
        {QStringLiteral("vermagic"), d.vermagic},
        {QStringLiteral("signer"), d.signer},
        {QStringLiteral("aliases"), strings(d.aliases)},
        {QStringLiteral("depends"), strings(d.depends)},
        {QStringLiteral("builtIn"), d.builtIn},
        {QStringLiteral("parameters"), params},
    };
}

QJsonObject CoreJson::task(const ModuleTask &t)
{
    return {
        {QStringLiteral("pid"), t.pid},
        {QStringLiteral("comm"), t.comm},
        {QStringLiteral("syscall"), moduleSyscallName(t.call)},
        {QStringLiteral("wchan"), t.wchan},
        {QStringLiteral("file"), t.file},
        {QStringLiteral("module"), t.module},
        {QStringLiteral("tiedBy"), t.tiedBy},
        {QStringLiteral("confirmed"), t.confirmed},
    };
}

QJsonObject CoreJson::reference(const ReferenceSource &r)
{
    QJsonObject o{
        {QStringLiteral("kind"), referenceKindId(r.kind)},
        {QStringLiteral("object"), r.object},
        {QStringLiteral("detail"), r.detail},
    };
    if (r.kind == ReferenceSource::Kind::OpenDevice) {
        o.insert(QStringLiteral("pid"), r.pid);
        o.insert(QStringLiteral("comm"), r.comm);
    }
    return o;
}

QJsonObject CoreJson::planStep(const PlanStep &s)
{
    QJsonObject o{
        {QStringLiteral("kind"), planStepKindId(s.kind)},
        {QStringLiteral("module"), s.module},
        {QStringLiteral("what"), s.what},
        {QStringLiteral("forces"), s.forces},
        {QStringLiteral("runsExit"), s.runsExit},
        {QStringLiteral("risk"), riskId(s.risk)},
    };
    if (s.kind == PlanStep::Kind::UnloadWithDependents)
        o.insert(QStringLiteral("order"), strings(s.order));
    if (s.kind == PlanStep::Kind::Fixer)
        o.insert(QStringLiteral("fixer"),
                 QJsonObject{{QStringLiteral("resetState"), s.fixer.resetState},
                             {QStringLiteral("resetRefcount"), s.fixer.resetRefcount},
                             {QStringLiteral("skipExit"), s.fixer.skipExit}});
    return o;
}

QJsonObject CoreJson::plan(const Plan &p)
{
    QJsonArray steps;
    for (const PlanStep &s : p.steps)
        steps.append(planStep(s));
    return {
        {QStringLiteral("title"), p.title},
        {QStringLiteral("forces"), p.forces()},
        {QStringLiteral("risk"), riskId(p.risk())},
        {QStringLiteral("steps"), steps},
    };
}

QJsonObject CoreJson::diagnosis(const Diagnosis &d)
{
    QJsonArray tasks, references, alternatives;
    for (const ModuleTask &t : d.evidence.tasks)
        tasks.append(task(t));
    for (const ModuleTask &t : d.evidence.untiedTasks)
        tasks.append(task(t));
    for (const ReferenceSource &r : d.evidence.references)
        references.append(reference(r));
    for (const Plan &p : d.alternatives)
        alternatives.append(plan(p));
    return {
        {QStringLiteral("module"), d.module},
        {QStringLiteral("case"), diagnosisCaseId(d.kind)},
        {QStringLiteral("caseNumber"), diagnosisCaseNumber(d.kind)},
        {QStringLiteral("title"), diagnosisCaseTitle(d.kind)},
        {QStringLiteral("summary"), d.summary},
        {QStringLiteral("info"), d.info.name.isEmpty() ? QJsonValue() : QJsonValue(module(d.info))},
        {QStringLiteral("hasExit"), tristateId(d.evidence.hasExit)},
        {QStringLiteral("tasks"), tasks},
        {QStringLiteral("unreadableTasks"), d.evidence.unreadableTasks},
        {QStringLiteral("references"), references},
        {QStringLiteral("evidence"), strings(d.evidenceSentences)},
        {QStringLiteral("refusal"), d.refusal.isEmpty() ? QJsonValue() : QJsonValue(d.refusal)},
        {QStringLiteral("plan"), d.hasPlan() ? QJsonValue(plan(d.plan)) : QJsonValue()},
        {QStringLiteral("alternatives"), alternatives},
    };
}

QJsonObject CoreJson::kernel(const KernelAbilities &k)
{
    return {
        {QStringLiteral("release"), k.release},
        {QStringLiteral("configSource"), k.configSource},
        {QStringLiteral("moduleUnload"), tristateId(k.moduleUnload)},
        {QStringLiteral("forceUnload"), tristateId(k.forceUnload)},
        {QStringLiteral("kprobes"), tristateId(k.kprobes)},
        {QStringLiteral("lockdown"), k.lockdown.isEmpty() ? QJsonValue() : QJsonValue(k.lockdown)},
        {QStringLiteral("modulesDisabled"), tristateId(k.modulesDisabled)},
        {QStringLiteral("signatureEnforced"), tristateId(k.signatureEnforced)},
        {QStringLiteral("taint"), k.taintKnown ? QJsonValue(qint64(k.taint)) : QJsonValue()},
        {QStringLiteral("taintLetters"), k.taintLetters()},
        {QStringLiteral("canUnload"), k.canUnload()},
        {QStringLiteral("fixer"), k.fixerPath.isEmpty() ? QJsonValue() : QJsonValue(k.fixerPath)},
        {QStringLiteral("notes"), strings(k.notes)},
    };
}

QJsonObject CoreJson::graph(const DependencyGraph::Subgraph &g, const QString &centre, int depth,
                            const QList<QStringList> &cycles)
{
    QJsonArray edges, cycleArray;
    for (const auto &e : g.edges)
        edges.append(QJsonObject{{QStringLiteral("user"), e.user}, {QStringLiteral("used"), e.used}});
    for (const QStringList &c : cycles)
        cycleArray.append(strings(c));
    return {
        {QStringLiteral("centre"), centre.isEmpty() ? QJsonValue() : QJsonValue(centre)},
        {QStringLiteral("depth"), depth >= 0 ? QJsonValue(depth) : QJsonValue()},
        {QStringLiteral("nodes"), strings(g.nodes)},
        {QStringLiteral("edges"), edges},
        {QStringLiteral("cycles"), cycleArray},
    };
}

QJsonObject CoreJson::error(const Error &e, int exitCode)
{
    return envelope(QStringLiteral("error"),
                    QJsonObject{
                        {QStringLiteral("code"), errorCodeId(e.code)},
                        {QStringLiteral("message"), e.message},
                        {QStringLiteral("file"), e.file.isEmpty() ? QJsonValue() : QJsonValue(e.file)},
                        {QStringLiteral("line"), e.line > 0 ? QJsonValue(e.line) : QJsonValue()},
                        {QStringLiteral("exitCode"), exitCode},
                    });
}

QJsonObject CoreJson::envelope(const QString &key, const QJsonValue &value)
{
    return {{QStringLiteral("schemaVersion"), SchemaVersion}, {key, value}};
}

} // namespace ModRescue
