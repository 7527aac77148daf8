#include "GitFixtureRepository.h"
#include "capture/git/OtaRepositorySource.h"

#include <QDir>
#include <QFile>
#include <QObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace cw;
using cw::test::FixtureFile;
using cw::test::FixtureTimes;
using cw::test::GitFixtureRepository;

namespace {

// Fixture texts, written for these tests.
const QByteArray alphaTos1 =
    "# Alpha Terms of Service\n\n## 1. Accounts\n\nYou must be 16 or older "
    "to open an Alpha account.\n";
const QByteArray alphaTos2 =
    "# Alpha Terms of Service\n\n## 1. Accounts\n\nYou must be 18 or older "
    "to open an Alpha account.\n\n## 2. Disputes\n\nDisputes go to "
    "arbitration.\n";
const QByteArray alphaTos3 =
    "# Alpha Terms of Service\n\n## 1. Accounts\n\nYou must be 18 or older "
    "to open an Alpha account.\n\n## 2. Disputes\n\nDisputes go to the "
    "courts of your country of residence.\n";
const QByteArray alphaPp1 = "# Alpha Privacy Policy\n\nWe keep your e-mail address.\n";
const QByteArray alphaPp2 = "# Alpha Privacy Policy\n\nWe keep your e-mail address and your "
                            "approximate location.\n";
const QByteArray betaTos1 = "# Beta Terms\n\n- Be kind.\n- Pay on time.\n";
const QByteArray betaTos2 = "# Beta Terms\n\n- Be kind.\n- Pay on time.\n\n| Plan | Price |\n";
const QByteArray betaTos3 =
    "# Beta Terms\n\n- Be kind.\n- Pay on time.\n\n| Plan | Price (EUR) |\n";
const QByteArray betaCg1 = "# Beta Community Guidelines\n\nNo spam, no harassment.\n";
const QByteArray betaImprint1 = "# Beta Imprint\n\nBeta Ltd, 1 Example Street, Exampletown.\n";

QDateTime authorTimeOf(int commit)
{
    return QDateTime(QDate(2021, 3, 1), QTime(9, 0), Qt::UTC).addDays(7 * commit);
}

QStringList summarize(const QList<OtaCapture> &captures, const QStringList &commits)
{
    QStringList out;
    for (const OtaCapture &c : captures)
        out << QString::number(commits.indexOf(c.commitId)) + QLatin1Char(':') + c.path;
    return out;
}

struct ReadResult
{
    Status status;
    QList<OtaCapture> captures;
};

ReadResult readAll(const OtaRepositorySource &source, const OtaFilter &filter = {},
                   OtaProgress *progress = nullptr)
{
    ReadResult r;
    r.status = source.forEachCapture(
        filter,
        [&r](const OtaCapture &c) {
            r.captures.append(c);
            return true;
        },
        progress);
    return r;
}

} // namespace

class TestOtaRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void readsEveryCaptureInOrder();
    void captureFieldsMatchTheCommits();
    void documentsAtHead();
    void filters_data();
    void filters();
    void countCommits_data();
    void countCommits();
    void progressCounts();
    void sinkCancels();
    void cancelRequestStopsBeforeReading();

    void resumePerDocument();
    void rerunWithEveryResumePointReadsNothing();
    void resumeHiddenByAfterCommit();
    void resumeErrors_data();
    void resumeErrors();
    void lenientResumeReadsTheDocumentAgain();
    void afterCommitErrors_data();
    void afterCommitErrors();
    void resumeSeesOnlyNewCommitsAndHeadIsPinned();

    void opensGitDirAndBareRepository();
    void mergeFollowsFirstParent();
    void openErrors_data();
    void openErrors();

private:
    QTemporaryDir m_tmp;
    QString m_repo;                            // the main fixture's work-tree folder
    QStringList m_commits;                     // fixture commit number → id
    QString m_dangling;                        // a commit outside HEAD's history
    QList<QMap<QString, FixtureFile>> m_trees; // fixture commit number → files
    QStringList m_messages;
};

void TestOtaRepository::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_repo = m_tmp.filePath(QStringLiteral("versions"));
    GitFixtureRepository g;
    QVERIFY(g.init(m_repo).ok());

    auto commit = [&](const QString &message, FixtureTimes times = {}) {
        const int n = int(m_commits.size());
        if (!times.author.isValid())
            times.author = authorTimeOf(n);
        if (!times.committer.isValid())
            times.committer = times.author.addSecs(3600);
        auto id = g.commit(message, times);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toString()));
        m_commits << *id;
        m_trees << g.files;
        m_messages << message;
    };

    // 0: repository furniture only.
    g.files[QStringLiteral("README.md")] = {"# Versions\n"};
    g.files[QStringLiteral(".github/CONTRIBUTING.md")] = {"Be nice.\n"};
    commit(QStringLiteral("Add readme"));
    // 1-3: first records; 3 also adds a non-Markdown file and a nested folder.
    g.files[QStringLiteral("Alpha/Terms of Service.md")] = {alphaTos1};
    commit(QStringLiteral("First record of Alpha Terms of Service\n\nThis version was recorded "
                          "after extracting from snapshot 1a2b3c4d\n"));
    QVERIFY(!QTest::currentTestFailed());
    g.files[QStringLiteral("Alpha/Privacy Policy.md")] = {alphaPp1};
    commit(QStringLiteral("First record of Alpha Privacy Policy"));
    g.files[QStringLiteral("Beta/Terms of Service.md")] = {betaTos1};
    g.files[QStringLiteral("Beta/notes.txt")] = {"internal notes\n"};
    g.files[QStringLiteral("Beta/archive/Old Terms.md")] = {"# Old\n"};
    commit(QStringLiteral("First record of Beta Terms of Service"));
    // 4: a change; 5: a technical upgrade.
    g.files[QStringLiteral("Alpha/Terms of Service.md")] = {alphaTos2};
    commit(QStringLiteral("Record new changes of Alpha Terms of Service"));
    g.files[QStringLiteral("Beta/Terms of Service.md")] = {betaTos2};
    commit(QStringLiteral("Apply technical or declaration upgrade on Beta Terms of Service"));
    // 6: one commit touching two documents (one changed, one new).
    g.files[QStringLiteral("Alpha/Privacy Policy.md")] = {alphaPp2};
    g.files[QStringLiteral("Beta/Community Guidelines.md")] = {betaCg1};
    commit(QStringLiteral("Record new changes of Alpha Privacy Policy"));
    // 7: no document touched.
    g.files[QStringLiteral("README.md")] = {"# Versions\n\nSee the declarations.\n"};
    g.files[QStringLiteral("Beta/notes.txt")] = {"internal notes, v2\n"};
    g.files[QStringLiteral("Beta/archive/Old Terms.md")] = {"# Old, edited\n"};
    commit(QStringLiteral("Update README"));
    // 8: a document with an id (" #eu").
    g.files[QStringLiteral("Beta/Imprint #eu.md")] = {betaImprint1};
    commit(QStringLiteral("First record of Beta Imprint"));
    // 9: a deletion.
    g.files.remove(QStringLiteral("Alpha/Privacy Policy.md"));
    commit(QStringLiteral("Stop tracking Alpha Privacy Policy"));
    // 10: author time with a +02:00 offset, committed three days later.
    g.files[QStringLiteral("Alpha/Terms of Service.md")] = {alphaTos3};
    FixtureTimes t10;
    t10.author = authorTimeOf(10);
    t10.authorOffsetMinutes = 120;
    t10.committer = t10.author.addDays(3);
    t10.committerOffsetMinutes = -300;
    commit(QStringLiteral("Record new changes of Alpha Terms of Service"), t10);
    // 11: a hand-made edit with a message outside the conventions.
    g.files[QStringLiteral("Beta/Terms of Service.md")] = {betaTos3};
    commit(QStringLiteral("Fix a typo by hand"));
    // 12: a mode change only.
    g.files[QStringLiteral("Beta/Terms of Service.md")].executable = true;
    commit(QStringLiteral("Make it executable"));
    QVERIFY(!QTest::currentTestFailed());

    // A commit that HEAD's history does not contain.
    FixtureTimes side;
    side.author = authorTimeOf(3).addSecs(60);
    auto dangling = g.commitTree(m_trees.at(2), QStringLiteral("Side work"), side,
                                 {m_commits.at(2)}, /*moveHead=*/false);
    QVERIFY(dangling.ok());
    m_dangling = *dangling;
}

// ---- reading the fixture --------------------------------------------------------

void TestOtaRepository::readsEveryCaptureInOrder()
{
    auto source = OtaRepositorySource::open(m_repo);
    QVERIFY2(source.ok(), qPrintable(source.ok() ? QString() : source.error().toString()));
    QCOMPARE(source->headCommitId(), m_commits.last());
    const ReadResult r = readAll(*source);
    QVERIFY(r.status.ok());
    const QStringList expected{"1:Alpha/Terms of Service.md",    "2:Alpha/Privacy Policy.md",
                               "3:Beta/Terms of Service.md",     "4:Alpha/Terms of Service.md",
                               "5:Beta/Terms of Service.md",     "6:Alpha/Privacy Policy.md",
                               "6:Beta/Community Guidelines.md", "8:Beta/Imprint #eu.md",
                               "10:Alpha/Terms of Service.md",   "11:Beta/Terms of Service.md"};
    QCOMPARE(summarize(r.captures, m_commits), expected);

    QStringList kinds;
    for (const OtaCapture &c : r.captures)
        kinds << otaCommitKindKey(c.kind);
    QCOMPARE(kinds, (QStringList{"first", "first", "first", "change", "technical", "change",
                                 "change", "first", "change", "unknown"}));
}

void TestOtaRepository::captureFieldsMatchTheCommits()
{
    auto source = OtaRepositorySource::open(m_repo);
    QVERIFY(source.ok());
    const ReadResult r = readAll(*source);
    QVERIFY(r.status.ok());
    QCOMPARE(r.captures.size(), 10);
    static const QRegularExpression hex40(QStringLiteral("^[0-9a-f]{40}$"));
    for (const OtaCapture &c : r.captures) {
        const int n = int(m_commits.indexOf(c.commitId));
        QVERIFY(n >= 0);
        QCOMPARE(c.commitIndex, n); // the walk starts at commit 0
        QCOMPARE(c.content, m_trees.at(n).value(c.path).content);
        QCOMPARE(c.commitTime, authorTimeOf(n));
        QCOMPARE(c.commitTime.timeSpec(), Qt::UTC);
        QString message = m_messages.at(n);
        while (message.endsWith(QLatin1Char('\n')))
            message.chop(1);
        QCOMPARE(c.message, message);
        QVERIFY(hex40.match(c.blobId).hasMatch());
        const auto doc = OtaDocumentPath::parse(c.path);
        QVERIFY(doc);
        QCOMPARE(c.service, doc->service);
        QCOMPARE(c.termsType, doc->termsType);
        QCOMPARE(c.documentId, doc->documentId);
    }
    // The author time is used, not the committer time three days later, and
    // the +02:00 offset does not shift it.
    const OtaCapture &tenth = r.captures.at(8);
    QCOMPARE(tenth.commitTime.toString(Qt::ISODate), QStringLiteral("2021-05-10T09:00:00Z"));
    const OtaCapture &imprint = r.captures.at(7);
    QCOMPARE(imprint.termsType, QStringLiteral("Imprint"));
    QCOMPARE(imprint.documentId, QStringLiteral("eu"));
    // Equal bytes, equal blob ids; different bytes, different ids.
    QVERIFY(r.captures.at(0).blobId != r.captures.at(3).blobId);
}

void TestOtaRepository::documentsAtHead()
{
    auto source = OtaRepositorySource::open(m_repo);
    QVERIFY(source.ok());
    auto docs = source->documents();
    QVERIFY(docs.ok());
    QStringList paths;
    for (const OtaDocumentPath &d : *docs)
        paths << d.path;
    QCOMPARE(paths, (QStringList{"Alpha/Terms of Service.md", "Beta/Community Guidelines.md",
                                 "Beta/Imprint #eu.md", "Beta/Terms of Service.md"}));
}

void TestOtaRepository::filters_data()
{
    QTest::addColumn<QStringList>("services");
    QTest::addColumn<QStringList>("termsTypes");
    QTest::addColumn<int>("sinceCommit"); // -1: none; else that commit's author time
    QTest::addColumn<int>("sinceShift");  // seconds added to it; -1: one millisecond
    QTest::addColumn<QString>("after");   // "#n": fixture commit n; "" none; else literal
    QTest::addColumn<QStringList>("expected");

    const QStringList all{"1:Alpha/Terms of Service.md",    "2:Alpha/Privacy Policy.md",
                          "3:Beta/Terms of Service.md",     "4:Alpha/Terms of Service.md",
                          "5:Beta/Terms of Service.md",     "6:Alpha/Privacy Policy.md",
                          "6:Beta/Community Guidelines.md", "8:Beta/Imprint #eu.md",
                          "10:Alpha/Terms of Service.md",   "11:Beta/Terms of Service.md"};
    const QStringList none;
    QTest::newRow("no filter") << none << none << -1 << 0 << "" << all;
    QTest::newRow("one service") << QStringList{"Alpha"} << none << -1 << 0 << ""
                                 << QStringList{
                                        "1:Alpha/Terms of Service.md", "2:Alpha/Privacy Policy.md",
                                        "4:Alpha/Terms of Service.md", "6:Alpha/Privacy Policy.md",
                                        "10:Alpha/Terms of Service.md"};
    QTest::newRow("service, other case")
        << QStringList{"beta"} << none << -1 << 0 << ""
        << QStringList{"3:Beta/Terms of Service.md", "5:Beta/Terms of Service.md",
                       "6:Beta/Community Guidelines.md", "8:Beta/Imprint #eu.md",
                       "11:Beta/Terms of Service.md"};
    QTest::newRow("one terms type")
        << none << QStringList{"Terms of Service"} << -1 << 0 << ""
        << QStringList{"1:Alpha/Terms of Service.md",  "3:Beta/Terms of Service.md",
                       "4:Alpha/Terms of Service.md",  "5:Beta/Terms of Service.md",
                       "10:Alpha/Terms of Service.md", "11:Beta/Terms of Service.md"};
    QTest::newRow("two terms types, other case")
        << none << QStringList{"privacy policy", "IMPRINT"} << -1 << 0 << ""
        << QStringList{"2:Alpha/Privacy Policy.md", "6:Alpha/Privacy Policy.md",
                       "8:Beta/Imprint #eu.md"};
    QTest::newRow("service and terms type")
        << QStringList{"Beta"} << QStringList{"Terms of Service"} << -1 << 0 << ""
        << QStringList{"3:Beta/Terms of Service.md", "5:Beta/Terms of Service.md",
                       "11:Beta/Terms of Service.md"};
    QTest::newRow("unknown service") << QStringList{"Gamma"} << none << -1 << 0 << "" << none;
    QTest::newRow("since a commit's time, inclusive")
        << none << none << 5 << 0 << ""
        << QStringList{"5:Beta/Terms of Service.md",     "6:Alpha/Privacy Policy.md",
                       "6:Beta/Community Guidelines.md", "8:Beta/Imprint #eu.md",
                       "10:Alpha/Terms of Service.md",   "11:Beta/Terms of Service.md"};
    QTest::newRow("since one second after a commit")
        << none << none << 5 << 1 << ""
        << QStringList{"6:Alpha/Privacy Policy.md", "6:Beta/Community Guidelines.md",
                       "8:Beta/Imprint #eu.md", "10:Alpha/Terms of Service.md",
                       "11:Beta/Terms of Service.md"};
    QTest::newRow("since a fraction of a second after a commit")
        << none << none << 10 << -1 << "" << QStringList{"11:Beta/Terms of Service.md"};
    QTest::newRow("since after everything") << none << none << 12 << 1 << "" << none;
    QTest::newRow("after commit") << none << none << -1 << 0 << "#6"
                                  << QStringList{"8:Beta/Imprint #eu.md",
                                                 "10:Alpha/Terms of Service.md",
                                                 "11:Beta/Terms of Service.md"};
    QTest::newRow("after HEAD~6 (= commit 6)")
        << none << none << -1 << 0 << "HEAD~6"
        << QStringList{"8:Beta/Imprint #eu.md", "10:Alpha/Terms of Service.md",
                       "11:Beta/Terms of Service.md"};
    QTest::newRow("after HEAD") << none << none << -1 << 0 << "HEAD" << none;
    QTest::newRow("after commit, since, service")
        << QStringList{"Alpha"} << none << 6 << 0 << "#3"
        << QStringList{"6:Alpha/Privacy Policy.md", "10:Alpha/Terms of Service.md"};
}

void TestOtaRepository::filters()
{
    QFETCH(QStringList, services);
    QFETCH(QStringList, termsTypes);
    QFETCH(int, sinceCommit);
    QFETCH(int, sinceShift);
    QFETCH(QString, after);
    QFETCH(QStringList, expected);

    OtaFilter filter;
    filter.services = services;
    filter.termsTypes = termsTypes;
    if (sinceCommit >= 0) // a shift of -1 means +1 ms
        filter.since = sinceShift < 0 ? authorTimeOf(sinceCommit).addMSecs(1)
                                      : authorTimeOf(sinceCommit).addSecs(sinceShift);
    filter.afterCommit =
        after.startsWith(QLatin1Char('#')) ? m_commits.at(after.mid(1).toInt()) : after;

    auto source = OtaRepositorySource::open(m_repo);
    QVERIFY(source.ok());
    const ReadResult r = readAll(*source, filter);
    QVERIFY2(r.status.ok(), qPrintable(r.status.ok() ? QString() : r.status.error().toString()));
    QCOMPARE(summarize(r.captures, m_commits), expected);

    // An abbreviated id works as well as a full one.
    if (after.startsWith(QLatin1Char('#'))) {
        filter.afterCommit = filter.afterCommit.left(10);
        const ReadResult shortId = readAll(*source, filter);
        QVERIFY(shortId.status.ok());
        QCOMPARE(summarize(shortId.captures, m_commits), expected);
    }
}

void TestOtaRepository::countCommits_data()
{
    QTest::addColumn<int>("sinceCommit");
    QTest::addColumn<int>("afterCommit");
    QTest::addColumn<int>("expected");
    QTest::newRow("whole history") << -1 << -1 << 13;
    QTest::newRow("since commit 5") << 5 << -1 << 8;
    QTest::newRow("after commit 6") << -1 << 6 << 6;
    QTest::newRow("after commit 6, since commit 10") << 10 << 6 << 3;
    QTest::newRow("after HEAD") << -1 << 12 << 0;
}

void TestOtaRepository::countCommits()
{
    QFETCH(int, sinceCommit);
    QFETCH(int, afterCommit);
    OtaFilter filter;
    if (sinceCommit >= 0)
        filter.since = authorTimeOf(sinceCommit);
    if (afterCommit >= 0)
        filter.afterCommit = m_commits.at(afterCommit);
    auto source = OtaRepositorySource::open(m_repo);
    QVERIFY(source.ok());
    auto count = source->countCommits(filter);
    QVERIFY(count.ok());
    QTEST(*count, "expected");
}

void TestOtaRepository::progressCounts()
{
    auto source = OtaRepositorySource::open(m_repo);
    QVERIFY(source.ok());
    OtaProgress progress;
    int seenTotal = -1;
    qint64 bytes = 0;
    QList<int> capturesSeen;
    const Status status = source->forEachCapture(
        {},
        [&](const OtaCapture &c) {
            seenTotal = progress.commitsTotal;
            capturesSeen << progress.captures;
            bytes += c.content.size();
            return true;
        },
        &progress);
    QVERIFY(status.ok());
    QCOMPARE(seenTotal, 13); // known before the first capture
    QCOMPARE(capturesSeen, (QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
    QCOMPARE(progress.commitsTotal.load(), 13);
    QCOMPARE(progress.commitsVisited.load(), 13);
    QCOMPARE(progress.captures.load(), 10);
    QCOMPARE(progress.bytes.load(), bytes);
    QCOMPARE(progress.skippedResumed.load(), 0);
    QVERIFY(!progress.cancelled);
}

void TestOtaRepository::sinkCancels()
{
    auto source = OtaRepositorySource::open(m_repo);
    QVERIFY(source.ok());
    OtaProgress progress;
    int calls = 0;
    const Status status = source->forEachCapture(
        {}, [&](const OtaCapture &) { return ++calls < 3; }, &progress);
    QVERIFY(status.ok());
    QCOMPARE(calls, 3);
    QVERIFY(progress.cancelled);
    QCOMPARE(progress.captures.load(), 3);
    QVERIFY(progress.commitsVisited < 13);
}

void TestOtaRepository::cancelRequestStopsBeforeReading()
{
    auto source = OtaRepositorySource::open(m_repo);
    QVERIFY(source.ok());
    OtaProgress progress;
    progress.cancelRequested = true;
    int calls = 0;
    const Status status = source->forEachCapture(
        {},
        [&](const OtaCapture &) {
            ++calls;
            return true;
        },
        &progress);
    QVERIFY(status.ok());
    QCOMPARE(calls, 0);
    QVERIFY(progress.cancelled);
    QCOMPARE(progress.commitsVisited.load(), 0);
}

// ---- resuming ----------------------------------------------------------------------

void TestOtaRepository::resumePerDocument()
{
    auto source = OtaRepositorySource::open(m_repo);
    QVERIFY(source.ok());
    OtaFilter filter;
    filter.resumeAfter.insert(QStringLiteral("Alpha/Terms of Service.md"), m_commits.at(4));
    OtaProgress progress;
    const ReadResult r = readAll(*source, filter, &progress);
    QVERIFY(r.status.ok());
    QCOMPARE(summarize(r.captures, m_commits),
             (QStringList{"2:Alpha/Privacy Policy.md", "3:Beta/Terms of Service.md",
                          "5:Beta/Terms of Service.md", "6:Alpha/Privacy Policy.md",
                          "6:Beta/Community Guidelines.md", "8:Beta/Imprint #eu.md",
                          "10:Alpha/Terms of Service.md", "11:Beta/Terms of Service.md"}));
    QCOMPARE(progress.skippedResumed.load(), 2);
}

void TestOtaRepository::rerunWithEveryResumePointReadsNothing()
{
    auto source = OtaRepositorySource::open(m_repo);
    QVERIFY(source.ok());
    const ReadResult first = readAll(*source);
    QVERIFY(first.status.ok());
    // What the archive would store: the last imported commit per document.
    OtaFilter filter;
    for (const OtaCapture &c : first.captures)
        filter.resumeAfter.insert(c.path, c.commitId);
    OtaProgress progress;
    const ReadResult again = readAll(*source, filter, &progress);
    QVERIFY(again.status.ok());
    QVERIFY(again.captures.isEmpty());
    QCOMPARE(progress.skippedResumed.load(), 10);
}

void TestOtaRepository::resumeHiddenByAfterCommit()
{
    auto source = OtaRepositorySource::open(m_repo);
    QVERIFY(source.ok());
    OtaFilter filter;
    filter.afterCommit = m_commits.at(6);
    filter.resumeAfter.insert(QStringLiteral("Alpha/Terms of Service.md"), m_commits.at(4));
    filter.resumeAfter.insert(QStringLiteral("Beta/Imprint #eu.md"), m_commits.at(8));
    const ReadResult r = readAll(*source, filter);
    QVERIFY(r.status.ok());
    QCOMPARE(summarize(r.captures, m_commits),
             (QStringList{"10:Alpha/Terms of Service.md", "11:Beta/Terms of Service.md"}));
}

void TestOtaRepository::resumeErrors_data()
{
    QTest::addColumn<QString>("commit"); // "dangling" or a literal revision
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown id") << "0123456789abcdef0123456789abcdef01234567"
                                << "is not in the first-parent history of HEAD";
    QTest::newRow("commit outside HEAD's history") << "dangling"
                                                   << "is not in the first-parent history of HEAD";
    QTest::newRow("not a revision") << "no-such-branch"
                                    << "is not in the first-parent history of HEAD";
}

void TestOtaRepository::resumeErrors()
{
    QFETCH(QString, commit);
    QFETCH(QString, message);
    auto source = OtaRepositorySource::open(m_repo);
    QVERIFY(source.ok());
    OtaFilter filter;
    filter.resumeAfter.insert(QStringLiteral("Alpha/Terms of Service.md"),
                              commit == QLatin1String("dangling") ? m_dangling : commit);
    const ReadResult r = readAll(*source, filter);
    QVERIFY(!r.status.ok());
    QVERIFY(r.captures.isEmpty()); // checked before anything is read
    const QString text = r.status.error().toString();
    QVERIFY2(text.contains(message), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Alpha/Terms of Service.md")), qPrintable(text));
    QVERIFY(!text.contains(QLatin1Char('\n')));
}

void TestOtaRepository::lenientResumeReadsTheDocumentAgain()
{
    auto source = OtaRepositorySource::open(m_repo);
    QVERIFY(source.ok());
    OtaFilter filter;
    filter.strictResume = false;
    filter.resumeAfter.insert(QStringLiteral("Alpha/Terms of Service.md"), m_dangling);
    filter.resumeAfter.insert(QStringLiteral("Beta/Terms of Service.md"), m_commits.at(5));
    const ReadResult r = readAll(*source, filter);
    QVERIFY(r.status.ok());
    QCOMPARE(summarize(r.captures, m_commits),
             (QStringList{"1:Alpha/Terms of Service.md", "2:Alpha/Privacy Policy.md",
                          "4:Alpha/Terms of Service.md", "6:Alpha/Privacy Policy.md",
                          "6:Beta/Community Guidelines.md", "8:Beta/Imprint #eu.md",
                          "10:Alpha/Terms of Service.md", "11:Beta/Terms of Service.md"}));
}

void TestOtaRepository::afterCommitErrors_data()
{
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown") << "0123456789abcdef0123456789abcdef01234567"
                             << "unknown commit";
    QTest::newRow("outside HEAD's history") << "dangling"
                                            << "is not in the history of HEAD";
    QTest::newRow("a blob, not a commit") << "HEAD:README.md"
                                          << "does not name a commit";
}

void TestOtaRepository::afterCommitErrors()
{
    QFETCH(QString, after);
    QFETCH(QString, message);
    auto source = OtaRepositorySource::open(m_repo);
    QVERIFY(source.ok());
    OtaFilter filter;
    filter.afterCommit = after == QLatin1String("dangling") ? m_dangling : after;
    const ReadResult r = readAll(*source, filter);
    QVERIFY(!r.status.ok());
    QVERIFY2(r.status.error().toString().contains(message),
             qPrintable(r.status.error().toString()));
    auto count = source->countCommits(filter);
    QVERIFY(!count.ok());
}

void TestOtaRepository::resumeSeesOnlyNewCommitsAndHeadIsPinned()
{
    const QString dir = m_tmp.filePath(QStringLiteral("growing"));
    GitFixtureRepository g;
    QVERIFY(g.init(dir).ok());
    g.files[QStringLiteral("Gamma/Terms of Service.md")] = {alphaTos1};
    FixtureTimes t;
    t.author = authorTimeOf(0);
    auto c0 = g.commit(QStringLiteral("First record of Gamma Terms of Service"), t);
    QVERIFY(c0.ok());

    auto before = OtaRepositorySource::open(dir);
    QVERIFY(before.ok());
    const ReadResult firstRun = readAll(*before);
    QVERIFY(firstRun.status.ok());
    QCOMPARE(firstRun.captures.size(), 1);

    // The collection grows: a change and a new document.
    g.files[QStringLiteral("Gamma/Terms of Service.md")] = {alphaTos2};
    t.author = authorTimeOf(1);
    auto c1 = g.commit(QStringLiteral("Record new changes of Gamma Terms of Service"), t);
    QVERIFY(c1.ok());
    g.files[QStringLiteral("Gamma/Privacy Policy.md")] = {alphaPp1};
    t.author = authorTimeOf(2);
    auto c2 = g.commit(QStringLiteral("First record of Gamma Privacy Policy"), t);
    QVERIFY(c2.ok());

    // The source opened earlier keeps reading the HEAD it pinned.
    QCOMPARE(before->headCommitId(), *c0);
    QCOMPARE(readAll(*before).captures.size(), 1);

    auto after = OtaRepositorySource::open(dir);
    QVERIFY(after.ok());
    QCOMPARE(after->headCommitId(), *c2);
    OtaFilter filter;
    filter.resumeAfter.insert(firstRun.captures.at(0).path, firstRun.captures.at(0).commitId);
    const ReadResult secondRun = readAll(*after, filter);
    QVERIFY(secondRun.status.ok());
    QCOMPARE(secondRun.captures.size(), 2);
    QCOMPARE(secondRun.captures.at(0).commitId, *c1);
    QCOMPARE(secondRun.captures.at(0).content, alphaTos2);
    QCOMPARE(secondRun.captures.at(1).commitId, *c2);
    QCOMPARE(secondRun.captures.at(1).path, QStringLiteral("Gamma/Privacy Policy.md"));

    // The whole-repository form gives the same answer.
    OtaFilter afterFilter;
    afterFilter.afterCommit = *c0;
    QCOMPARE(summarize(readAll(*after, afterFilter).captures, {*c0, *c1, *c2}),
             summarize(secondRun.captures, {*c0, *c1, *c2}));
}

// ---- repository shapes and errors ------------------------------------------------

void TestOtaRepository::opensGitDirAndBareRepository()
{
    auto viaGitDir = OtaRepositorySource::open(m_repo + QStringLiteral("/.git"));
    QVERIFY2(viaGitDir.ok(), qPrintable(viaGitDir.ok() ? QString() : viaGitDir.error().toString()));
    QCOMPARE(readAll(*viaGitDir).captures.size(), 10);

    const QString bareDir = m_tmp.filePath(QStringLiteral("bare.git"));
    GitFixtureRepository g;
    QVERIFY(g.init(bareDir, /*bare=*/true).ok());
    g.files[QStringLiteral("Delta/Privacy Policy.md")] = {alphaPp1};
    FixtureTimes t;
    t.author = authorTimeOf(0);
    QVERIFY(g.commit(QStringLiteral("First record of Delta Privacy Policy"), t).ok());
    auto bare = OtaRepositorySource::open(bareDir);
    QVERIFY2(bare.ok(), qPrintable(bare.ok() ? QString() : bare.error().toString()));
    const ReadResult r = readAll(*bare);
    QVERIFY(r.status.ok());
    QCOMPARE(r.captures.size(), 1);
    QCOMPARE(r.captures.at(0).content, alphaPp1);
    QCOMPARE(r.captures.at(0).kind, OtaCommitKind::First);
}

void TestOtaRepository::mergeFollowsFirstParent()
{
    const QString dir = m_tmp.filePath(QStringLiteral("merged"));
    GitFixtureRepository g;
    QVERIFY(g.init(dir).ok());
    FixtureTimes t;
    t.author = authorTimeOf(0);
    g.files[QStringLiteral("Alpha/Terms of Service.md")] = {alphaTos1};
    g.files[QStringLiteral("Alpha/Privacy Policy.md")] = {alphaPp1};
    auto c0 = g.commit(QStringLiteral("First record of Alpha"), t);
    QVERIFY(c0.ok());

    auto sideTree = g.files;
    sideTree[QStringLiteral("Alpha/Terms of Service.md")] = {alphaTos2};
    t.author = authorTimeOf(1);
    auto side = g.commitTree(
        sideTree, QStringLiteral("Record new changes of Alpha Terms of Service"), t, {*c0}, false);
    QVERIFY(side.ok());

    g.files[QStringLiteral("Alpha/Privacy Policy.md")] = {alphaPp2};
    t.author = authorTimeOf(2);
    auto c1 = g.commit(QStringLiteral("Record new changes of Alpha Privacy Policy"), t);
    QVERIFY(c1.ok());

    auto mergedTree = g.files;
    mergedTree[QStringLiteral("Alpha/Terms of Service.md")] = {alphaTos2};
    t.author = authorTimeOf(3);
    auto merge =
        g.commitTree(mergedTree, QStringLiteral("Merge branch 'side'"), t, {*c1, *side}, true);
    QVERIFY(merge.ok());

    auto source = OtaRepositorySource::open(dir);
    QVERIFY(source.ok());
    const ReadResult r = readAll(*source);
    QVERIFY(r.status.ok());
    const QStringList ids{*c0, *c1, *merge, *side};
    QCOMPARE(summarize(r.captures, ids),
             (QStringList{"0:Alpha/Privacy Policy.md", "0:Alpha/Terms of Service.md",
                          "1:Alpha/Privacy Policy.md", "2:Alpha/Terms of Service.md"}));
    QCOMPARE(r.captures.last().content, alphaTos2);
    QCOMPARE(r.captures.last().kind, OtaCommitKind::Unknown);
    QCOMPARE(*source->countCommits(), 3);
}

void TestOtaRepository::openErrors_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing folder") << "missing"
                                    << "no such folder";
    QTest::newRow("a file") << "file"
                            << "not a folder";
    QTest::newRow("plain folder") << "plain"
                                  << "not a git repository";
    QTest::newRow("plain folder inside a repository") << "nested"
                                                      << "not a git repository";
    QTest::newRow("empty repository") << "empty"
                                      << "the repository has no commits";
    QTest::newRow("not the versions layout")
        << "notota"
        << "not an Open Terms Archive versions repository (no <Service>/<Terms type>.md "
           "files at its root)";
}

void TestOtaRepository::openErrors()
{
    QFETCH(QString, setup);
    QFETCH(QString, message);
    const QString path = m_tmp.filePath(QStringLiteral("err-") + setup);
    if (setup == QLatin1String("file")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
    } else if (setup == QLatin1String("plain")) {
        QVERIFY(QDir().mkpath(path));
        QFile f(path + QStringLiteral("/Terms of Service.md"));
        QVERIFY(f.open(QIODevice::WriteOnly));
    } else if (setup == QLatin1String("nested")) {
        // Inside the fixture's work tree: the outer repository must not be used.
        const QString inner = m_repo + QStringLiteral("/Alpha");
        QVERIFY(QDir().mkpath(inner));
        auto result = OtaRepositorySource::open(inner);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().toString().contains(message),
                 qPrintable(result.error().toString()));
        return;
    } else if (setup == QLatin1String("empty")) {
        GitFixtureRepository g;
        QVERIFY(g.init(path).ok());
    } else if (setup == QLatin1String("notota")) {
        GitFixtureRepository g;
        QVERIFY(g.init(path).ok());
        g.files[QStringLiteral("README.md")] = {"# A program\n"};
        g.files[QStringLiteral("src/main.c")] = {"int main(void) { return 0; }\n"};
        g.files[QStringLiteral(".github/TEMPLATE.md")] = {"Describe it.\n"};
        g.files[QStringLiteral("docs/guide/Terms of Service.md")] = {"# Deep\n"};
        FixtureTimes t;
        t.author = authorTimeOf(0);
        QVERIFY(g.commit(QStringLiteral("Initial commit"), t).ok());
    }
    auto result = OtaRepositorySource::open(path);
    QVERIFY(!result.ok());
    const QString text = result.error().toString();
    QVERIFY2(text.contains(message), qPrintable(text));
    QVERIFY2(text.startsWith(QLatin1String("opening Open Terms Archive repository ")),
             qPrintable(text));
    QVERIFY(!text.contains(QLatin1Char('\n')));
}

QTEST_GUILESS_MAIN(TestOtaRepository)
#include "tst_ota_repository.moc"
