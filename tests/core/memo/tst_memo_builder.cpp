// MemoBuilder (HTML), the canonical serialisation and the fingerprint, on
// content built in the test: escaping, sections, stability and sensitivity.

#include "memo/MemoAssessment.h"
#include "memo/MemoBuilder.h"
#include "memo/MemoCanonical.h"
#include "memo/MemoFingerprint.h"
#include "memo/MemoHtml.h"

#include <QObject>
#include <QRegularExpression>
#include <QTest>

#include <functional>

using namespace cw;

namespace {

MemoFinding finding(int i, Severity s, ReviewStatus status)
{
    MemoFinding f;
    f.flagId = i;
    f.recordId = recordId(RecordKind::Provision, i);
    f.platform = QStringLiteral("Streamly");
    f.documentTitle = QStringLiteral("Streamly Terms of Use");
    f.termsType = QStringLiteral("Terms of Service");
    f.documentRecordId = QStringLiteral("CW-D-000001");
    f.versionNumber = 3;
    f.headingPath = {QStringLiteral("13. Disputes"), QStringLiteral("13.2 Arbitration")};
    f.typeKey = i % 2 ? QStringLiteral("arbitration") : QStringLiteral("class_action_waiver");
    f.typeName = i % 2 ? QStringLiteral("Mandatory arbitration") : QStringLiteral("Class-action waiver");
    f.severity = s;
    f.status = status;
    f.quote = QStringLiteral("Any dispute will be resolved by binding arbitration (clause %1).").arg(i);
    f.evidence = {{33, 51}};
    f.plainSummary = QStringLiteral("Disputes go to an arbitrator.");
    f.whyItMatters = QStringLiteral("No public court.");
    f.consumerImpact = QStringLiteral("Harder to appeal.");
    f.regulations = {{QStringLiteral("faa"), QStringLiteral("FAA"), QStringLiteral("Federal Arbitration Act"),
                      QStringLiteral("US"), QStringLiteral("9 U.S.C. §§ 1–16")}};
    f.snapshotId = 10 + i;
    f.citation = QStringLiteral("Clausewatch archive — Entity: Streamly | Document: Streamly Terms of Use | "
                                "Record: %1 | Captured: 2024-03-04T10:15:00Z | SHA-256: 0123456789abcdef…")
                     .arg(f.recordId);
    return f;
}

MemoContent sampleContent(int findings = 3)
{
    MemoContent c;
    c.spec.platform = QStringLiteral("Streamly");
    c.spec.to = QStringLiteral("General Counsel");
    c.spec.from = QStringLiteral("Ana Analyst");
    c.title = QStringLiteral("Compliance memo: Streamly");
    c.subject = QStringLiteral("Streamly terms review");
    c.date = QStringLiteral("2026-01-05");
    c.generatedAt = QStringLiteral("2026-01-05T09:00:00Z");
    c.archiveName = QStringLiteral("demo.cwa");
    c.scopeDescription = QStringLiteral("All documents of Streamly.");
    c.platforms = {QStringLiteral("Streamly")};
    for (int i = 1; i <= findings; ++i) {
        c.findings << finding(i, i == 1 ? Severity::High : Severity::Medium,
                              i % 2 ? ReviewStatus::Confirmed : ReviewStatus::Suggested);
        MemoEvidence e;
        e.snapshotId = 10 + i;
        e.platform = QStringLiteral("Streamly");
        e.documentTitle = QStringLiteral("Streamly Terms of Use");
        e.capturedAt = QStringLiteral("2024-03-04T10:15:00Z");
        e.origin = QStringLiteral("url");
        e.sourceUrl = QStringLiteral("https://streamly.example/terms");
        e.waybackUrl = QStringLiteral("https://web.archive.org/web/20240304101500/https://streamly.example/terms");
        e.rawSha256 = QString(64, QLatin1Char('a' + i));
        e.textSha256 = QString(64, QLatin1Char('0' + i));
        c.evidence << e;
    }
    MemoScopeDocument d;
    d.platform = QStringLiteral("Streamly");
    d.title = QStringLiteral("Streamly Terms of Use");
    d.versionNumber = 3;
    d.versionCount = 3;
    c.documents << d;
    MemoChange ch;
    ch.platform = QStringLiteral("Streamly");
    ch.documentTitle = QStringLiteral("Streamly Terms of Use");
    ch.fromVersion = 2;
    ch.toVersion = 3;
    ch.summary = QStringLiteral("1 clause reworded.");
    ch.points = {QStringLiteral("Reworded: 3.6 Refunds")};
    ch.silent = true;
    c.changes << ch;
    MemoBenchmarkEntry b;
    b.typeName = QStringLiteral("Mandatory arbitration");
    b.platform = QStringLiteral("Paylark");
    c.benchmark << b;
    c.risk = MemoAssessment::risk(c.findings);
    c.recommendations = MemoAssessment::recommendations(c);
    c.limitations = MemoAssessment::limitations(c);
    return c;
}

QString build(const MemoContent &c)
{
    MemoBuildInfo info;
    info.fingerprint = MemoFingerprint::of(c);
    auto html = MemoBuilder::build(c, info);
    if (!html)
        qFatal("%s", qPrintable(html.error().toString()));
    return *html;
}

} // namespace

class TestMemoBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void archiveTextIsEscapedEverywhere_data()
    {
        QTest::addColumn<QString>("field");
        for (const char *f : {"quote", "summary", "platform", "notes", "title", "to", "heading",
                              "regulation", "change", "url", "citation"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }

    void archiveTextIsEscapedEverywhere()
    {
        QFETCH(QString, field);
        const QString evil = QStringLiteral("<script>alert('x')</script><img src=x onerror=y> & \"q\"");
        MemoContent c = sampleContent();
        MemoFinding &f = c.findings[0];
        if (field == QLatin1String("quote")) f.quote = evil;
        if (field == QLatin1String("summary")) f.plainSummary = evil;
        if (field == QLatin1String("platform")) f.platform = evil;
        if (field == QLatin1String("notes")) f.notes = evil;
        if (field == QLatin1String("title")) c.title = evil;
        if (field == QLatin1String("to")) c.spec.to = evil;
        if (field == QLatin1String("heading")) f.headingPath = {evil};
        if (field == QLatin1String("regulation")) f.regulations[0].name = evil;
        if (field == QLatin1String("change")) c.changes[0].points = {evil};
        if (field == QLatin1String("url")) c.evidence[0].sourceUrl = evil;
        if (field == QLatin1String("citation")) f.citation = evil;
        const QString html = build(c);
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")));
        // The template's own policy forbids scripts and loads.
        QVERIFY(html.contains(QStringLiteral("script-src 'none'")));
    }

    void evidenceSpansAreMarkedInsideEscapedText()
    {
        QCOMPARE(MemoHtml::highlighted(QStringLiteral("a <b> c"), {{2, 5}}),
                 QStringLiteral("a <mark>&lt;b&gt;</mark> c"));
        QCOMPARE(MemoHtml::highlighted(QStringLiteral("abcdef"), {{1, 3}, {2, 4}, {9, 12}}),
                 QStringLiteral("a<mark>bc</mark><mark>d</mark>ef"));
        QCOMPARE(MemoHtml::escape(QStringLiteral("&<>\"'")), QStringLiteral("&amp;&lt;&gt;&quot;&#39;"));
    }

    void everySectionIsPresent_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("all") << QString() << QStringList();
        QTest::newRow("no changes") << QStringLiteral("changes") << QStringList{QStringLiteral("Changes since the last review")};
        QTest::newRow("no benchmark") << QStringLiteral("benchmark") << QStringList{QStringLiteral("Cross-platform benchmark")};
        QTest::newRow("no appendix") << QStringLiteral("evidence") << QStringList{QStringLiteral("Appendix A. Evidence")};
        QTest::newRow("no originals") << QStringLiteral("originals") << QStringList{QStringLiteral("<h5>Original language</h5>")};
        QTest::newRow("no plain language") << QStringLiteral("plain") << QStringList{QStringLiteral("<h5>Plain-language reading</h5>")};
        QTest::newRow("no regulations") << QStringLiteral("regulations") << QStringList{QStringLiteral("Federal Arbitration Act")};
    }

    void everySectionIsPresent()
    {
        QFETCH(QString, option);
        QFETCH(QStringList, absent);
        MemoContent c = sampleContent();
        MemoOptions &o = c.spec.options;
        if (option == QLatin1String("changes")) o.changes = false;
        if (option == QLatin1String("benchmark")) o.benchmark = false;
        if (option == QLatin1String("evidence")) o.evidenceAppendix = false;
        if (option == QLatin1String("originals")) o.includeOriginals = false;
        if (option == QLatin1String("plain")) o.plainLanguage = false;
        if (option == QLatin1String("regulations")) o.regulations = false;
        const QString html = build(c);
        QStringList expected{QStringLiteral("Executive summary"), QStringLiteral("Scope"),
                             QStringLiteral("Findings"), QStringLiteral("Findings in detail"),
                             QStringLiteral("Changes since the last review"), QStringLiteral("Cross-platform benchmark"),
                             QStringLiteral("Recommendations"), QStringLiteral("Method and limitations"),
                             QStringLiteral("Appendix A. Evidence"), QStringLiteral("<h5>Original language</h5>"),
                             QStringLiteral("<h5>Plain-language reading</h5>"), QStringLiteral("Federal Arbitration Act")};
        for (const QString &e : expected)
            QCOMPARE(html.contains(e), !absent.contains(e));
        // The fingerprint is printed whether or not the appendix is.
        QVERIFY(html.contains(MemoFingerprint::of(c)));
        for (const MemoFinding &f : c.findings) {
            QVERIFY(html.contains(f.recordId));
            QVERIFY(html.contains(MemoHtml::escape(f.typeName)));
        }
        if (o.evidenceAppendix)
            for (const MemoEvidence &e : c.evidence) {
                QVERIFY(html.contains(e.rawSha256));
                QVERIFY(html.contains(e.textSha256));
                QVERIFY(html.contains(e.waybackUrl));
            }
    }

    void headingsAreNumberedInOrder()
    {
        const QStringList h = MemoBuilder::sectionHeadings(sampleContent());
        QCOMPARE(h.first(), QStringLiteral("1. Executive summary"));
        QCOMPARE(h.at(4), QStringLiteral("5. Changes since the last review"));
        QCOMPARE(h.last(), QStringLiteral("Appendix A. Evidence"));
    }

    void severityReadsAsWordsAndBars()
    {
        const QString html = build(sampleContent());
        QVERIFY(html.contains(QStringLiteral("■■■</span>High")));
        // Detailed per type, the type's texts once: 3 findings, 2 types.
        QCOMPARE(html.count(QStringLiteral("No public court.")), 2);
        QVERIFY(html.contains(QStringLiteral("■■□</span>Medium")));
        QVERIFY(html.contains(QStringLiteral("Suggested — not yet reviewed")));
        QVERIFY(html.contains(QStringLiteral("Confirmed by analyst")));
        QVERIFY(html.contains(QStringLiteral("silent change")));
    }

    void contentsOnlyForLongMemos()
    {
        QVERIFY(!build(sampleContent(2)).contains(QStringLiteral("class=\"toc\"")));
        const QString longMemo = build(sampleContent(8));
        QVERIFY(longMemo.contains(QStringLiteral("class=\"toc\"")));
        // Every contents entry points at an anchor the body carries.
        const QRegularExpression link(QStringLiteral("href=\"#(toc-[^\"]+)\""));
        int n = 0;
        for (auto it = link.globalMatch(longMemo); it.hasNext(); ++n)
            QVERIFY(longMemo.contains(QStringLiteral("id=\"%1\"").arg(it.next().captured(1))));
        QCOMPARE(n, 9 + 2); // sections + clause-type groups
        // Each finding has its own section, linked from the findings table.
        for (int i = 1; i <= 8; ++i)
            QVERIFY(longMemo.contains(QStringLiteral("id=\"f-CW-P-%1\"").arg(i, 6, 10, QLatin1Char('0'))));
    }

    void canonicalRoundTrips()
    {
        const MemoContent c = sampleContent();
        const QByteArray bytes = MemoCanonical::serialize(c);
        auto back = MemoCanonical::parse(bytes);
        QVERIFY(back.ok());
        QCOMPARE(MemoCanonical::serialize(*back), bytes);
        QCOMPARE(back->findings.at(1).quote, c.findings.at(1).quote);
        QCOMPARE(back->evidence.at(2).rawSha256, c.evidence.at(2).rawSha256);
        QVERIFY(!MemoCanonical::parse("{\"format\":\"other\"}").ok());
        QVERIFY(!MemoCanonical::parse("not json").ok());
    }

    void fingerprintIsStable()
    {
        const QString a = MemoFingerprint::of(sampleContent());
        QCOMPARE(a.size(), 64);
        QCOMPARE(MemoFingerprint::of(sampleContent()), a);
        QCOMPARE(MemoFingerprint::of(*MemoCanonical::parse(MemoCanonical::serialize(sampleContent()))), a);
        // The order hashes are given in does not matter, their set does.
        const MemoContent c = sampleContent();
        QStringList reversed = c.citedHashes();
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(MemoFingerprint::of(MemoCanonical::serialize(c), reversed), a);
    }

    void fingerprintIsSensitive_data()
    {
        QTest::addColumn<int>("change");
        const char *names[] = {"one character of a quote", "a severity", "a review status",
                               "a cited raw hash", "a cited text hash", "the date", "the addressee",
                               "a finding removed", "a regulation's jurisdiction", "an evidence span"};
        for (int i = 0; i < 10; ++i)
            QTest::newRow(names[i]) << i;
    }

    void fingerprintIsSensitive()
    {
        QFETCH(int, change);
        const QString before = MemoFingerprint::of(sampleContent());
        MemoContent c = sampleContent();
        const std::function<void()> edits[] = {
            [&] { c.findings[1].quote[5] = QLatin1Char('X'); },
            [&] { c.findings[1].severity = Severity::Low; },
            [&] { c.findings[1].status = ReviewStatus::Rejected; },
            [&] { c.evidence[0].rawSha256[63] = QLatin1Char('f'); },
            [&] { c.evidence[0].textSha256[0] = QLatin1Char('f'); },
            [&] { c.date = QStringLiteral("2026-01-06"); },
            [&] { c.spec.to = QStringLiteral("Someone else"); },
            [&] { c.findings.removeLast(); },
            [&] { c.findings[0].regulations[0].jurisdiction = QStringLiteral("EU"); },
            [&] { c.findings[0].evidence = {{0, 3}}; },
        };
        edits[change]();
        QVERIFY(MemoFingerprint::of(c) != before);
    }

    void riskStatement()
    {
        QList<MemoFinding> none;
        QVERIFY(!MemoAssessment::risk(none).level);
        QList<MemoFinding> f{finding(1, Severity::High, ReviewStatus::Suggested),
                             finding(2, Severity::Low, ReviewStatus::Confirmed),
                             finding(3, Severity::High, ReviewStatus::Rejected)};
        MemoRiskStatement r = MemoAssessment::risk(f);
        QCOMPARE(r.level.value(), Severity::High);
        QVERIFY(r.provisional); // the only counted high finding is unreviewed
        QCOMPARE(r.high, 1);
        QCOMPARE(r.rejected, 1);
        QVERIFY(r.statement.contains(QStringLiteral("provisional")));
        f[0].status = ReviewStatus::Confirmed;
        QVERIFY(!MemoAssessment::risk(f).provisional);
        f.removeFirst(); // only the low one counts now (the high one is rejected)
        QCOMPARE(MemoAssessment::risk(f).level.value(), Severity::Low);
    }
};

QTEST_GUILESS_MAIN(TestMemoBuilder)
#include "tst_memo_builder.moc"
