// The watchlist and "Check now": documents captured again from their URL, file
// or Open Terms Archive repository through the import pipeline (one alert per
// real change), failures that do not stop the others.

#include "CompareFixture.h"
#include "TestHttpServer.h"
#include "GitCli.h"
#include "TestSupport.h"
#include "archive/AlertRepository.h"
#include "archive/WatchlistRepository.h"
#include "services/ImportService.h"
#include "services/RecheckService.h"

#include <QDir>
#include <QObject>
#include <QProcess>
#include <QTest>
#include <QUrl>

using namespace cw;

namespace {

QByteArray page(const QString &nav, const QString &notice)
{
    return QStringLiteral("<html><head><title>Terms</title></head><body><nav>%1</nav><main>"
                          "<h1>Terms of Service</h1><p>By using the service you agree to these "
                          "terms.</p><h2>Changes</h2><p>We will give you %2 notice of material "
                          "changes before they take effect.</p><h2>Disputes</h2><p>Any dispute "
                          "will be resolved by binding individual arbitration.</p></main></body>"
                          "</html>")
        .arg(nav, notice)
        .toUtf8();
}

using test::git;

const RecheckItem *itemFor(const RecheckSummary &s, qint64 documentId)
{
    for (const RecheckItem &i : s.items)
        if (i.documentId == documentId)
            return &i;
    return nullptr;
}

} // namespace

class TestRecheck : public QObject
{
    Q_OBJECT

    test::TestHttpServer m_server;

private Q_SLOTS:
    void watchlist()
    {
        test::TempArchive archive;
        auto db = archive.open();
        const test::CompareHistory h = test::buildCompareHistory(*db);
        WatchlistRepository w(*db);
        auto p = w.watchPlatform(h.beta);
        QVERIFY(p.ok());
        QCOMPARE(*w.watchPlatform(h.beta), *p); // once only
        QVERIFY(w.watchDocument(h.alphaPrivacy).ok());
        QVERIFY(w.watchType(QStringLiteral("data_sale")).ok());
        auto list = w.list();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 3);
        QCOMPARE(list->at(0).kind, WatchKind::Platform);
        QCOMPARE(list->at(0).label, QStringLiteral("Beta"));
        QCOMPARE(list->at(1).kind, WatchKind::Document);
        QCOMPARE(list->at(1).label, QStringLiteral("Alpha — Privacy Policy"));
        QCOMPARE(list->at(1).platformId, std::optional<qint64>(h.alpha));
        QCOMPARE(list->at(2).kind, WatchKind::ClauseType);
        QCOMPARE(list->at(2).label, QStringLiteral("Sale of personal data"));
        // Beta's terms, Alpha's privacy policy, and Gamma's privacy policy
        // (it currently has a data_sale clause).
        QCOMPARE(*w.watchedDocuments(),
                 (QList<qint64>{h.alphaPrivacy, h.betaTerms, h.gammaPrivacy}));
        QVERIFY(w.remove(*p).ok());
        QCOMPARE(*w.watchedDocuments(), (QList<qint64>{h.alphaPrivacy, h.gammaPrivacy}));
        // A watched type whose clauses were dropped watches nothing.
        QVERIFY(w.watchType(QStringLiteral("arbitration")).ok());
        auto docs = *w.watchedDocuments();
        QVERIFY(docs.contains(h.betaTerms));
        QVERIFY(!docs.contains(h.alphaTerms)); // Alpha dropped arbitration in its current version
    }

    void urlSourceWithStoredSelectors()
    {
        test::TempArchive archive;
        auto db = archive.open();
        m_server.route("/terms", {200, "text/html; charset=utf-8", page("Home", "30 days"), {}});
        ImportTarget target;
        target.platform = QStringLiteral("Webby");
        target.termsType = QStringLiteral("Terms of Service");
        target.title = QStringLiteral("Webby Terms");
        target.selectCss = QStringLiteral("main");
        auto first = ImportService(*db).importUrl(QUrl(m_server.url("/terms")), target);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().toString()));
        const qint64 doc = *first->documents.cbegin();

        // Navigation outside the selected part changed: no change of the terms.
        m_server.route("/terms", {200, "text/html; charset=utf-8", page("Home | Blog", "30 days"), {}});
        auto r = RecheckService(*db).check({doc});
        QVERIFY(r.ok());
        QCOMPARE(r->items.size(), 1);
        QCOMPARE(r->items.first().outcome, RecheckOutcome::Unchanged);
        QCOMPARE(r->items.first().source, m_server.url("/terms"));

        m_server.route("/terms", {200, "text/html; charset=utf-8", page("Home", "7 days"), {}});
        QList<int> progress;
        r = RecheckService(*db).check({doc}, {}, [&](int done, int total, const QString &item) {
            progress << done << total;
            QCOMPARE(item, QStringLiteral("Webby — Terms of Service"));
        });
        QVERIFY(r.ok());
        QCOMPARE(r->items.first().outcome, RecheckOutcome::Changed);
        QCOMPARE(r->items.first().alerts.size(), 1);
        QCOMPARE(progress, (QList<int>{1, 1}));
        auto alert = AlertRepository(*db).row(r->items.first().alerts.first());
        QVERIFY((*alert)->alert.summary.contains(QStringLiteral("Reworded")));
        // The title was kept, not replaced by a default.
        auto st = db->prepare("SELECT title, select_css FROM documents WHERE id = ?");
        st->bind(1, doc);
        QVERIFY(st->step().valueOr(false));
        QCOMPARE(st->text(0), QStringLiteral("Webby Terms"));
        QCOMPARE(st->text(1), QStringLiteral("main"));
    }

    void fileSourceFailuresAndSkips()
    {
        test::TempArchive archive;
        auto db = archive.open();
        const QString file = archive.dir() + QStringLiteral("/terms.md");
        test::writeFile(file, test::samplePolicy(QStringLiteral("30 days")));
        ImportTarget t;
        t.platform = QStringLiteral("Filey");
        t.termsType = QStringLiteral("Terms of Service");
        auto imported = ImportService(*db).importPath(file, t);
        QVERIFY(imported.ok());
        const qint64 fileDoc = *imported->documents.cbegin();
        // A document whose URL cannot be reached (nothing listens there).
        m_server.route("/gone", {404, "text/html", "<html><body>Not found</body></html>", {}});
        auto dead = test::importText(*db, "Deadlink", "", "Terms of Service", test::samplePolicy(),
                                     "2024-01-01T00:00:00Z");
        auto up = db->prepare("UPDATE documents SET source_url = ? WHERE id = ?");
        up->bind(1, QStringLiteral("http://127.0.0.1:1/terms")).bind(2, dead.documentId);
        QVERIFY(up->exec().ok());
        // A document read from a file that no longer exists, without URL.
        auto orphan = test::importText(*db, "Orphan", "", "Terms of Service", test::samplePolicy(),
                                       "2024-01-01T00:00:00Z");

        test::writeFile(file, test::samplePolicy(QStringLiteral("10 days")));
        auto r = RecheckService(*db).check({dead.documentId, fileDoc, orphan.documentId});
        QVERIFY(r.ok());
        QCOMPARE(r->items.size(), 3);
        QCOMPARE(itemFor(*r, dead.documentId)->outcome, RecheckOutcome::Failed);
        QVERIFY(!itemFor(*r, dead.documentId)->message.isEmpty());
        QCOMPARE(itemFor(*r, fileDoc)->outcome, RecheckOutcome::Changed);
        QCOMPARE(itemFor(*r, fileDoc)->source, QFileInfo(file).absoluteFilePath());
        QCOMPARE(itemFor(*r, orphan.documentId)->outcome, RecheckOutcome::Skipped);
        QCOMPARE(r->count(RecheckOutcome::Changed), 1);
        QCOMPARE(r->alerts().size(), 1);
        QCOMPARE(r->toText(),
                 QStringLiteral("3 documents checked: 1 changed, 1 failed, 1 skipped."));

        // Cancelled before the first document: nothing checked.
        std::atomic_bool cancel{true};
        auto c = RecheckService(*db).check({fileDoc}, {}, {}, &cancel);
        QVERIFY(c.ok());
        QVERIFY(c->cancelled);
        QVERIFY(c->items.isEmpty());
    }

    void watchedOtaRepository()
    {
        test::TempArchive archive;
        auto db = archive.open();
        const QString repo = archive.dir() + QStringLiteral("/versions");
        QVERIFY(QDir().mkpath(repo + QStringLiteral("/Chirpy")));
        QVERIFY(git(repo, {"init", "-q", "-b", "main"}));
        auto commit = [&](const QByteArray &text, const QString &message, const QByteArray &date) {
            test::writeFile(repo + QStringLiteral("/Chirpy/Terms of Service.md"), text);
            QVERIFY(git(repo, {"add", "-A"}));
            QVERIFY(git(repo, {"commit", "-q", "-m", message}, date));
        };
        commit(test::samplePolicy(QStringLiteral("30 days")),
               QStringLiteral("First record of Chirpy Terms of Service"), "2023-01-05T10:00:00Z");
        QVERIFY(ImportService(*db).importOta(repo, {}).ok());
        auto st = db->prepare("SELECT id FROM documents");
        QVERIFY(st->step().valueOr(false));
        const qint64 doc = st->int64(0);
        QVERIFY(WatchlistRepository(*db).watchDocument(doc).ok());

        // No new commit.
        auto r = RecheckService(*db).checkWatched();
        QVERIFY(r.ok());
        QCOMPARE(r->items.size(), 1);
        QCOMPARE(r->items.first().outcome, RecheckOutcome::Unchanged);
        QCOMPARE(r->items.first().source, QDir(repo).absolutePath());

        // A technical upgrade: a version, but no alert.
        QByteArray reflowed = test::samplePolicy(QStringLiteral("30 days"));
        reflowed.replace("## 4. Contact", "## 4. Contact us");
        commit(reflowed,
               QStringLiteral("Apply technical or declaration upgrade on Chirpy Terms of Service"),
               "2023-03-05T10:00:00Z");
        r = RecheckService(*db).checkWatched();
        QCOMPARE(r->items.first().outcome, RecheckOutcome::Technical);
        QVERIFY(r->items.first().alerts.isEmpty());

        // A real change.
        QByteArray changed = reflowed;
        changed.replace("30 days", "7 days");
        commit(changed, QStringLiteral("Record new changes of Chirpy Terms of Service"),
               "2023-06-05T10:00:00Z");
        r = RecheckService(*db).checkWatched();
        QCOMPARE(r->items.first().outcome, RecheckOutcome::Changed);
        QCOMPARE(r->items.first().alerts.size(), 1);
        QCOMPARE(AlertRepository(*db).rows()->size(), 1);

        // The repository moved away: reported, not fatal.
        QVERIFY(QDir(repo).removeRecursively());
        r = RecheckService(*db).checkAll();
        QVERIFY(r.ok());
        QCOMPARE(r->items.first().outcome, RecheckOutcome::Failed);
    }
};

QTEST_GUILESS_MAIN(TestRecheck)
#include "tst_recheck.moc"
