// ReviewService on a copy of the review fixture: decisions, bulk, audit, undo/redo.

#include "ReviewFixture.h"
#include "archive/AuditRepository.h"
#include "archive/FlagRepository.h"
#include "services/ReviewService.h"

#include <QObject>
#include <QTest>

using namespace cw;

namespace {

QList<qint64> flagIds(const Database &db, const QString &typeKey, int limit)
{
    FlagQuery q;
    q.typeKey = typeKey;
    q.status = ReviewStatus::Suggested; // not yet reviewed: every decision changes something
    q.limit = limit;
    QList<qint64> ids;
    const QList<FlagRow> rows = FlagRepository(db).query(q).value();
    for (const FlagRow &r : rows)
        ids << r.flag.id;
    return ids;
}

Flag flag(const Database &db, qint64 id)
{
    return FlagRepository(db).get(id).value().value();
}

} // namespace

class TestReviewService : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ReviewFixtureArchive> m_archive;
    std::unique_ptr<Database> m_db;
    int m_tick = 0;

    ReviewService service()
    {
        return ReviewService(*m_db, QStringLiteral("ana@example"), [this] {
            return QStringLiteral("2026-03-01T10:00:%1Z").arg(m_tick++, 2, 10, QLatin1Char('0'));
        });
    }

private Q_SLOTS:
    void init()
    {
        m_tick = 0;
        m_archive = std::make_unique<test::ReviewFixtureArchive>();
        m_db = m_archive->open();
    }
    void cleanup()
    {
        m_db.reset();
        m_archive.reset();
    }

    void decisions_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("after");
        QTest::newRow("confirm") << "confirm" << "status" << "confirmed";
        QTest::newRow("reject") << "reject" << "status" << "rejected";
        QTest::newRow("severity") << "change_severity" << "severity" << "low";
        QTest::newRow("type") << "change_type" << "type" << "auto_renewal";
        QTest::newRow("summary") << "edit_summary" << "summary" << "Plainly put.";
        QTest::newRow("notes") << "edit_notes" << "notes" << "Checked against 13.2.";
    }

    void decisions()
    {
        QFETCH(QString, action);
        QFETCH(QString, field);
        QFETCH(QString, after);
        const qint64 id = flagIds(*m_db, QStringLiteral("arbitration"), 1).first();
        const Flag before = flag(*m_db, id);
        ReviewDecision d;
        if (action == QLatin1String("confirm"))
            d = ReviewDecision::confirm({id}, QStringLiteral("why"));
        else if (action == QLatin1String("reject"))
            d = ReviewDecision::reject({id}, QStringLiteral("why"));
        else if (action == QLatin1String("change_severity"))
            d = ReviewDecision::changeSeverity({id}, Severity::Low, QStringLiteral("why"));
        else if (action == QLatin1String("change_type"))
            d = ReviewDecision::changeType({id}, after, QStringLiteral("why"));
        else if (action == QLatin1String("edit_summary"))
            d = ReviewDecision::editSummary({id}, after, QStringLiteral("why"));
        else
            d = ReviewDecision::setNotes({id}, after, QStringLiteral("why"));
        ReviewService s = service();
        auto out = s.apply(d);
        QVERIFY2(out.ok(), out.ok() ? "" : qPrintable(out.error().toString()));
        QCOMPARE(out->applied.patches.size(), 1);
        QCOMPARE(out->auditIds.size(), 1);

        // The audit entry: who, when, what, before, after, why.
        const AuditEntry e = AuditRepository(*m_db).list(QStringLiteral("flag"), id).value().first();
        QCOMPARE(e.actor, QStringLiteral("ana@example"));
        QCOMPARE(e.action, action);
        QCOMPARE(e.at, QStringLiteral("2026-03-01T10:00:00Z"));
        QCOMPARE(e.reason, QStringLiteral("why"));
        QCOMPARE(e.after.value(field).toString(), after);
        QVERIFY(e.before.contains(field));
        QVERIFY(e.before.value(field) != e.after.value(field));

        // The inverse restores the flag exactly (but its update time).
        auto undo = s.apply(out->inverse);
        QVERIFY(undo.ok());
        QCOMPARE(undo->applied.action, QStringLiteral("undo:") + action);
        Flag restored = flag(*m_db, id);
        QCOMPARE(restored.status, before.status);
        QCOMPARE(restored.severity, before.severity);
        QCOMPARE(restored.typeKey, before.typeKey);
        QCOMPARE(restored.summary, before.summary);
        QCOMPARE(restored.notes, before.notes);
        QCOMPARE(restored.changedSinceReview, before.changedSinceReview);
        // And the inverse of the undo is the redo.
        QCOMPARE(undo->inverse.action, action);
        QVERIFY(s.apply(undo->inverse).ok());
        QCOMPARE(AuditRepository(*m_db).count(QStringLiteral("flag"), id).value(), 3);
    }

    void confirmClearsChangedMarker()
    {
        FlagQuery q;
        q.changedOnly = true;
        q.limit = 1;
        const auto rows = FlagRepository(*m_db).query(q).value();
        QVERIFY(!rows.isEmpty());
        const qint64 id = rows.first().flag.id;
        ReviewService s = service();
        auto out = s.confirm({id});
        QVERIFY(out.ok());
        QCOMPARE(flag(*m_db, id).changedSinceReview, false);
        QVERIFY(s.apply(out->inverse).ok());
        QCOMPARE(flag(*m_db, id).changedSinceReview, true);
        QCOMPARE(flag(*m_db, id).status, ReviewStatus::Suggested);
    }

    void bulkIsAtomicAndSkipsNoOps()
    {
        const QList<qint64> ids = flagIds(*m_db, QStringLiteral("unilateral_change"), 4);
        QCOMPARE(ids.size(), 4);
        ReviewService s = service();
        QVERIFY(s.confirm({ids.at(0)}).ok());
        const int auditBefore = AuditRepository(*m_db).count().value();
        auto out = s.confirm(ids);
        QVERIFY(out.ok());
        // The first was already confirmed: three changes, three audit entries.
        QCOMPARE(out->applied.patches.size(), 3);
        QCOMPARE(AuditRepository(*m_db).count().value(), auditBefore + 3);
        for (qint64 id : ids)
            QCOMPARE(flag(*m_db, id).status, ReviewStatus::Confirmed);

        // A bulk decision with one bad flag changes nothing at all.
        auto bad = s.reject({ids.at(1), ids.at(2), 999999});
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().toString().contains(QStringLiteral("CW-P-999999")));
        QCOMPARE(flag(*m_db, ids.at(1)).status, ReviewStatus::Confirmed);
        QCOMPARE(AuditRepository(*m_db).count().value(), auditBefore + 3);

        // Undo of the bulk confirm restores each flag's own previous status.
        QVERIFY(s.apply(out->inverse).ok());
        QCOMPARE(flag(*m_db, ids.at(0)).status, ReviewStatus::Confirmed);
        QCOMPARE(flag(*m_db, ids.at(1)).status, ReviewStatus::Suggested);
    }

    void typeChangeIsValidated()
    {
        const qint64 id = flagIds(*m_db, QStringLiteral("arbitration"), 1).first();
        ReviewService s = service();
        auto unknown = s.changeType({id}, QStringLiteral("no_such_type"));
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().toString().contains(QStringLiteral("no_such_type")));

        // A clause with two flags cannot get a second flag of one type.
        auto st = m_db->prepare("SELECT a.id, b.type_key FROM flags a JOIN flags b "
                                "ON a.lineage_id = b.lineage_id AND a.id <> b.id LIMIT 1");
        QVERIFY(st->step().value());
        const qint64 first = st->int64(0);
        const QString otherType = st->text(1);
        auto clash = s.changeType({first}, otherType);
        QVERIFY(!clash.ok());
        QVERIFY(clash.error().toString().contains(QStringLiteral("already has")));
    }

    void addNoteAppends()
    {
        const qint64 id = flagIds(*m_db, QStringLiteral("minimum_age"), 1).first();
        ReviewService s = service();
        QVERIFY(s.addNote({id}, QStringLiteral("First.")).ok());
        auto second = s.addNote({id}, QStringLiteral("  Second.  "));
        QVERIFY(second.ok());
        QCOMPARE(flag(*m_db, id).notes, QStringLiteral("First.\n\nSecond."));
        QCOMPARE(second->applied.patches.first().notes.value(), QStringLiteral("First.\n\nSecond."));
        QVERIFY(s.apply(second->inverse).ok());
        QCOMPARE(flag(*m_db, id).notes, QStringLiteral("First."));
    }

    void inverseActionNames_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("inverse");
        QTest::newRow("plain") << "confirm" << "undo:confirm";
        QTest::newRow("undo") << "undo:reject" << "reject";
    }

    void inverseActionNames()
    {
        QFETCH(QString, action);
        QFETCH(QString, inverse);
        QCOMPARE(ReviewService::inverseAction(action), inverse);
    }
};

QTEST_GUILESS_MAIN(TestReviewService)
#include "tst_review_service.moc"
