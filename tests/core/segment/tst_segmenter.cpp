#include "SyntheticPolicy.h"
#include "segment/Segmenter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QSet>
#include <QTest>

using namespace cw;

namespace {

/// One clause as a line: kind, number, depth, heading path, text (with '\n'
/// shown as "\n") — the format of the .expected files, readable in a failure.
QString describe(const QString &text, const ClauseSpan &s)
{
    return QStringList{clauseKindKey(s.kind), s.number, QString::number(s.depth),
                       s.headingPath.join(QStringLiteral(" > ")),
                       s.textIn(text).toString().replace(u'\n', QStringLiteral("\\n"))}
        .join(u'\t');
}

QStringList describeAll(const QString &text, const QList<ClauseSpan> &spans)
{
    QStringList out;
    for (const ClauseSpan &s : spans)
        out.append(describe(text, s));
    return out;
}

/// The Segmenter's contract on offsets: inside the text, non-empty, trimmed,
/// in order, not overlapping; depth never below the heading path's length.
QString invariantViolation(const QString &text, const QList<ClauseSpan> &spans)
{
    int previousEnd = 0;
    for (qsizetype k = 0; k < spans.size(); ++k) {
        const ClauseSpan &s = spans[k];
        const QString where = QStringLiteral("clause %1 [%2,%3): ").arg(k).arg(s.start).arg(s.end);
        if (s.start < previousEnd || s.end <= s.start || s.end > text.size())
            return where + QStringLiteral("bad offsets");
        if (text[s.start].isSpace() || text[s.end - 1].isSpace())
            return where + QStringLiteral("not trimmed");
        if (s.textIn(text) != s.textIn(text).trimmed())
            return where + QStringLiteral("not trimmed");
        if (s.depth < s.headingPath.size())
            return where + QStringLiteral("depth below heading path");
        previousEnd = s.end;
    }
    return {};
}

QString fixturePath(const QString &name)
{
    return qEnvironmentVariable("CW_TEST_DATA") + QStringLiteral("/segment/") + name;
}

QString readFixture(const QString &name)
{
    QFile f(fixturePath(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(f.readAll());
    // Canonical text ends without a trailing newline; files end with one.
    while (text.endsWith(u'\n'))
        text.chop(1);
    return text;
}

} // namespace

class TestSegmenter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void inlineDocuments_data();
    void inlineDocuments();
    void sentenceThreshold_data();
    void sentenceThreshold();
    void plainHeadingsOption();
    void fiveMegabytes();
};

void TestSegmenter::fixtures_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("plain numbered, no Markdown") << QStringLiteral("numbered.txt");
    QTest::newRow("nested 1 / 1.1 / (a) / (i)") << QStringLiteral("nested.txt");
    QTest::newRow("unnumbered with plain headings") << QStringLiteral("unnumbered.txt");
    QTest::newRow("Markdown headings, lists, table") << QStringLiteral("markdown.md");
    QTest::newRow("Article, Section and § styles") << QStringLiteral("articles.txt");
    QTest::newRow("plain numbered, hard-wrapped") << QStringLiteral("plain-wrapped.txt");
    QTest::newRow("long paragraph with abbreviation traps") << QStringLiteral("sentences.md");
}

void TestSegmenter::fixtures()
{
    QFETCH(QString, fixture);
    const QString text = readFixture(fixture);
    QVERIFY2(!text.isEmpty(),
             qPrintable(QStringLiteral("missing fixture ") + fixturePath(fixture)));
    QFile expectedFile(fixturePath(fixture + QStringLiteral(".expected")));
    QVERIFY(expectedFile.open(QIODevice::ReadOnly));
    QStringList expected;
    for (const QString &line : QString::fromUtf8(expectedFile.readAll()).split(u'\n')) {
        if (!line.isEmpty() && !line.startsWith(u'#'))
            expected.append(line);
    }

    const QList<ClauseSpan> spans = Segmenter::segment(text);
    const QString violation = invariantViolation(text, spans);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
    const QStringList actual = describeAll(text, spans);
    for (qsizetype k = 0; k < std::min(actual.size(), expected.size()); ++k)
        QCOMPARE(actual[k], expected[k]);
    QCOMPARE(actual.size(), expected.size());
}

void TestSegmenter::inlineDocuments_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    const auto row = [](const char *name, const char *text, QStringList expected) {
        QTest::newRow(name) << QString::fromUtf8(text) << expected;
    };
    const auto L = [](const char *line) { return QString::fromUtf8(line); };

    row("empty", "", {});
    row("whitespace only", "  \n\n \t \n\n", {});
    row("headings only", "# Title\n\n## Sub", {});
    row("layout residue without words is not a clause",
        "* * *\n\n---\n\n\u200d\n\nReal text.\n\n| -- | \u2014 |",
        {L("paragraph\t\t0\t\tReal text.")});
    row("single paragraph", "You agree.", {L("paragraph\t\t0\t\tYou agree.")});
    row("hashtag is not a heading", "#hashtag rules apply.",
        {L("paragraph\t\t0\t\t#hashtag rules apply.")});
    row("seven hashes are not a heading", "####### Not a heading",
        {L("paragraph\t\t0\t\t####### Not a heading")});
    row("CRLF line ends are trimmed", "First paragraph.\r\n\r\nSecond paragraph.\r\n",
        {L("paragraph\t\t0\t\tFirst paragraph."), L("paragraph\t\t0\t\tSecond paragraph.")});
    row("hard-wrapped paragraph is one clause", "We may change these terms\nat any time.",
        {L("paragraph\t\t0\t\tWe may change these terms\\nat any time.")});
    row("(i) after (h) continues the letters",
        "(g) seventh item;\n\n(h) eighth item;\n\n(i) ninth item.",
        {L("list_item\t(g)\t0\t\t(g) seventh item;"), L("list_item\t(h)\t0\t\t(h) eighth item;"),
         L("list_item\t(i)\t0\t\t(i) ninth item.")});
    row("(i) after (a) is a Roman sub-item",
        "(a) first item:\n\n(i) sub one;\n\n(ii) sub two;\n\n(b) second item.",
        {L("list_item\t(a)\t0\t\t(a) first item:"), L("list_item\t(i)\t1\t(a)\t(i) sub one;"),
         L("list_item\t(ii)\t1\t(a)\t(ii) sub two;"), L("list_item\t(b)\t0\t\t(b) second item.")});
    row("'Section 5 of' is prose, not a number", "Section 5 of the Act applies.",
        {L("paragraph\t\t0\t\tSection 5 of the Act applies.")});
    row("a decimal amount is prose", "3.5 million users rely on us.",
        {L("paragraph\t\t0\t\t3.5 million users rely on us.")});
    row("a year is prose", "2024. A good year for us.",
        {L("paragraph\t\t0\t\t2024. A good year for us.")});
    row("bullets are not part of the span", "- Keep it safe.\n- Tell us.",
        {L("list_item\t\t0\t\tKeep it safe."), L("list_item\t\t0\t\tTell us.")});
    row("a single bullet item", "- Only item here.", {L("list_item\t\t0\t\tOnly item here.")});
    row("ordered list items keep their markers", "1. First step.\n2. Second step.",
        {L("list_item\t1\t0\t\t1. First step."), L("list_item\t2\t0\t\t2. Second step.")});
    row("nested bullets by indentation", "- outer item\n  - inner item\n    - innermost item",
        {L("list_item\t\t0\t\touter item"), L("list_item\t\t1\t\tinner item"),
         L("list_item\t\t2\t\tinnermost item")});
    row("paragraph then list in one block", "You agree to:\n- pay on time;\n- follow the rules.",
        {L("paragraph\t\t0\t\tYou agree to:"), L("list_item\t\t0\t\tpay on time;"),
         L("list_item\t\t0\t\tfollow the rules.")});
    row("section numbers on consecutive lines",
        "4. PAYMENT\n4.1 Fees. You pay monthly.\n4.2 You pay the taxes.",
        {L("section\t4.1\t1\t4. PAYMENT\t4.1 Fees. You pay monthly."),
         L("section\t4.2\t1\t4. PAYMENT\t4.2 You pay the taxes.")});
    row("a numbered title line followed by a capitalised line",
        "3. DATA\n3.5 Your use of games and other services\nWe collect your play time.",
        {L("paragraph\t\t2\t3. DATA > 3.5 Your use of games and other services\tWe collect your "
           "play time.")});
    row("a wrapped numbered sentence is not a title",
        "1.1 We share the data with\nGoogle for analytics.",
        {L("section\t1.1\t0\t\t1.1 We share the data with\\nGoogle for analytics.")});
    row("table separator rows are skipped", "| a | b |\n|:--|--:|\n| 1 | 2 |",
        {L("table_row\t\t0\t\t| a | b |"), L("table_row\t\t0\t\t| 1 | 2 |")});
    row("ARTICLE with a Roman number is a heading",
        "ARTICLE V\n\nThe Provider may assign this contract.",
        {L("paragraph\t\t1\tARTICLE V\tThe Provider may assign this contract.")});
    row("§ sections nest by their dotted depth",
        "§ 3 Haftung\n\n§ 3.1 The provider is liable for intent.",
        {L("section\t§ 3.1\t1\t§ 3 Haftung\t§ 3.1 The provider is liable for intent.")});
    row("'Sec.' abbreviation is a keyword",
        "Sec. 4 Termination\n\nEither party may end the contract.",
        {L("paragraph\t\t1\tSec. 4 Termination\tEither party may end the contract.")});
    row("a Markdown heading resets the numbering",
        "1. Scope\n\n1.1 Applies to all users.\n\n# Annex\n\n2.1 Other text here.",
        {L("section\t1.1\t1\t1. Scope\t1.1 Applies to all users."),
         L("section\t2.1\t1\tAnnex\t2.1 Other text here.")});
    row("items nest under a run-in title; prose closes them",
        "2. Payment\n\n2.1 Fees. You pay:\n\n(a) monthly; or\n\n(b) yearly.\n\nLate fees apply.",
        {L("section\t2.1\t1\t2. Payment\t2.1 Fees. You pay:"),
         L("list_item\t(a)\t2\t2. Payment > 2.1 Fees\t(a) monthly; or"),
         L("list_item\t(b)\t2\t2. Payment > 2.1 Fees\t(b) yearly."),
         L("paragraph\t\t1\t2. Payment\tLate fees apply.")});
    row("numbered headings do not nest under a title-case caption",
        "Table of Contents\n\n1. Who Can Use It\n\nYou must be 13.",
        {L("paragraph\t\t1\t1. Who Can Use It\tYou must be 13.")});
    row("numbered headings nest under an all-caps document title",
        "GENERAL TERMS\n\n1. Scope\n\nThese terms apply.",
        {L("paragraph\t\t2\tGENERAL TERMS > 1. Scope\tThese terms apply.")});
    row("sentence-case numbered title", "4. Changes to these terms\n\nWe may change them.",
        {L("paragraph\t\t1\t4. Changes to these terms\tWe may change them.")});
    row("a long unpunctuated numbered line is a clause",
        "5. You must not use the service to send spam or malware to anyone",
        {L("section\t5\t0\t\t5. You must not use the service to send spam or malware to anyone")});
    row("an address line is not a plain heading", "Harbour Road 12\n\nWrite to us there.",
        {L("paragraph\t\t0\t\tHarbour Road 12"), L("paragraph\t\t0\t\tWrite to us there.")});
    row("a heading without words is ignored", "# Terms\n\n## \u200d\n\nText here.",
        {L("paragraph\t\t1\tTerms\tText here.")});
    row("a plain heading needs text after it", "Intro text here.\n\nCONTACT",
        {L("paragraph\t\t0\t\tIntro text here."), L("paragraph\t\t0\t\tCONTACT")});
    row("Markdown heading levels nest and close",
        "# A\n\n## B\n\nOne.\n\n### C\n\nTwo.\n\n## D\n\nThree.",
        {L("paragraph\t\t2\tA > B\tOne."), L("paragraph\t\t3\tA > B > C\tTwo."),
         L("paragraph\t\t2\tA > D\tThree.")});
}

void TestSegmenter::inlineDocuments()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const QList<ClauseSpan> spans = Segmenter::segment(text);
    const QString violation = invariantViolation(text, spans);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
    QCOMPARE(describeAll(text, spans), expected);
}

void TestSegmenter::sentenceThreshold_data()
{
    QTest::addColumn<int>("threshold");
    QTest::addColumn<int>("clauses");
    QTest::addColumn<QString>("kind");
    QTest::newRow("below the threshold: one paragraph") << 500 << 1 << QStringLiteral("paragraph");
    QTest::newRow("above the threshold: four sentences") << 100 << 4 << QStringLiteral("sentence");
    QTest::newRow("threshold 0: never split") << 0 << 1 << QStringLiteral("paragraph");
}

void TestSegmenter::sentenceThreshold()
{
    QFETCH(int, threshold);
    QFETCH(int, clauses);
    QFETCH(QString, kind);
    const QString text = QStringLiteral(
        "We collect the information you give us when you register. We use it to run the "
        "service and to bill you. We share it with processors who act on our instructions. "
        "You can ask us to delete it at any time.");
    SegmenterOptions options;
    options.sentenceSplitThreshold = threshold;
    const QList<ClauseSpan> spans = Segmenter::segment(text, options);
    QCOMPARE(spans.size(), clauses);
    for (const ClauseSpan &s : spans)
        QCOMPARE(clauseKindKey(s.kind), kind);
    QVERIFY(invariantViolation(text, spans).isEmpty());
    QCOMPARE(spans.front().start, 0);
    QCOMPARE(spans.back().end, int(text.size()));
}

void TestSegmenter::plainHeadingsOption()
{
    const QString text = QStringLiteral("PRIVACY\n\nWe keep your data safe.");
    QCOMPARE(describeAll(text, Segmenter::segment(text)),
             QStringList{QStringLiteral("paragraph\t\t1\tPRIVACY\tWe keep your data safe.")});
    SegmenterOptions options;
    options.detectPlainHeadings = false;
    QCOMPARE(describeAll(text, Segmenter::segment(text, options)),
             (QStringList{QStringLiteral("paragraph\t\t0\t\tPRIVACY"),
                          QStringLiteral("paragraph\t\t0\t\tWe keep your data safe.")}));
}

void TestSegmenter::fiveMegabytes()
{
    test::SyntheticPolicy generator(20240601);
    const test::SyntheticPolicy::Document doc = generator.document(5 * 1024 * 1024);
    QElapsedTimer timer;
    timer.start();
    const QList<ClauseSpan> spans = Segmenter::segment(doc.text);
    const qint64 ns = timer.nsecsElapsed();
    const double mb = double(doc.text.toUtf8().size()) / (1024.0 * 1024.0);
    qInfo("segmented %.2f MB (%lld chars, %d sections) into %lld clauses in %.1f ms: %.1f MB/s", mb,
          qlonglong(doc.text.size()), doc.sections, qlonglong(spans.size()), ns / 1e6,
          mb / (ns / 1e9));

    const QString violation = invariantViolation(doc.text, spans);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
    int listItems = 0;
    int tableRows = 0;
    int sentences = 0;
    QSet<QString> paths;
    for (const ClauseSpan &s : spans) {
        listItems += s.kind == ClauseKind::ListItem;
        tableRows += s.kind == ClauseKind::TableRow;
        sentences += s.kind == ClauseKind::Sentence;
        QCOMPARE(s.headingPath.value(0), QStringLiteral("Synthetic Terms"));
        QCOMPARE(s.headingPath.size(), 2);
        paths.insert(s.headingPath.join(u'\x1f'));
    }
    QCOMPARE(listItems, doc.listItems);
    QCOMPARE(tableRows, doc.tableRows);
    QCOMPARE(int(paths.size()), doc.sections);
    QVERIFY(sentences > 0);
}

QTEST_GUILESS_MAIN(TestSegmenter)
#include "tst_segmenter.moc"
