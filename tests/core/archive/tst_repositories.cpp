// Round trips through every table of the archive, on a real file.

#include "TestSupport.h"
#include "archive/AlertRepository.h"
#include "archive/AuditRepository.h"
#include "archive/ClauseRepository.h"
#include "archive/DocumentRepository.h"
#include "archive/FlagRepository.h"
#include "archive/MemoRepository.h"
#include "archive/PlatformRepository.h"
#include "archive/SnapshotRepository.h"
#include "archive/VersionRepository.h"

#include <QObject>
#include <QTest>

using namespace cw;

namespace {

// A clause type row, as the taxonomy loader would write it.
void addClauseType(const Database &db, const char *key)
{
    auto st = db.prepare("INSERT INTO clause_types(key, name, category, default_severity, "
                         "updated_at) VALUES (?, ?, 'disputes', 'high', '2024-01-01T00:00:00Z')");
    QVERIFY(st.ok());
    st->bind(1, key).bind(2, QString::fromLatin1(key).toUpper());
    QVERIFY(st->exec().ok());
}

} // namespace

class TestRepositories : public QObject
{
    Q_OBJECT

    test::TempArchive m_archive;
    std::unique_ptr<Database> m_db;
    qint64 m_platform = 0;
    qint64 m_document = 0;
    qint64 m_version = 0;
    qint64 m_snapshot = 0;
    qint64 m_clause = 0;

private Q_SLOTS:
    void initTestCase() { m_db = m_archive.open(); }

    void platforms()
    {
        PlatformRepository repo(*m_db);
        auto id = repo.ensure(QStringLiteral("Streamly"), QStringLiteral("Streaming"),
                              QStringLiteral("https://streamly.example"));
        QVERIFY(id.ok());
        m_platform = *id;
        // Names are unique case-insensitively: ensure finds the same row.
        QCOMPARE(repo.ensure(QStringLiteral("STREAMLY")).value(), m_platform);
        auto p = repo.get(m_platform);
        QVERIFY(p.ok() && p->has_value());
        QCOMPARE((*p)->name, QStringLiteral("Streamly"));
        QCOMPARE((*p)->category, QStringLiteral("Streaming"));
        QCOMPARE((*p)->website, QStringLiteral("https://streamly.example"));
        QVERIFY(!(*p)->createdAt.isEmpty());
        QCOMPARE(repo.all()->size(), 1);
    }

    void documents()
    {
        DocumentRepository repo(*m_db);
        auto id = repo.ensure(m_platform, QStringLiteral("Terms of Service"),
                              QStringLiteral("Streamly Terms"), QStringLiteral("https://s.example/t"));
        QVERIFY(id.ok());
        m_document = *id;
        QCOMPARE(repo.ensure(m_platform, QStringLiteral("Terms of Service")).value(), m_document);
        QVERIFY(repo.setSelectors(m_document, QStringLiteral("main"), QStringLiteral(".cookie")).ok());
        auto d = repo.get(m_document);
        QVERIFY(d.ok() && d->has_value());
        QCOMPARE((*d)->title, QStringLiteral("Streamly Terms"));
        QCOMPARE((*d)->sourceUrl, QStringLiteral("https://s.example/t"));
        QCOMPARE((*d)->selectCss, QStringLiteral("main"));
        QCOMPARE((*d)->removeCss, QStringLiteral(".cookie"));
        QCOMPARE((*d)->recordId(), QStringLiteral("CW-D-%1").arg(m_document, 6, 10, QLatin1Char('0')));
    }

    void snapshots()
    {
        SnapshotRepository repo(*m_db);
        Snapshot s;
        s.documentId = m_document;
        s.capturedAt = QStringLiteral("2024-03-04T10:15:00Z");
        s.originKind = OriginKind::Url;
        s.origin = QStringLiteral("https://s.example/t");
        s.httpStatus = 200;
        s.httpHeaders = QStringLiteral(R"({"content-type":"text/html"})");
        s.contentType = QStringLiteral("text/html");
        s.raw = QByteArray("<p>a\0b\xff</p>", 12); // NUL and non-UTF-8 bytes survive
        s.rawSha256 = Sha256::hexOf(s.raw);
        s.textSha256 = Sha256::hexOfText(QStringLiteral("a b"));
        auto id = repo.insert(s);
        QVERIFY(id.ok());
        m_snapshot = *id;
        auto back = repo.get(m_snapshot);
        QVERIFY(back.ok() && back->has_value());
        const Snapshot &b = **back;
        QCOMPARE(b.raw, s.raw);
        QCOMPARE(b.rawSha256, s.rawSha256);
        QCOMPARE(b.textSha256, s.textSha256);
        QCOMPARE(b.originKind, OriginKind::Url);
        QCOMPARE(b.httpStatus.value_or(0), 200);
        QCOMPARE(b.httpHeaders, s.httpHeaders);
        QCOMPARE(b.capturedAt, s.capturedAt);
        QVERIFY(!b.suspect);
        // Listing leaves the bytes out.
        auto list = repo.forDocument(m_document);
        QCOMPARE(list->size(), 1);
        QVERIFY(list->first().raw.isEmpty());
        // An empty capture is stored as an empty blob, not NULL.
        Snapshot empty = s;
        empty.raw.clear();
        empty.rawSha256 = Sha256::hexOf({});
        empty.suspect = true;
        empty.qualityReason = QStringLiteral("empty file");
        empty.outcome = CaptureOutcome::Suspect;
        auto eid = repo.insert(empty);
        QVERIFY(eid.ok());
        auto eback = repo.get(*eid);
        QVERIFY((*eback)->suspect);
        QCOMPARE((*eback)->qualityReason, QStringLiteral("empty file"));
        QCOMPARE((*eback)->outcome, CaptureOutcome::Suspect);
        QVERIFY((*eback)->raw.isEmpty());
    }

    void versionsAndVerifications()
    {
        VersionRepository repo(*m_db);
        Version v;
        v.documentId = m_document;
        v.text = QStringLiteral("# Terms\n\nHello — “quoted” ünïcode.");
        v.textSha256 = Sha256::hexOfText(v.text);
        v.firstSnapshotId = m_snapshot;
        v.firstSeen = QStringLiteral("2024-03-04T10:15:00Z");
        v.declaredUpdated = QStringLiteral("2024-03-01");
        auto id = repo.insert(v);
        QVERIFY(id.ok());
        m_version = *id;
        Version v2 = v;
        v2.text += QStringLiteral("\n\nMore.");
        v2.textSha256 = Sha256::hexOfText(v2.text);
        v2.firstSeen = QStringLiteral("2024-05-01T00:00:00Z");
        auto id2 = repo.insert(v2);
        QVERIFY(id2.ok());
        auto back = repo.get(m_version);
        QCOMPARE((*back)->text, v.text);
        QCOMPARE((*back)->number, 1);
        QCOMPARE((*back)->declaredUpdated, QStringLiteral("2024-03-01"));
        QCOMPARE((*back)->lastVerified, v.firstSeen);
        QCOMPARE(repo.latest(m_document).value()->number, 2);
        QCOMPARE(repo.findByHash(m_document, v.textSha256).value()->id, m_version);
        QVERIFY(repo.addVerification(m_version, m_snapshot, QStringLiteral("2024-06-01T00:00:00Z")).ok());
        QCOMPARE(repo.get(m_version).value()->lastVerified, QStringLiteral("2024-06-01T00:00:00Z"));
        // An older verification does not move "last verified" backwards.
        QVERIFY(repo.addVerification(m_version, m_snapshot, QStringLiteral("2024-04-01T00:00:00Z")).ok());
        QCOMPARE(repo.get(m_version).value()->lastVerified, QStringLiteral("2024-06-01T00:00:00Z"));
        auto count = m_db->prepare("SELECT count(*) FROM verifications WHERE version_id = ?");
        count->bind(1, m_version);
        QVERIFY(count->step().value());
        QCOMPARE(count->integer(0), 2);
    }

    void clausesAndLineages()
    {
        ClauseRepository repo(*m_db);
        auto lineage = repo.newLineage(m_document);
        QVERIFY(lineage.ok());
        QList<Clause> clauses(2);
        for (int i = 0; i < 2; ++i) {
            clauses[i].versionId = m_version;
            clauses[i].ordinal = i;
            clauses[i].start = i * 10;
            clauses[i].end = i * 10 + 8;
            clauses[i].headingPath = {QStringLiteral("Terms"), QStringLiteral("4. Disputes")};
            clauses[i].number = QStringLiteral("4.%1").arg(i + 1);
            clauses[i].kind = QStringLiteral("paragraph");
            clauses[i].text = QStringLiteral("Clause %1 about arbitration").arg(i);
            clauses[i].textHash = Sha256::hexOfText(clauses[i].text);
            clauses[i].lineageId = *lineage;
            clauses[i].lineageStatus = i ? LineageStatus::Modified : LineageStatus::Unchanged;
            clauses[i].similarity = 0.75;
        }
        clauses[1].lineageId = repo.newLineage(m_document).value();
        QVERIFY(repo.insertAll(clauses).ok());
        QVERIFY(clauses[0].id > 0 && clauses[1].id > clauses[0].id);
        m_clause = clauses[0].id;
        auto back = repo.forVersion(m_version);
        QCOMPARE(back->size(), 2);
        const Clause &c = back->at(1);
        QCOMPARE(c.headingPath, clauses[1].headingPath);
        QCOMPARE(c.number, QStringLiteral("4.2"));
        QCOMPARE(c.lineageStatus, LineageStatus::Modified);
        QCOMPARE(c.similarity, 0.75);
        QCOMPARE(c.start, 10);
        QCOMPARE(repo.inVersion(*lineage, m_version).value()->id, m_clause);
    }

    void manyClausesGetTheirOwnIds()
    {
        // Two multi-row chunks and a remainder: every clause's id is the row
        // that holds its text.
        ClauseRepository repo(*m_db);
        const qint64 lineage = repo.newLineage(m_document).value();
        QList<Clause> clauses(75);
        for (int i = 0; i < 75; ++i) {
            Clause &c = clauses[i];
            c.versionId = m_version;
            c.ordinal = 1000 + i;
            c.text = QStringLiteral("Clause number %1 with \"quotes\" and ünïcode").arg(i);
            c.textHash = Sha256::hexOfText(c.text);
            c.headingPath = {QStringLiteral("Part %1").arg(i % 3)};
            c.lineageId = lineage;
        }
        QVERIFY(repo.insertAll(clauses).ok());
        for (const Clause &c : clauses) {
            const auto back = repo.get(c.id).value();
            QVERIFY(back.has_value());
            QCOMPARE(back->text, c.text);
            QCOMPARE(back->ordinal, c.ordinal);
            QCOMPARE(back->headingPath, c.headingPath);
        }
        QVERIFY(m_db->exec("DELETE FROM clauses WHERE ordinal >= 1000").ok());
    }

    void flags()
    {
        addClauseType(*m_db, "arbitration");
        FlagRepository repo(*m_db);
        Flag f;
        f.lineageId = repo.get(1).ok() ? 0 : 0;
        f.lineageId = ClauseRepository(*m_db).get(m_clause).value()->lineageId;
        f.clauseId = m_clause;
        f.typeKey = QStringLiteral("arbitration");
        f.severity = Severity::High;
        f.ruleId = QStringLiteral("arbitration.binding");
        f.confidence = 0.9;
        f.evidence = {{7, 12}, {20, 31}};
        f.reasons = {QStringLiteral("no opt-out window")};
        f.summary = QStringLiteral("Disputes go to arbitration.");
        auto id = repo.insert(f);
        QVERIFY(id.ok());
        auto back = repo.get(*id);
        QVERIFY(back->has_value());
        const Flag &b = **back;
        QCOMPARE(b.evidence, f.evidence);
        QCOMPARE(b.reasons, f.reasons);
        QCOMPARE(b.severity, Severity::High);
        QCOMPARE(b.status, ReviewStatus::Suggested);
        QCOMPARE(b.recordId(), QStringLiteral("CW-P-%1").arg(*id, 6, 10, QLatin1Char('0')));
        // One flag per lineage and type.
        QVERIFY(!repo.insert(f).ok());

        Flag changed = b;
        changed.status = ReviewStatus::Confirmed;
        changed.severity = Severity::Medium;
        changed.notes = QStringLiteral("Opt-out exists in 4.3");
        QVERIFY(repo.update(changed).ok());
        QCOMPARE(repo.get(*id).value()->status, ReviewStatus::Confirmed);
        QCOMPARE(repo.get(*id).value()->notes, changed.notes);
        QCOMPARE(repo.findByLineage(f.lineageId, f.typeKey).value()->id, *id);

        FlagQuery q;
        q.platformId = m_platform;
        q.currentOnly = false;
        auto rows = repo.query(q);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().platformName, QStringLiteral("Streamly"));
        QCOMPARE(rows->first().typeName, QStringLiteral("ARBITRATION"));
        QCOMPARE(repo.count(q).value(), 1);
        q.severity = Severity::High;
        QCOMPARE(repo.count(q).value(), 0);
        // The clause is in version 1, not the newest: not "current".
        FlagQuery current;
        QCOMPARE(repo.count(current).value(), 0);
    }

    void auditLog()
    {
        AuditRepository repo(*m_db);
        AuditEntry e;
        e.actor = QStringLiteral("analyst@example");
        e.action = QStringLiteral("confirm");
        e.entity = QStringLiteral("flag");
        e.entityId = 1;
        e.before = QJsonObject{{QStringLiteral("status"), QStringLiteral("suggested")}};
        e.after = QJsonObject{{QStringLiteral("status"), QStringLiteral("confirmed")}};
        e.reason = QStringLiteral("Matches section 4");
        QVERIFY(repo.record(e).ok());
        auto list = repo.list(QStringLiteral("flag"), 1);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().after, e.after);
        QCOMPARE(list->first().reason, e.reason);
        QVERIFY(!list->first().at.isEmpty());
    }

    void alerts()
    {
        AlertRepository repo(*m_db);
        Alert a;
        a.documentId = m_document;
        a.fromVersionId = m_version;
        a.toVersionId = VersionRepository(*m_db).latest(m_document).value()->id;
        a.summary = QStringLiteral("1 clause changed.");
        a.details = QJsonObject{{QStringLiteral("changed"), 1}};
        auto id = repo.insert(a);
        QVERIFY(id.ok());
        QCOMPARE(repo.list(true)->size(), 1);
        QVERIFY(repo.markRead(*id).ok());
        QCOMPARE(repo.list(true)->size(), 0);
        auto all = repo.list(false);
        QCOMPARE(all->first().summary, a.summary);
        QCOMPARE(all->first().fromVersionId.value_or(0), m_version);
        QCOMPARE(all->first().documentId, m_document);
        QCOMPARE(all->first().details, a.details);
    }

    void memos()
    {
        MemoRepository repo(*m_db);
        MemoRecord m;
        m.title = QStringLiteral("Streamly review");
        m.scope = QJsonObject{{QStringLiteral("platform"), QStringLiteral("Streamly")}};
        m.fingerprint = Sha256::hexOf("content");
        m.content = QStringLiteral("{\"findings\":[]}");
        auto id = repo.insert(m);
        QVERIFY(id.ok());
        QVERIFY(repo.setPdfSha256(*id, Sha256::hexOf("pdf")).ok());
        auto back = repo.findByFingerprint(m.fingerprint);
        QVERIFY(back->has_value());
        QCOMPARE((*back)->pdfSha256, Sha256::hexOf("pdf"));
        QCOMPARE((*back)->scope, m.scope);
        QCOMPARE(repo.list()->size(), 1);
    }

    void schemaTwoTables()
    {
        // watchlist, import_cursors and archive_meta have no repository yet;
        // their constraints are part of the schema contract.
        QVERIFY(m_db->exec("INSERT INTO archive_meta(key, value) VALUES ('k', 'v')").ok());
        auto w = m_db->prepare("INSERT INTO watchlist(platform_id, created_at) VALUES (?, 'now')");
        w->bind(1, m_platform);
        QVERIFY(w->exec().ok());
        // Exactly one target per watch.
        auto bad = m_db->prepare(
            "INSERT INTO watchlist(platform_id, document_id, created_at) VALUES (?, ?, 'now')");
        bad->bind(1, m_platform).bind(2, m_document);
        QVERIFY(!bad->exec().ok());
        auto c = m_db->prepare("INSERT INTO import_cursors(document_id, source, last_commit, "
                               "last_time) VALUES (?, 'repo', 'abc', '2024-01-01T00:00:00Z')");
        c->bind(1, m_document);
        QVERIFY(c->exec().ok());
    }

    void foreignKeysHold()
    {
        auto st = m_db->prepare("INSERT INTO documents(platform_id, terms_type, created_at) "
                                "VALUES (999999, 'x', 'now')");
        QVERIFY(!st->exec().ok());
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
