#include "memo/MemoCollector.h"

#include "archive/Database.h"
#include "archive/DocumentRepository.h"
#include "archive/FlagRepository.h"
#include "archive/MemoRepository.h"
#include "archive/PlatformRepository.h"
#include "archive/SnapshotRepository.h"
#include "archive/VersionRepository.h"
#include "memo/MemoArchiveReader.h"
#include "memo/MemoAssessment.h"
#include "provenance/Citation.h"
#include "util/Time.h"

#include "memo/MemoText.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace cw {

namespace {

QString tr(const char *s, int n = -1)
{
    return n < 0 ? QCoreApplication::translate("cw::MemoCollector", s) : translateCount("cw::MemoCollector", s, n);
}

const LineageChangeProvider &defaultChanges()
{
    static const LineageChangeProvider p;
    return p;
}

const FlagBenchmarkProvider &defaultBenchmark()
{
    static const FlagBenchmarkProvider p;
    return p;
}

// A flag chosen for the memo and the clause whose wording it quotes.
struct Pick
{
    Flag flag;
    MemoClauseContext clause;
    QString previousQuote;
};

QString documentName(const MemoClauseContext &c)
{
    return c.documentTitle.isEmpty() ? c.termsType : c.documentTitle;
}

QString sourceUrlOf(const QString &originKind, const QString &origin, const QString &documentUrl)
{
    return originKind == QLatin1String("url") ? origin : documentUrl;
}

// The plain summary: the flag's own, else the type's template when it needs
// no filling in, else the type's description.
QString plainSummary(const Flag &f, const MemoClauseType &t)
{
    if (!f.summary.trimmed().isEmpty())
        return f.summary;
    if (!t.summaryTemplate.isEmpty() && !t.summaryTemplate.contains(QLatin1Char('{')))
        return t.summaryTemplate;
    return t.description;
}

QList<std::pair<int, int>> clipSpans(const QList<std::pair<int, int>> &spans, int length)
{
    QList<std::pair<int, int>> out;
    for (auto [s, e] : spans) {
        s = qBound(0, s, length);
        e = qBound(0, e, length);
        if (e > s)
            out.append({s, e});
    }
    std::sort(out.begin(), out.end());
    return out;
}

class Collector
{
public:
    Collector(const Database &db, const MemoProviders &providers, const MemoSpec &spec,
              const QDateTime &now)
        : m_db(db), m_reader(db), m_spec(spec), m_now(now),
          m_changes(providers.changes ? *providers.changes : defaultChanges()),
          m_benchmark(providers.benchmark ? *providers.benchmark : defaultBenchmark())
    {
    }

    Result<MemoContent> run()
    {
        CW_TRY(m_spec.validate());
        m_content.spec = m_spec;
        m_content.generatedAt = toIsoUtc(m_now);
        m_content.date = m_spec.date.isEmpty() ? m_now.toUTC().date().toString(Qt::ISODate)
                                               : m_spec.date;
        m_content.archiveName = QFileInfo(m_db.path()).fileName();

        switch (m_spec.scope) {
        case MemoScope::Platform: CW_TRY(pickPlatform()); break;
        case MemoScope::ClauseType: CW_TRY(pickClauseType()); break;
        case MemoScope::Diff: CW_TRY(pickDiff()); break;
        case MemoScope::Flags: CW_TRY(pickFlags()); break;
        }
        m_content.subject = m_spec.subject.trimmed().isEmpty() ? m_content.title : m_spec.subject;
        CW_TRY(buildFindings());
        CW_TRY(buildDocumentsAndEvidence());
        if (m_spec.options.changes)
            CW_TRY(buildChanges());
        if (m_spec.options.benchmark)
            CW_TRY(buildBenchmark());
        m_content.risk = MemoAssessment::risk(m_content.findings);
        m_content.recommendations = MemoAssessment::recommendations(m_content);
        m_content.limitations = MemoAssessment::limitations(m_content);
        return m_content;
    }

private:
    bool keep(const Flag &f) const
    {
        return m_spec.options.includeRejected || f.status != ReviewStatus::Rejected;
    }

    Status addPick(const Flag &flag, qint64 clauseId, const QString &previousQuote = {})
    {
        auto ctx = m_reader.clause(clauseId);
        if (!ctx)
            return ctx.error();
        if (!ctx->has_value())
            return makeError(tr("collecting the memo"),
                             tr("flag %1 points to a clause that is not in the archive")
                                 .arg(flag.recordId()));
        m_picks.append(Pick{flag, **ctx, previousQuote});
        return {};
    }

    Status pickRows(const FlagQuery &q, const QSet<qint64> &documents = {})
    {
        auto rows = FlagRepository(m_db).query(q);
        if (!rows)
            return rows.error();
        for (const FlagRow &r : *rows)
            if (keep(r.flag) && (documents.isEmpty() || documents.contains(r.documentId)))
                CW_TRY(addPick(r.flag, r.flag.clauseId));
        return {};
    }

    Status pickPlatform()
    {
        const QString op = tr("collecting the memo");
        auto platform = PlatformRepository(m_db).findByName(m_spec.platform.trimmed());
        if (!platform)
            return platform.error();
        if (!platform->has_value())
            return makeError(op, tr("no platform named “%1” in the archive").arg(m_spec.platform));
        const Platform &p = **platform;
        auto docs = DocumentRepository(m_db).summaries(p.id);
        if (!docs)
            return docs.error();
        QSet<qint64> wanted(m_spec.documentIds.cbegin(), m_spec.documentIds.cend());
        QSet<qint64> found;
        QStringList titles;
        for (const DocumentSummary &d : *docs) {
            if (!wanted.isEmpty() && !wanted.contains(d.document.id))
                continue;
            found.insert(d.document.id);
            m_scopeDocuments.append(d.document.id);
            titles << (d.document.title.isEmpty() ? d.document.termsType : d.document.title);
        }
        for (const qint64 id : wanted)
            if (!found.contains(id))
                return makeError(op, tr("%1 is not a document of %2")
                                         .arg(recordId(RecordKind::Document, id), p.name));
        m_content.platforms << p.name;
        m_content.title = tr("Compliance memo: %1").arg(p.name);
        m_content.scopeDescription =
            wanted.isEmpty()
                ? tr("All %n document(s) of %1 held in the archive (%2), as of their latest "
                     "captured versions.",
                     int(titles.size()))
                      .arg(p.name, titles.join(QStringLiteral("; ")))
                : tr("Selected document(s) of %1 (%2), as of their latest captured versions.")
                      .arg(p.name, titles.join(QStringLiteral("; ")));
        FlagQuery q;
        q.platformId = p.id;
        return pickRows(q, found);
    }

    Status pickClauseType()
    {
        auto exists = m_reader.hasClauseType(m_spec.typeKey);
        if (!exists)
            return exists.error();
        if (!*exists)
            return makeError(tr("collecting the memo"),
                             tr("no clause type “%1” in the archive").arg(m_spec.typeKey));
        auto type = m_reader.clauseType(m_spec.typeKey);
        if (!type)
            return type.error();
        m_content.title = tr("Compliance memo: %1 across platforms").arg(type->name);
        m_content.scopeDescription =
            tr("Every platform in the archive whose current documents carry a flag of the clause "
               "type “%1”, as of their latest captured versions.")
                .arg(type->name);
        FlagQuery q;
        q.typeKey = m_spec.typeKey;
        CW_TRY(pickRows(q));
        QSet<qint64> docs;
        for (const Pick &p : m_picks)
            if (!docs.contains(p.clause.documentId)) {
                docs.insert(p.clause.documentId);
                m_scopeDocuments.append(p.clause.documentId);
            }
        return {};
    }

    Status pickDiff()
    {
        const QString op = tr("collecting the memo");
        VersionRepository versions(m_db);
        auto a = versions.get(m_spec.fromVersionId, false);
        auto b = versions.get(m_spec.toVersionId, false);
        if (!a)
            return a.error();
        if (!b)
            return b.error();
        if (!a->has_value())
            return makeError(op, tr("no version with id %1").arg(m_spec.fromVersionId));
        if (!b->has_value())
            return makeError(op, tr("no version with id %1").arg(m_spec.toVersionId));
        Version older = **a, newer = **b;
        if (older.documentId != newer.documentId)
            return makeError(op, tr("versions %1 and %2 belong to different documents")
                                     .arg(older.id)
                                     .arg(newer.id));
        if (older.number > newer.number)
            std::swap(older, newer);
        m_diffFrom = older;
        m_diffTo = newer;
        auto doc = DocumentRepository(m_db).get(older.documentId);
        if (!doc)
            return doc.error();
        auto platform = PlatformRepository(m_db).get((*doc)->platformId);
        if (!platform)
            return platform.error();
        const QString platformName = platform->has_value() ? (*platform)->name : QString();
        const QString docName = (*doc)->title.isEmpty() ? (*doc)->termsType : (*doc)->title;
        m_content.platforms << platformName;
        m_content.title = tr("Change memo: %1, version %2 to %3").arg(docName, QString::number(older.number), QString::number(newer.number));
        m_content.scopeDescription =
            tr("The change to %1 of %2 between version %3 (first captured %4) and version %5 "
               "(first captured %6), and the flagged clauses it touched.")
                .arg(docName, platformName, QString::number(older.number), older.firstSeen,
                     QString::number(newer.number), newer.firstSeen);
        m_scopeDocuments.append(older.documentId);

        // Flags whose clause reads differently in the newer version.
        FlagQuery q;
        q.documentId = older.documentId;
        q.currentOnly = false;
        auto rows = FlagRepository(m_db).query(q);
        if (!rows)
            return rows.error();
        for (const FlagRow &r : *rows) {
            if (!keep(r.flag))
                continue;
            auto inNew = m_reader.clauseInVersion(r.flag.lineageId, newer.id);
            auto inOld = m_reader.clauseInVersion(r.flag.lineageId, older.id);
            if (!inNew)
                return inNew.error();
            if (!inOld)
                return inOld.error();
            if (!inNew->has_value())
                continue;
            if (inOld->has_value() && (*inOld)->textHash == (*inNew)->textHash)
                continue;
            m_picks.append(Pick{r.flag, **inNew, inOld->has_value() ? (*inOld)->text : QString()});
        }
        return {};
    }

    Status pickFlags()
    {
        FlagRepository flags(m_db);
        QSet<qint64> seen;
        for (const qint64 id : m_spec.flagIds) {
            if (seen.contains(id))
                continue;
            seen.insert(id);
            auto f = flags.get(id);
            if (!f)
                return f.error();
            if (!f->has_value())
                return makeError(tr("collecting the memo"),
                                 tr("no flag %1 in the archive").arg(recordId(RecordKind::Provision, id)));
            CW_TRY(addPick(**f, (*f)->clauseId));
        }
        QSet<qint64> docs;
        QStringList platforms;
        for (const Pick &p : m_picks) {
            platforms << p.clause.platform;
            if (!docs.contains(p.clause.documentId)) {
                docs.insert(p.clause.documentId);
                m_scopeDocuments.append(p.clause.documentId);
            }
        }
        platforms.removeDuplicates();
        m_content.title = tr("Compliance memo: selected provisions");
        m_content.scopeDescription =
            tr("%n provision(s) selected by the analyst", int(m_picks.size())) + QLatin1Char(' ') +
            tr("from %1, as worded in the versions cited.").arg(platforms.join(QStringLiteral(", ")));
        return {};
    }

    Status buildFindings()
    {
        std::stable_sort(m_picks.begin(), m_picks.end(), [](const Pick &x, const Pick &y) {
            if (x.flag.severity != y.flag.severity)
                return x.flag.severity > y.flag.severity;
            if (const int c = x.clause.platform.compare(y.clause.platform, Qt::CaseInsensitive))
                return c < 0;
            if (x.clause.termsType != y.clause.termsType)
                return x.clause.termsType < y.clause.termsType;
            if (x.clause.ordinal != y.clause.ordinal)
                return x.clause.ordinal < y.clause.ordinal;
            return x.flag.typeKey < y.flag.typeKey;
        });
        QStringList typeNames;
        for (const Pick &p : m_picks) {
            auto type = m_reader.clauseType(p.flag.typeKey);
            if (!type)
                return type.error();
            const MemoClauseContext &c = p.clause;
            MemoFinding f;
            f.flagId = p.flag.id;
            f.recordId = p.flag.recordId();
            f.platform = c.platform;
            f.documentTitle = documentName(c);
            f.termsType = c.termsType;
            f.documentRecordId = recordId(RecordKind::Document, c.documentId);
            f.versionNumber = c.versionNumber;
            f.headingPath = c.headingPath;
            f.typeKey = p.flag.typeKey;
            f.typeName = type->name;
            f.category = type->category;
            f.severity = p.flag.severity;
            f.status = p.flag.status;
            f.changedSinceReview = p.flag.changedSinceReview;
            f.analystFlag = p.flag.origin == FlagOrigin::Analyst;
            f.quote = c.text;
            // Evidence spans index the flag's own clause; they only hold for
            // the quoted clause when it is that clause.
            if (c.clauseId == p.flag.clauseId)
                f.evidence = clipSpans(p.flag.evidence, int(c.text.size()));
            f.previousQuote = p.previousQuote;
            f.plainSummary = plainSummary(p.flag, *type);
            f.whyItMatters = type->whyItMatters;
            f.consumerImpact = type->consumerImpact;
            if (m_spec.options.regulations)
                f.regulations = type->regulations;
            f.notes = p.flag.notes;
            f.snapshotId = c.snapshotId;
            f.citation = Citation::line(
                CitationFacts{c.platform, f.documentTitle, f.recordId, c.capturedAt, c.rawSha256});
            m_content.findings.append(f);
            typeNames << type->name;
            if (!m_content.platforms.contains(c.platform))
                m_content.platforms << c.platform;
            addEvidence(c);
        }
        typeNames.removeDuplicates();
        m_content.clauseTypes = typeNames;
        return {};
    }

    void addEvidence(const MemoClauseContext &c)
    {
        if (c.snapshotId == 0 || m_evidenceIds.contains(c.snapshotId))
            return;
        m_evidenceIds.insert(c.snapshotId);
        MemoEvidence e;
        e.snapshotId = c.snapshotId;
        e.platform = c.platform;
        e.documentTitle = documentName(c);
        e.documentRecordId = recordId(RecordKind::Document, c.documentId);
        e.versionNumber = c.versionNumber;
        e.capturedAt = c.capturedAt;
        e.origin = c.originKind;
        e.sourceUrl = sourceUrlOf(c.originKind, c.origin, c.documentUrl);
        e.waybackUrl = Citation::waybackUrl(c.capturedAt, e.sourceUrl);
        e.rawSha256 = c.rawSha256;
        e.textSha256 = c.snapshotTextSha256;
        e.lastVerified = c.versionLastVerified;
        m_content.evidence.append(e);
    }

    Status addVersionEvidence(const Document &doc, const QString &platform, const Version &v)
    {
        if (!v.firstSnapshotId || m_evidenceIds.contains(*v.firstSnapshotId))
            return {};
        auto snap = SnapshotRepository(m_db).get(*v.firstSnapshotId, false);
        if (!snap)
            return snap.error();
        if (!snap->has_value())
            return {};
        const Snapshot &s = **snap;
        MemoClauseContext c;
        c.platform = platform;
        c.documentTitle = doc.title;
        c.termsType = doc.termsType;
        c.documentId = doc.id;
        c.documentUrl = doc.sourceUrl;
        c.versionNumber = v.number;
        c.versionLastVerified = v.lastVerified;
        c.snapshotId = s.id;
        c.capturedAt = s.capturedAt;
        c.originKind = originKindKey(s.originKind);
        c.origin = s.origin;
        c.rawSha256 = s.rawSha256;
        c.snapshotTextSha256 = s.textSha256;
        addEvidence(c);
        return {};
    }

    Status addScopeDocument(const Document &doc, const QString &platform, const Version &v,
                            int versionCount)
    {
        MemoScopeDocument d;
        d.platform = platform;
        d.title = doc.title.isEmpty() ? doc.termsType : doc.title;
        d.termsType = doc.termsType;
        d.recordId = doc.recordId();
        d.versionNumber = v.number;
        d.versionCount = versionCount;
        d.versionFirstSeen = v.firstSeen;
        d.lastVerified = v.lastVerified;
        d.textSha256 = v.textSha256;
        d.sourceUrl = doc.sourceUrl;
        m_content.documents.append(d);
        return addVersionEvidence(doc, platform, v);
    }

    Status buildDocumentsAndEvidence()
    {
        DocumentRepository documents(m_db);
        VersionRepository versions(m_db);
        PlatformRepository platforms(m_db);
        for (const qint64 id : m_scopeDocuments) {
            auto doc = documents.get(id);
            if (!doc)
                return doc.error();
            if (!doc->has_value())
                continue;
            auto platform = platforms.get((*doc)->platformId);
            if (!platform)
                return platform.error();
            const QString name = platform->has_value() ? (*platform)->name : QString();
            auto list = versions.forDocument(id);
            if (!list)
                return list.error();
            if (list->isEmpty())
                continue;
            m_versionsByDocument.insert(id, *list);
            if (m_spec.scope == MemoScope::Diff) {
                CW_TRY(addScopeDocument(**doc, name, *m_diffFrom, int(list->size())));
                CW_TRY(addScopeDocument(**doc, name, *m_diffTo, int(list->size())));
            } else {
                CW_TRY(addScopeDocument(**doc, name, list->constLast(), int(list->size())));
            }
        }
        std::stable_sort(m_content.evidence.begin(), m_content.evidence.end(),
                         [](const MemoEvidence &x, const MemoEvidence &y) {
                             if (const int c = x.platform.compare(y.platform, Qt::CaseInsensitive))
                                 return c < 0;
                             if (x.documentTitle != y.documentTitle)
                                 return x.documentTitle < y.documentTitle;
                             return x.versionNumber < y.versionNumber;
                         });
        return {};
    }

    // The start of "changes since the last review": the option, else the
    // previous memo on the same scope.
    Status chooseSince()
    {
        if (!m_spec.options.changesSince.isEmpty()) {
            m_content.changesSince = toIsoUtc(fromIso(m_spec.options.changesSince));
            m_content.changesSinceReason = tr("the date requested for this memo");
            return {};
        }
        auto memos = MemoRepository(m_db).list();
        if (!memos)
            return memos.error();
        const QJsonObject scope = m_spec.scopeJson();
        for (const MemoRecord &m : *memos) { // newest first
            if (MemoSpec::fromJson(m.scope).valueOr(MemoSpec()).scopeJson() == scope) {
                m_content.changesSince = m.createdAt;
                m_content.changesSinceReason = tr("the previous memo on this scope");
                return {};
            }
        }
        m_content.changesSinceReason =
            tr("no earlier memo on this scope: each document's latest change is shown");
        return {};
    }

    Status buildChanges()
    {
        if (m_spec.scope == MemoScope::Diff) {
            m_content.changesSinceReason = tr("the two versions this memo compares");
            m_content.changesSince = m_diffFrom->firstSeen;
            auto ch = m_changes.change(m_db, m_diffFrom->id, m_diffTo->id);
            if (!ch)
                return ch.error();
            m_content.changes.append(*ch);
            return {};
        }
        CW_TRY(chooseSince());
        const QDateTime since = fromIso(m_content.changesSince);
        for (const qint64 id : m_scopeDocuments) {
            const QList<Version> list = m_versionsByDocument.value(id);
            for (qsizetype i = 1; i < list.size(); ++i) {
                const bool wanted = since.isValid() ? fromIso(list[i].firstSeen) >= since
                                                    : i == list.size() - 1;
                if (!wanted)
                    continue;
                auto ch = m_changes.change(m_db, list[i - 1].id, list[i].id);
                if (!ch)
                    return ch.error();
                m_content.changes.append(*ch);
            }
        }
        return {};
    }

    Status buildBenchmark()
    {
        QStringList keys;
        if (m_spec.scope == MemoScope::ClauseType)
            keys << m_spec.typeKey;
        for (const MemoFinding &f : m_content.findings)
            if (f.status != ReviewStatus::Rejected && !keys.contains(f.typeKey))
                keys << f.typeKey;
        if (keys.isEmpty())
            return {};
        auto entries = m_benchmark.benchmark(m_db, keys);
        if (!entries)
            return entries.error();
        QSet<QString> inScope;
        for (const QString &p : m_content.platforms)
            inScope.insert(p.toLower());
        for (MemoBenchmarkEntry e : *entries) {
            e.inScope = inScope.contains(e.platform.toLower());
            m_content.benchmark.append(e);
        }
        return {};
    }

    const Database &m_db;
    MemoArchiveReader m_reader;
    const MemoSpec &m_spec;
    QDateTime m_now;
    const MemoChangeProvider &m_changes;
    const MemoBenchmarkProvider &m_benchmark;
    MemoContent m_content;
    QList<Pick> m_picks;
    QList<qint64> m_scopeDocuments;
    QHash<qint64, QList<Version>> m_versionsByDocument;
    QSet<qint64> m_evidenceIds;
    std::optional<Version> m_diffFrom;
    std::optional<Version> m_diffTo;
};

} // namespace

MemoCollector::MemoCollector(const Database &db, MemoProviders providers)
    : m_db(db), m_providers(providers)
{
}

Result<MemoContent> MemoCollector::collect(const MemoSpec &spec, const QDateTime &now) const
{
    return Collector(m_db, m_providers, spec, now).run();
}

} // namespace cw
