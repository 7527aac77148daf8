#include "memo/MemoCanonical.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace cw {

namespace {

// Short aliases keep the field lists below readable.
using O = QJsonObject;
using A = QJsonArray;

QString k(const char *s)
{
    return QString::fromLatin1(s);
}

A strings(const QStringList &l)
{
    return A::fromStringList(l);
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

A spans(const QList<std::pair<int, int>> &list)
{
    A a;
    for (const auto &[s, e] : list)
        a.append(A{s, e});
    return a;
}

QList<std::pair<int, int>> spans(const QJsonValue &v)
{
    QList<std::pair<int, int>> out;
    for (const QJsonValue &x : v.toArray())
        if (x.toArray().size() == 2)
            out.append({x.toArray().at(0).toInt(), x.toArray().at(1).toInt()});
    return out;
}

O regulationJson(const MemoRegulation &r)
{
    return O{{k("key"), r.key},
             {k("short_name"), r.shortName},
             {k("name"), r.name},
             {k("jurisdiction"), r.jurisdiction},
             {k("citation"), r.citation}};
}

MemoRegulation regulationFrom(const O &o)
{
    return MemoRegulation{o[k("key")].toString(), o[k("short_name")].toString(),
                          o[k("name")].toString(), o[k("jurisdiction")].toString(),
                          o[k("citation")].toString()};
}

O findingJson(const MemoFinding &f)
{
    A regs;
    for (const MemoRegulation &r : f.regulations)
        regs.append(regulationJson(r));
    return O{{k("flag_id"), f.flagId},
             {k("record_id"), f.recordId},
             {k("platform"), f.platform},
             {k("document"), f.documentTitle},
             {k("terms_type"), f.termsType},
             {k("document_record_id"), f.documentRecordId},
             {k("version"), f.versionNumber},
             {k("heading_path"), strings(f.headingPath)},
             {k("type_key"), f.typeKey},
             {k("type_name"), f.typeName},
             {k("category"), f.category},
             {k("severity"), severityKey(f.severity)},
             {k("status"), reviewStatusKey(f.status)},
             {k("changed_since_review"), f.changedSinceReview},
             {k("analyst_flag"), f.analystFlag},
             {k("quote"), f.quote},
             {k("evidence_spans"), spans(f.evidence)},
             {k("previous_quote"), f.previousQuote},
             {k("plain_summary"), f.plainSummary},
             {k("why_it_matters"), f.whyItMatters},
             {k("consumer_impact"), f.consumerImpact},
             {k("regulations"), regs},
             {k("notes"), f.notes},
             {k("snapshot_id"), f.snapshotId},
             {k("citation"), f.citation}};
}

MemoFinding findingFrom(const O &o)
{
    MemoFinding f;
    f.flagId = o[k("flag_id")].toInteger();
    f.recordId = o[k("record_id")].toString();
    f.platform = o[k("platform")].toString();
    f.documentTitle = o[k("document")].toString();
    f.termsType = o[k("terms_type")].toString();
    f.documentRecordId = o[k("document_record_id")].toString();
    f.versionNumber = o[k("version")].toInt();
    f.headingPath = strings(o[k("heading_path")]);
    f.typeKey = o[k("type_key")].toString();
    f.typeName = o[k("type_name")].toString();
    f.category = o[k("category")].toString();
    f.severity = severityFromKey(o[k("severity")].toString()).value_or(Severity::Medium);
    f.status = reviewStatusFromKey(o[k("status")].toString());
    f.changedSinceReview = o[k("changed_since_review")].toBool();
    f.analystFlag = o[k("analyst_flag")].toBool();
    f.quote = o[k("quote")].toString();
    f.evidence = spans(o[k("evidence_spans")]);
    f.previousQuote = o[k("previous_quote")].toString();
    f.plainSummary = o[k("plain_summary")].toString();
    f.whyItMatters = o[k("why_it_matters")].toString();
    f.consumerImpact = o[k("consumer_impact")].toString();
    for (const QJsonValue &r : o[k("regulations")].toArray())
        f.regulations.append(regulationFrom(r.toObject()));
    f.notes = o[k("notes")].toString();
    f.snapshotId = o[k("snapshot_id")].toInteger();
    f.citation = o[k("citation")].toString();
    return f;
}

O evidenceJson(const MemoEvidence &e)
{
    return O{{k("snapshot_id"), e.snapshotId},
             {k("platform"), e.platform},
             {k("document"), e.documentTitle},
             {k("document_record_id"), e.documentRecordId},
             {k("version"), e.versionNumber},
             {k("captured_at"), e.capturedAt},
             {k("origin"), e.origin},
             {k("source_url"), e.sourceUrl},
             {k("wayback_url"), e.waybackUrl},
             {k("raw_sha256"), e.rawSha256},
             {k("text_sha256"), e.textSha256},
             {k("last_verified"), e.lastVerified}};
}

MemoEvidence evidenceFrom(const O &o)
{
    MemoEvidence e;
    e.snapshotId = o[k("snapshot_id")].toInteger();
    e.platform = o[k("platform")].toString();
    e.documentTitle = o[k("document")].toString();
    e.documentRecordId = o[k("document_record_id")].toString();
    e.versionNumber = o[k("version")].toInt();
    e.capturedAt = o[k("captured_at")].toString();
    e.origin = o[k("origin")].toString();
    e.sourceUrl = o[k("source_url")].toString();
    e.waybackUrl = o[k("wayback_url")].toString();
    e.rawSha256 = o[k("raw_sha256")].toString();
    e.textSha256 = o[k("text_sha256")].toString();
    e.lastVerified = o[k("last_verified")].toString();
    return e;
}

O documentJson(const MemoScopeDocument &d)
{
    return O{{k("platform"), d.platform},
             {k("title"), d.title},
             {k("terms_type"), d.termsType},
             {k("record_id"), d.recordId},
             {k("version"), d.versionNumber},
             {k("version_count"), d.versionCount},
             {k("version_first_seen"), d.versionFirstSeen},
             {k("last_verified"), d.lastVerified},
             {k("text_sha256"), d.textSha256},
             {k("source_url"), d.sourceUrl}};
}

MemoScopeDocument documentFrom(const O &o)
{
    MemoScopeDocument d;
    d.platform = o[k("platform")].toString();
    d.title = o[k("title")].toString();
    d.termsType = o[k("terms_type")].toString();
    d.recordId = o[k("record_id")].toString();
    d.versionNumber = o[k("version")].toInt();
    d.versionCount = o[k("version_count")].toInt();
    d.versionFirstSeen = o[k("version_first_seen")].toString();
    d.lastVerified = o[k("last_verified")].toString();
    d.textSha256 = o[k("text_sha256")].toString();
    d.sourceUrl = o[k("source_url")].toString();
    return d;
}

O changeJson(const MemoChange &c)
{
    return O{{k("platform"), c.platform},
             {k("document"), c.documentTitle},
             {k("document_record_id"), c.documentRecordId},
             {k("from_version"), c.fromVersion},
             {k("to_version"), c.toVersion},
             {k("from_date"), c.fromDate},
             {k("to_date"), c.toDate},
             {k("summary"), c.summary},
             {k("points"), strings(c.points)},
             {k("flags_touched"), strings(c.flagsTouched)},
             {k("silent"), c.silent},
             {k("source"), c.source}};
}

MemoChange changeFrom(const O &o)
{
    MemoChange c;
    c.platform = o[k("platform")].toString();
    c.documentTitle = o[k("document")].toString();
    c.documentRecordId = o[k("document_record_id")].toString();
    c.fromVersion = o[k("from_version")].toInt();
    c.toVersion = o[k("to_version")].toInt();
    c.fromDate = o[k("from_date")].toString();
    c.toDate = o[k("to_date")].toString();
    c.summary = o[k("summary")].toString();
    c.points = strings(o[k("points")]);
    c.flagsTouched = strings(o[k("flags_touched")]);
    c.silent = o[k("silent")].toBool();
    c.source = o[k("source")].toString();
    return c;
}

O benchmarkJson(const MemoBenchmarkEntry &b)
{
    return O{{k("type_key"), b.typeKey},
             {k("type_name"), b.typeName},
             {k("platform"), b.platform},
             {k("severity"), b.severity ? severityKey(*b.severity) : QString()},
             {k("status"), reviewStatusKey(b.status)},
             {k("record_id"), b.recordId},
             {k("document"), b.documentTitle},
             {k("summary"), b.summary},
             {k("in_scope"), b.inScope}};
}

MemoBenchmarkEntry benchmarkFrom(const O &o)
{
    MemoBenchmarkEntry b;
    b.typeKey = o[k("type_key")].toString();
    b.typeName = o[k("type_name")].toString();
    b.platform = o[k("platform")].toString();
    b.severity = severityFromKey(o[k("severity")].toString());
    b.status = reviewStatusFromKey(o[k("status")].toString());
    b.recordId = o[k("record_id")].toString();
    b.documentTitle = o[k("document")].toString();
    b.summary = o[k("summary")].toString();
    b.inScope = o[k("in_scope")].toBool();
    return b;
}

O riskJson(const MemoRiskStatement &r)
{
    return O{{k("level"), r.level ? severityKey(*r.level) : QString()},
             {k("provisional"), r.provisional},
             {k("statement"), r.statement},
             {k("high"), r.high},
             {k("medium"), r.medium},
             {k("low"), r.low},
             {k("confirmed"), r.confirmed},
             {k("suggested"), r.suggested},
             {k("rejected"), r.rejected},
             {k("changed_since_review"), r.changedSinceReview}};
}

MemoRiskStatement riskFrom(const O &o)
{
    MemoRiskStatement r;
    r.level = severityFromKey(o[k("level")].toString());
    r.provisional = o[k("provisional")].toBool();
    r.statement = o[k("statement")].toString();
    r.high = o[k("high")].toInt();
    r.medium = o[k("medium")].toInt();
    r.low = o[k("low")].toInt();
    r.confirmed = o[k("confirmed")].toInt();
    r.suggested = o[k("suggested")].toInt();
    r.rejected = o[k("rejected")].toInt();
    r.changedSinceReview = o[k("changed_since_review")].toInt();
    return r;
}

template <typename T, typename Fn>
A listJson(const QList<T> &list, Fn &&fn)
{
    A a;
    for (const T &x : list)
        a.append(fn(x));
    return a;
}

template <typename T, typename Fn>
QList<T> listFrom(const QJsonValue &v, Fn &&fn)
{
    QList<T> out;
    for (const QJsonValue &x : v.toArray())
        out.append(fn(x.toObject()));
    return out;
}

} // namespace

QJsonObject MemoCanonical::toJson(const MemoContent &c)
{
    return O{{k("format"), QString::fromLatin1(kFormat)},
             {k("spec"), c.spec.toJson()},
             {k("title"), c.title},
             {k("subject"), c.subject},
             {k("date"), c.date},
             {k("generated_at"), c.generatedAt},
             {k("archive"), c.archiveName},
             {k("scope_description"), c.scopeDescription},
             {k("platforms"), strings(c.platforms)},
             {k("clause_types"), strings(c.clauseTypes)},
             {k("documents"), listJson(c.documents, documentJson)},
             {k("findings"), listJson(c.findings, findingJson)},
             {k("risk"), riskJson(c.risk)},
             {k("changes_since"), c.changesSince},
             {k("changes_since_reason"), c.changesSinceReason},
             {k("changes"), listJson(c.changes, changeJson)},
             {k("benchmark"), listJson(c.benchmark, benchmarkJson)},
             {k("recommendations"), strings(c.recommendations)},
             {k("limitations"), strings(c.limitations)},
             {k("evidence"), listJson(c.evidence, evidenceJson)},
             {k("cited_hashes"), strings(c.citedHashes())}};
}

QByteArray MemoCanonical::serialize(const MemoContent &content)
{
    return QJsonDocument(toJson(content)).toJson(QJsonDocument::Compact);
}

Result<MemoContent> MemoCanonical::parse(const QByteArray &canonical)
{
    const QString op = QCoreApplication::translate("cw::MemoCanonical", "reading memo content");
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(canonical, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(op, err.errorString());
    const O o = doc.object();
    if (o[k("format")].toString() != QLatin1String(kFormat))
        return makeError(op, QCoreApplication::translate("cw::MemoCanonical",
                                                         "unknown memo format “%1”")
                                 .arg(o[k("format")].toString()));
    MemoContent c;
    if (auto spec = MemoSpec::fromJson(o[k("spec")].toObject()); spec)
        c.spec = *spec;
    c.title = o[k("title")].toString();
    c.subject = o[k("subject")].toString();
    c.date = o[k("date")].toString();
    c.generatedAt = o[k("generated_at")].toString();
    c.archiveName = o[k("archive")].toString();
    c.scopeDescription = o[k("scope_description")].toString();
    c.platforms = strings(o[k("platforms")]);
    c.clauseTypes = strings(o[k("clause_types")]);
    c.documents = listFrom<MemoScopeDocument>(o[k("documents")], documentFrom);
    c.findings = listFrom<MemoFinding>(o[k("findings")], findingFrom);
    c.risk = riskFrom(o[k("risk")].toObject());
    c.changesSince = o[k("changes_since")].toString();
    c.changesSinceReason = o[k("changes_since_reason")].toString();
    c.changes = listFrom<MemoChange>(o[k("changes")], changeFrom);
    c.benchmark = listFrom<MemoBenchmarkEntry>(o[k("benchmark")], benchmarkFrom);
    c.recommendations = strings(o[k("recommendations")]);
    c.limitations = strings(o[k("limitations")]);
    c.evidence = listFrom<MemoEvidence>(o[k("evidence")], evidenceFrom);
    return c;
}

} // namespace cw
