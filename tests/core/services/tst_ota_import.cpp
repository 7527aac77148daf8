// ImportService::importOta as a pipeline (reader, two classifiers, writer) on a
// real versions repository made with git: captures are written in history
// order whichever classifier finishes first, a cancelled run keeps exactly
// what it wrote (indexed for search), and a second run imports the rest.

#include "GitCli.h"
#include "TestSupport.h"
#include "services/ImportService.h"

#include <QDir>
#include <QObject>
#include <QTest>

#include <atomic>

using namespace cw;
using test::git;

namespace {

constexpr int kServices = 3;
constexpr int kVersionsEach = 6;

// Version `v` of service `s`: the sample policy with its own notice period.
// First versions have a hundred service rules to classify; later ones keep
// sixty of them (within the "shrank by more than 60 %" gate) and change only
// the notice, so little is classified again: the classifiers finish captures
// out of order.
QByteArray policyText(int s, int v)
{
    QByteArray text = test::samplePolicy(QStringLiteral("%1 days").arg(10 + s * 10 + v));
    const int extra = v == 0 ? 100 : 60;
    text += "\n## 5. Service rules\n\n";
    for (int i = 0; i < extra; ++i)
        text += QStringLiteral("Rule %1 of service %2: we may suspend or terminate your account "
                               "at any time if you break rule %1, and fees already paid are not "
                               "refunded.\n\n")
                    .arg(i + 1)
                    .arg(s)
                    .toUtf8();
    return text;
}

qint64 scalar(const Database &db, const char *sql)
{
    auto st = db.prepare(sql);
    if (!st)
        return -1;
    auto row = st->step();
    return row && *row ? st->int64(0) : -1;
}

// Flags whose clause is not their lineage's newest (what carrying them
// version by version leaves); the bulk import carries them once per batch.
constexpr const char *kStaleFlags =
    "SELECT count(*) FROM flags f WHERE f.clause_id <> (SELECT c.id FROM clauses c"
    " WHERE c.lineage_id = f.lineage_id ORDER BY c.version_id DESC LIMIT 1)";

} // namespace

class TestOtaImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_repo;

private Q_SLOTS:
    void initTestCase()
    {
        m_repo = m_dir.filePath(QStringLiteral("versions"));
        QVERIFY(QDir().mkpath(m_repo));
        QVERIFY(git(m_repo, {"init", "-q", "-b", "main"}));
        // Interleaved: version v of every service, then version v + 1 …
        int day = 1;
        for (int v = 0; v < kVersionsEach; ++v) {
            for (int s = 0; s < kServices; ++s) {
                const QString service = QStringLiteral("Service%1").arg(s);
                QVERIFY(QDir().mkpath(m_repo + u'/' + service));
                test::writeFile(m_repo + u'/' + service + QStringLiteral("/Terms of Service.md"),
                                policyText(s, v));
                QVERIFY(git(m_repo, {"add", "-A"}));
                const QString message =
                    (v == 0 ? QStringLiteral("First record of %1 Terms of Service")
                            : QStringLiteral("Record new changes of %1 Terms of Service"))
                        .arg(service);
                const QByteArray date =
                    QStringLiteral("2024-01-%1T10:00:00Z").arg(day++, 2, 10, QLatin1Char('0')).toUtf8();
                QVERIFY(git(m_repo, {"commit", "-q", "-m", message}, date));
            }
        }
    }

    void writesInHistoryOrder()
    {
        test::TempArchive a;
        auto db = a.open();
        auto summary = ImportService(*db).importOta(m_repo, {});
        QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().toString()));
        QCOMPARE(summary->captures, kServices * kVersionsEach);
        QCOMPARE(summary->versionsAdded, kServices * kVersionsEach);
        // Snapshots were written in commit order, one day apart.
        auto st = db->prepare("SELECT captured_at FROM snapshots ORDER BY id");
        QVERIFY(st.ok());
        int day = 1;
        while (st->step().valueOr(false))
            QCOMPARE(st->text(0),
                     QStringLiteral("2024-01-%1T10:00:00Z").arg(day++, 2, 10, QLatin1Char('0')));
        QCOMPARE(day - 1, kServices * kVersionsEach);
        // Each document's versions are its commits' texts, in order.
        for (int s = 0; s < kServices; ++s) {
            auto vs = db->prepare("SELECT v.text_sha256 FROM versions v JOIN documents d"
                                  " ON d.id = v.document_id JOIN platforms p ON p.id = d.platform_id"
                                  " WHERE p.name = ? ORDER BY v.number");
            QVERIFY(vs.ok());
            vs->bind(1, QStringLiteral("Service%1").arg(s));
            int v = 0;
            while (vs->step().valueOr(false)) {
                auto snap = db->prepare("SELECT count(*) FROM snapshots WHERE text_sha256 = ?"
                                        " AND captured_at = ?");
                QVERIFY(snap.ok());
                snap->bind(1, vs->text(0))
                    .bind(2, QStringLiteral("2024-01-%1T10:00:00Z")
                                 .arg(v * kServices + s + 1, 2, 10, QLatin1Char('0')));
                QVERIFY(snap->step().valueOr(false));
                QCOMPARE(snap->int64(0), 1);
                ++v;
            }
            QCOMPARE(v, kVersionsEach);
        }
        QCOMPARE(scalar(*db, "SELECT CAST(value AS INTEGER) FROM archive_meta"
                             " WHERE key = 'fts_clauses_upto'"),
                 scalar(*db, "SELECT max(id) FROM clauses"));
        QVERIFY(scalar(*db, "SELECT count(*) FROM flags") > 0);
        QCOMPARE(scalar(*db, kStaleFlags), 0);
    }

    void cancelledRunKeepsWhatItWroteAndResumes()
    {
        test::TempArchive a;
        auto db = a.open();
        std::atomic_bool cancel{false};
        int written = 0;
        const auto progress = [&](int, int, const QString &) {
            if (++written == 7)
                cancel = true;
        };
        auto first = ImportService(*db).importOta(m_repo, {}, progress, &cancel);
        QVERIFY(!first.ok());
        QVERIFY2(first.error().toString().contains(QStringLiteral("cancelled after 7 captures")),
                 qPrintable(first.error().toString()));
        QCOMPARE(scalar(*db, "SELECT count(*) FROM snapshots"), 7);
        QCOMPARE(scalar(*db, "SELECT count(*) FROM import_cursors"), qint64(kServices));
        QCOMPARE(scalar(*db, kStaleFlags), 0);
        // What was written is searchable.
        QCOMPARE(scalar(*db, "SELECT CAST(value AS INTEGER) FROM archive_meta"
                             " WHERE key = 'fts_clauses_upto'"),
                 scalar(*db, "SELECT max(id) FROM clauses"));

        auto second = ImportService(*db).importOta(m_repo, {});
        QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().toString()));
        QCOMPARE(second->captures, kServices * kVersionsEach - 7);
        QCOMPARE(scalar(*db, "SELECT count(*) FROM versions"), qint64(kServices * kVersionsEach));
        QCOMPARE(scalar(*db, "SELECT count(*) FROM snapshots"), qint64(kServices * kVersionsEach));
        QCOMPARE(scalar(*db, kStaleFlags), 0);
        // Still in history order across the two runs.
        QCOMPARE(scalar(*db, "SELECT count(*) FROM snapshots a JOIN snapshots b ON b.id = a.id + 1"
                             " WHERE b.captured_at <= a.captured_at"),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestOtaImport)
#include "tst_ota_import.moc"
