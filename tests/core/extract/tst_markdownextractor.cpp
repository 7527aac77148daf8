#include "extract/text/MarkdownExtractor.h"
#include "extract/text/TextNormalizer.h"

#include <QFile>
#include <QObject>
#include <QTest>

using cw::MarkdownExtractor;

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(qEnvironmentVariable("CW_TEST_DATA") + QStringLiteral("/extract/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(f.fileName()));
    return f.readAll();
}

QByteArray repeated(const QByteArray &s, int n)
{
    QByteArray out;
    out.reserve(s.size() * n);
    for (int i = 0; i < n; ++i)
        out += s;
    return out;
}

} // namespace

class TestMarkdownExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snippets_data();
    void snippets();
    void allConstructs();
    void title_data();
    void title();
    void pathological_data();
    void pathological();
};

void TestMarkdownExtractor::snippets_data()
{
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QString>("expected");

    QTest::newRow("atx headings") << QByteArray("# One\n### Three ###\n###### Six")
                                  << QStringLiteral("# One\n\n### Three\n\n###### Six");
    QTest::newRow("setext headings")
        << QByteArray("Title\n=====\n\nSub\n---\n") << QStringLiteral("# Title\n\n## Sub");
    QTest::newRow("soft breaks join")
        << QByteArray("one\ntwo\n\nthree") << QStringLiteral("one two\n\nthree");
    QTest::newRow("emphasis dropped")
        << QByteArray("*a* **b** _c_ __d__ ~~e~~ `f`") << QStringLiteral("a b c d e f");
    QTest::newRow("links keep text")
        << QByteArray("[Terms](https://x.test \"t\") and <https://y.test>")
        << QStringLiteral("Terms and https://y.test");
    QTest::newRow("reference links") << QByteArray("See [the rules][r].\n\n[r]: https://r.test")
                                     << QStringLiteral("See the rules.");
    QTest::newRow("images dropped")
        << QByteArray("a ![alt text](i.png) b") << QStringLiteral("a b");
    QTest::newRow("escaped number is a paragraph")
        << QByteArray("1\\. Not a list") << QStringLiteral("1. Not a list");
    QTest::newRow("tight list") << QByteArray("- a\n- b\n") << QStringLiteral("- a\n- b");
    QTest::newRow("loose list stays one block")
        << QByteArray("* a\n\n* b\n") << QStringLiteral("- a\n- b");
    QTest::newRow("ordered start and delimiter")
        << QByteArray("7) x\n8) y") << QStringLiteral("7) x\n8) y");
    QTest::newRow("nested") << QByteArray("1. a\n   - b\n     1. c\n2. d")
                            << QStringLiteral("1. a\n  - b\n    1. c\n2. d");
    QTest::newRow("item with two paragraphs")
        << QByteArray("- a\n\n  more\n- b") << QStringLiteral("- a more\n- b");
    QTest::newRow("table") << QByteArray("| h1 | h2 |\n|---|---|\n| *a* | [b](x) |\n| | c |")
                           << QStringLiteral("| h1 | h2 |\n| a | b |\n| | c |");
    QTest::newRow("blockquote") << QByteArray("> quoted\n> text\n\nafter")
                                << QStringLiteral("quoted text\n\nafter");
    QTest::newRow("hard break") << QByteArray("a  \nb\\\nc") << QStringLiteral("a\n\nb\n\nc");
    QTest::newRow("inline html dropped, br breaks")
        << QByteArray("a <span>b</span><br/>c") << QStringLiteral("a b\n\nc");
    QTest::newRow("html block extracted")
        << QByteArray("<table><tr><td>x</td><td>y</td></tr></table>\n\nafter")
        << QStringLiteral("| x | y |\n\nafter");
    QTest::newRow("html comment dropped")
        << QByteArray("<!-- note -->\n\ntext") << QStringLiteral("text");
    QTest::newRow("entities") << QByteArray(
                                     "&amp; &copy; &eacute; &#8217; &#x2014; &nbsp;x &bogus;")
                              << QStringLiteral("& \u00a9 \u00e9 \u2019 \u2014 x &bogus;");
    QTest::newRow("code block lines")
        << QByteArray("```\nl1\nl2\n```") << QStringLiteral("l1\n\nl2");
    QTest::newRow("thematic break") << QByteArray("a\n\n***\n\nb") << QStringLiteral("a\n\nb");
    QTest::newRow("task list") << QByteArray("- [x] done\n- [ ] todo")
                               << QStringLiteral("- done\n- todo");
    QTest::newRow("crlf") << QByteArray("# T\r\n\r\npara\r\nline")
                          << QStringLiteral("# T\n\npara line");
    QTest::newRow("empty") << QByteArray() << QString();
}

void TestMarkdownExtractor::snippets()
{
    QFETCH(QByteArray, markdown);
    QFETCH(QString, expected);
    auto r = MarkdownExtractor::extract(markdown);
    QVERIFY(r.ok());
    QCOMPARE(r->text, expected);
}

void TestMarkdownExtractor::allConstructs()
{
    auto r = MarkdownExtractor::extract(fixture(QStringLiteral("all_constructs.md")));
    QVERIFY(r.ok());
    QCOMPARE(r->text, QString::fromUtf8(fixture(QStringLiteral("all_constructs.expected.txt"))));
    QCOMPARE(cw::TextNormalizer::normalize(r->text), r->text);
    QCOMPARE(r->title, QStringLiteral("Brightloom Terms of Service"));
}

void TestMarkdownExtractor::title_data()
{
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QString>("title");
    QTest::newRow("first h1") << QByteArray("## a\n# **B** c\n# d") << "B c";
    QTest::newRow("first heading without h1") << QByteArray("text\n### x\n## y") << "x";
    QTest::newRow("none") << QByteArray("text") << "";
}

void TestMarkdownExtractor::title()
{
    QFETCH(QByteArray, markdown);
    QFETCH(QString, title);
    auto r = MarkdownExtractor::extract(markdown);
    QVERIFY(r.ok());
    QCOMPARE(r->title, title);
}

void TestMarkdownExtractor::pathological_data()
{
    QTest::addColumn<QByteArray>("markdown");
    const int n = 100000;
    QTest::newRow("deep quotes") << repeated("> ", n) + "deep";
    QTest::newRow("deep lists") << repeated("- ", n) + "deep";
    QTest::newRow("brackets") << repeated("[", n) + "deep" + repeated("](x)", n);
    QTest::newRow("emphasis") << repeated("*a ", n) + "deep";
    QTest::newRow("backticks") << "a " + repeated("`", n) + "deep";
    QTest::newRow("html tags") << repeated("<div>", n) + "\n\ndeep";
    QTest::newRow("table columns")
        << "|" + repeated("a|", 5000) + "\n|" + repeated("-|", 5000) + "\n|deep|";
}

void TestMarkdownExtractor::pathological()
{
    QFETCH(QByteArray, markdown);
    auto r = MarkdownExtractor::extract(markdown);
    QVERIFY(r.ok());
    QVERIFY(r->text.contains(u"deep"));
    QCOMPARE(cw::TextNormalizer::normalize(r->text), r->text);
}

QTEST_GUILESS_MAIN(TestMarkdownExtractor)
#include "tst_markdownextractor.moc"
