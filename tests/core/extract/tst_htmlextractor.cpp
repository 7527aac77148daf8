#include "extract/html/HtmlDepthLimiter.h"
#include "extract/html/HtmlExtractor.h"
#include "extract/text/TextNormalizer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QTest>

using cw::HtmlExtractor;

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(qEnvironmentVariable("CW_TEST_DATA") + QStringLiteral("/extract/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(f.fileName()));
    return f.readAll();
}

QString extractText(const QByteArray &html, const QString &select = {}, const QString &remove = {})
{
    auto r = HtmlExtractor::extract(html, {select, remove});
    if (!r)
        return QStringLiteral("ERROR: ") + r.error().toString();
    return r->text;
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

class TestHtmlExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snippets_data();
    void snippets();
    void fixtures_data();
    void fixtures();
    void selectors_data();
    void selectors();
    void selectorErrors_data();
    void selectorErrors();
    void title_data();
    void title();
    void deepNesting_data();
    void deepNesting();
    void depthLimiterKeepsOrdinaryPages();
};

void TestHtmlExtractor::snippets_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("expected");

    QTest::newRow("paragraphs") << QByteArray("<p>One\n  two</p><p>Three</p>")
                                << QStringLiteral("One two\n\nThree");
    QTest::newRow("inline elements join")
        << QByteArray("<p>a<b>b</b><i>c</i> <a href=x>d</a></p>") << QStringLiteral("abc d");
    QTest::newRow("divs are blocks") << QByteArray("<div>a</div><div>b<div>c</div>d</div>")
                                     << QStringLiteral("a\n\nb\n\nc\n\nd");
    QTest::newRow("headings keep levels")
        << QByteArray("<h1>T</h1><h3>S <small>x</small></h3><h6>six</h6>")
        << QStringLiteral("# T\n\n### S x\n\n###### six");
    QTest::newRow("aria heading") << QByteArray("<div role=heading aria-level=4>Four</div><p>x</p>")
                                  << QStringLiteral("#### Four\n\nx");
    QTest::newRow("br splits paragraphs") << QByteArray("<p>line one<br>line two<br><br>three</p>")
                                          << QStringLiteral("line one\n\nline two\n\nthree");
    QTest::newRow("br inside list item is a space")
        << QByteArray("<ul><li>a<br>b</li></ul>") << QStringLiteral("- a b");
    QTest::newRow("unclosed heading ends at a block")
        << QByteArray("<h2>Title<p>Body text") << QStringLiteral("## Title\n\nBody text");
    QTest::newRow("heading wrapping a div")
        << QByteArray("<h2><div>Wrapped</div></h2><p>x</p>") << QStringLiteral("## Wrapped\n\nx");
    QTest::newRow("entities and nbsp")
        << QByteArray("<p>&copy;&nbsp;2024&mdash;&#x201C;x&#8221;</p>")
        << QStringLiteral("\u00a9 2024\u2014\u201cx\u201d");
    QTest::newRow("pre lines are blocks")
        << QByteArray("<pre>a  b\nc\n\nd</pre>") << QStringLiteral("a b\n\nc\n\nd");
    QTest::newRow("scripts styles and comments dropped")
        << QByteArray("<p>a<script>var x = 1;</script><style>p{}</style><!-- c -->b</p>")
        << QStringLiteral("ab");
    QTest::newRow("site header nav footer dropped")
        << QByteArray("<header><a>Logo</a></header><nav>Menu</nav><p>Body</p><footer>Foot</footer>")
        << QStringLiteral("Body");
    QTest::newRow("header inside article kept")
        << QByteArray("<article><header><p>Posted</p></header><p>Body</p><footer>Signed</footer></"
                      "article>")
        << QStringLiteral("Posted\n\nBody\n\nSigned");
    QTest::newRow("page header with h1 kept")
        << QByteArray("<header><h1>Terms</h1><nav>Menu</nav></header><p>Body</p>")
        << QStringLiteral("# Terms\n\nBody");
    QTest::newRow("role navigation and search dropped")
        << QByteArray("<div role=navigation>N</div><div role=search>S</div><p>Body</p>")
        << QStringLiteral("Body");
    QTest::newRow("small form dropped")
        << QByteArray("<form><label>E-mail</label><input><button>Go</button></form><p>Body</p>")
        << QStringLiteral("Body");
    QTest::newRow("page-wrapping form kept")
        << QByteArray("<form id=aspnetForm><h1>Terms</h1><p>Body</p><input type=hidden></form>")
        << QStringLiteral("# Terms\n\nBody");
    QTest::newRow("hidden attribute and styles dropped")
        << QByteArray(
               "<p hidden>h</p><p style='DISPLAY : none'>d</p><p style=\"visibility:hidden\">v</p>"
               "<p aria-hidden=true>a</p><p>shown <span class=sr-only>(opens a new tab)</span></p>")
        << QStringLiteral("shown");
    QTest::newRow("aria-hidden body and main kept")
        << QByteArray("<body aria-hidden=true><main aria-hidden=true><p>Body</p></main></body>")
        << QStringLiteral("Body");
    QTest::newRow("collapsed section with heading kept")
        << QByteArray("<div style='display:none'><h2>Arbitration</h2><p>") +
               repeated("Disputes go to arbitration. ", 30) + QByteArray("</p></div>")
        << QStringLiteral("## Arbitration\n\n") +
               QString::fromLatin1(repeated("Disputes go to arbitration. ", 30)).trimmed();
    QTest::newRow("closed dialog dropped, open kept")
        << QByteArray("<dialog>closed</dialog><dialog open>open</dialog>")
        << QStringLiteral("open");
    QTest::newRow("consent platform dropped")
        << QByteArray("<div id=CybotCookiebotDialog><p>We use cookies</p></div><p>Body</p>")
        << QStringLiteral("Body");
    QTest::newRow("generic cookie banner dropped")
        << QByteArray("<div class='gdpr-cookie-notice'><p>Cookies!</p><a>OK</a></div><p>Body</p>")
        << QStringLiteral("Body");
    QTest::newRow("consent dialog by aria label dropped")
        << QByteArray(
               "<div role=dialog aria-label='Privacy choices'><p>Choose</p></div><p>Body</p>")
        << QStringLiteral("Body");
    QTest::newRow("banner with button inside main dropped")
        << QByteArray("<main><div class=cookie-banner><p>We use "
                      "cookies</p><button>OK</button></div><p>Body</p></main>")
        << QStringLiteral("Body");
    QTest::newRow("policy cookie section inside main kept")
        << QByteArray("<main><section class='cookie-notice'><p>We use cookies to sign you "
                      "in.</p></section></main>")
        << QStringLiteral("We use cookies to sign you in.");
    QTest::newRow("cookies section id kept")
        << QByteArray(
               "<h2 id=cookie-banner>Cookies</h2><p id=cookie-consent-text>We ask first.</p>")
        << QStringLiteral("## Cookies\n\nWe ask first.");
    QTest::newRow("large generic banner kept")
        << QByteArray("<div class=cookie-notice-page><p>") + repeated("Cookie rules text. ", 200) +
               QByteArray("</p></div>")
        << QString::fromLatin1(repeated("Cookie rules text. ", 200)).trimmed();
    QTest::newRow("images svg iframes dropped")
        << QByteArray("<p>a<img alt=logo src=x>b</p><svg><text>t</text></svg><iframe>f</iframe>")
        << QStringLiteral("ab");
    QTest::newRow("nested list with continuation")
        << QByteArray("<ul><li>a<ul><li>b</li></ul>c</li><li>d</li></ul>")
        << QStringLiteral("- a\n  - b\n- c\n- d");
    QTest::newRow("ordered types") << QByteArray("<ol type=A start=26><li>z</li><li>aa</li></ol>")
                                   << QStringLiteral("Z. z\nAA. aa");
    QTest::newRow("two lists are two blocks")
        << QByteArray("<ul><li>a</li></ul><ul><li>b</li></ul>") << QStringLiteral("- a\n\n- b");
    QTest::newRow("list inside table cell is inline")
        << QByteArray("<table><tr><td>x</td><td><ul><li>a</li><li>b</li></ul></td></tr></table>")
        << QStringLiteral("| x | a b |");
    QTest::newRow("own marker in list item")
        << QByteArray("<ol><li>1.1 Scope</li><li>(b) second</li></ol>")
        << QStringLiteral("1.1 Scope\n(b) second");
    QTest::newRow("definition list") << QByteArray("<dl><dt>Term</dt><dd>Meaning</dd></dl>")
                                     << QStringLiteral("Term\n\nMeaning");
    QTest::newRow("empty document") << QByteArray("") << QString();
    QTest::newRow("text only") << QByteArray("just text") << QStringLiteral("just text");
    QTest::newRow("nul bytes ignored as browsers do")
        << QByteArray("<p>a\0b</p>", 10) << QStringLiteral("ab");
}

void TestHtmlExtractor::snippets()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, expected);
    QCOMPARE(extractText(html), expected);
}

void TestHtmlExtractor::fixtures_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("normal page") << "normal_page";
    QTest::newRow("broken html") << "broken";
    QTest::newRow("nested lists") << "nested_lists";
    QTest::newRow("tables") << "tables";
}

// Each fixture has its expected canonical text next to it (<name>.expected.txt),
// checked by hand when written.
void TestHtmlExtractor::fixtures()
{
    QFETCH(QString, name);
    const QString text = extractText(fixture(name + QStringLiteral(".html")));
    const QString expected = QString::fromUtf8(fixture(name + QStringLiteral(".expected.txt")));
    QCOMPARE(text, expected);
    QCOMPARE(cw::TextNormalizer::normalize(text), text);
}

void TestHtmlExtractor::selectors_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("select");
    QTest::addColumn<QString>("remove");
    QTest::addColumn<QString>("expected");

    const QByteArray page("<body><div id=top class='a b'><p>top</p></div>"
                          "<main><div class='terms x'><h2>T</h2><p class=note data-k='v w'>note</p>"
                          "<section><p>deep</p></section><ul><li>i</li></ul></div>"
                          "<div class=terms><p lang=en-GB>second</p></div></main>"
                          "<custom-el role=note><p>custom</p></custom-el></body>");
    QTest::newRow("type") << page << "section"
                          << ""
                          << "deep";
    QTest::newRow("id") << page << "#top"
                        << ""
                        << "top";
    QTest::newRow("class") << page << ".terms"
                           << ""
                           << "## T\n\nnote\n\ndeep\n\n- i\n\nsecond";
    QTest::newRow("compound") << page << "div.terms.x"
                              << ""
                              << "## T\n\nnote\n\ndeep\n\n- i";
    QTest::newRow("two classes any order") << page << ".b.a"
                                           << ""
                                           << "top";
    QTest::newRow("attribute exists") << page << "[data-k]"
                                      << ""
                                      << "note";
    QTest::newRow("attribute equals") << page << "p[data-k='v w']"
                                      << ""
                                      << "note";
    QTest::newRow("attribute includes") << page << "[data-k~=w]"
                                        << ""
                                        << "note";
    QTest::newRow("attribute dash") << page << "[lang|=en]"
                                    << ""
                                    << "second";
    QTest::newRow("attribute prefix suffix substring")
        << page << "[class^=ter][class$=x][class*='ms x']"
        << ""
        << "## T\n\nnote\n\ndeep\n\n- i";
    QTest::newRow("attribute case-insensitive") << page << "[data-k='V W' i]"
                                                << ""
                                                << "note";
    QTest::newRow("descendant") << page << "main section p"
                                << ""
                                << "deep";
    QTest::newRow("child") << page << "main > div > p"
                           << ""
                           << "note\n\nsecond";
    QTest::newRow("child does not match grandchild") << page << "main > p"
                                                     << ""
                                                     << "ERROR";
    QTest::newRow("comma list in document order") << page << "#top, section"
                                                  << ""
                                                  << "top\n\ndeep";
    QTest::newRow("nested matches counted once") << page << "main, .terms"
                                                 << ""
                                                 << "## T\n\nnote\n\ndeep\n\n- i\n\nsecond";
    QTest::newRow("custom element type") << page << "custom-el"
                                         << ""
                                         << "custom";
    QTest::newRow("universal with attribute") << page << "*[role=note]"
                                              << ""
                                              << "custom";
    QTest::newRow("type is case-insensitive") << page << "SECTION"
                                              << ""
                                              << "deep";
    QTest::newRow("remove") << page << ""
                            << "#top, section, .note, custom-el"
                            << "## T\n\n- i\n\nsecond";
    QTest::newRow("select and remove") << page << ".terms"
                                       << "h2, ul"
                                       << "note\n\ndeep\n\nsecond";
    QTest::newRow("remove the selected root") << page << ".terms"
                                              << ".x"
                                              << "second";
    QTest::newRow("select matches nothing") << page << "#missing"
                                            << ""
                                            << "ERROR";
    QTest::newRow("descendant across many levels")
        << QByteArray("<div class=k>") + repeated("<div>", 300) + QByteArray("<p>in</p>") << ".k p"
        << ""
        << "in";
}

void TestHtmlExtractor::selectors()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, select);
    QFETCH(QString, remove);
    QFETCH(QString, expected);
    const QString text = extractText(html, select, remove);
    if (expected == u"ERROR") {
        QVERIFY2(text.startsWith(u"ERROR: "), qPrintable(text));
        QVERIFY(text.contains(u"matched nothing"));
    } else {
        QCOMPARE(text, expected);
    }
}

void TestHtmlExtractor::selectorErrors_data()
{
    QTest::addColumn<QString>("select");
    QTest::addColumn<QString>("message");
    QTest::newRow("pseudo-class") << "a:hover"
                                  << "pseudo-classes";
    QTest::newRow("sibling") << "h2 + p"
                             << "sibling";
    QTest::newRow("dangling comma") << "p,"
                                    << "missing";
    QTest::newRow("unterminated attribute") << "[data-x='y"
                                            << "unterminated";
    QTest::newRow("bad attribute op") << "[a!=b]"
                                      << "attribute selector";
    QTest::newRow("empty class") << "p."
                                 << "class name";
    QTest::newRow("dangling child") << "main >"
                                    << "missing";
    QTest::newRow("namespace") << "svg|rect"
                               << "namespaces";
    QTest::newRow("too long") << QString(3000, u'a') << "longer than";
}

void TestHtmlExtractor::selectorErrors()
{
    QFETCH(QString, select);
    QFETCH(QString, message);
    auto r = HtmlExtractor::extract("<p>x</p>", {select, {}});
    QVERIFY(!r.ok());
    QVERIFY2(r.error().toString().contains(message), qPrintable(r.error().toString()));
    QVERIFY(!r.error().toString().contains(u'\n'));
    // The same selector as `remove` is refused the same way.
    auto r2 = HtmlExtractor::extract("<p>x</p>", {{}, select});
    QVERIFY(!r2.ok());
}

void TestHtmlExtractor::title_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("title");
    QTest::newRow("title element")
        << QByteArray("<title> Terms &amp;\n Conditions </title><h1>H</h1>")
        << "Terms & Conditions";
    QTest::newRow("first h1 when no title")
        << QByteArray("<h2>Sub</h2><h1>Main <b>one</b></h1><h1>Two</h1>") << "Main one";
    QTest::newRow("empty title falls back") << QByteArray("<title> </title><h1>H</h1>") << "H";
    QTest::newRow("none") << QByteArray("<p>x</p>") << "";
}

void TestHtmlExtractor::title()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, title);
    auto r = HtmlExtractor::extract(html);
    QVERIFY(r.ok());
    QCOMPARE(r->title, title);
}

void TestHtmlExtractor::deepNesting_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("mustContain");
    const int n = 100000;
    QTest::newRow("divs") << repeated("<div>", n) + "deep text" + repeated("</div>", n)
                          << "deep text";
    QTest::newRow("unclosed divs") << repeated("<div>", n) + "deep text"
                                   << "deep text";
    QTest::newRow("self-closed divs") << repeated("<div/>", n) + "deep text"
                                      << "deep text";
    QTest::newRow("formatting") << repeated("<b><i>", n / 2) + "deep text"
                                << "deep text";
    QTest::newRow("lists") << repeated("<ul><li>x", n / 2) + "deep text"
                           << "deep text";
    QTest::newRow("tables") << repeated("<table><tr><td>", n / 3) + "deep text"
                            << "deep text";
    QTest::newRow("svg breakout") << "<svg>" + repeated("<div/>", n) + "deep text"
                                  << "deep text";
    QTest::newRow("headings") << repeated("<h2>", n) + "deep text"
                              << "deep text";
    QTest::newRow("blockquotes") << repeated("<blockquote>", n) + "deep text"
                                 << "deep text";
}

// 100,000 levels must neither overflow the stack nor take minutes (gumbo alone
// needs ~26 s for the first row); the text inside must survive.
void TestHtmlExtractor::deepNesting()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, mustContain);
    QElapsedTimer timer;
    timer.start();
    auto r = HtmlExtractor::extract(html);
    QVERIFY(r.ok());
    QVERIFY2(r->text.contains(mustContain), qPrintable(r->text.left(200)));
    QVERIFY(r->droppedDeepTags > 0);
    qInfo("%s: %lld ms, %lld tags dropped", QTest::currentDataTag(), qint64(timer.elapsed()),
          qint64(r->droppedDeepTags));
}

void TestHtmlExtractor::depthLimiterKeepsOrdinaryPages()
{
    for (const char *name :
         {"normal_page.html", "broken.html", "nested_lists.html", "tables.html"}) {
        const QByteArray html = fixture(QString::fromLatin1(name));
        qsizetype dropped = -1;
        const QByteArray out = cw::HtmlDepthLimiter::limit(html, 512, &dropped);
        QCOMPARE(dropped, qsizetype(0));
        QVERIFY(out.constData() == html.constData()); // shared, not copied
    }
    // A tight limit drops only start tags beyond it, with their end tags.
    qsizetype dropped = 0;
    const QByteArray out =
        cw::HtmlDepthLimiter::limit("<div><div><div>x</div></div></div><p>y</p>", 2, &dropped);
    QCOMPARE(dropped, qsizetype(2));
    QCOMPARE(out, QByteArray("<div><div> x </div></div><p>y</p>"));
}

QTEST_GUILESS_MAIN(TestHtmlExtractor)
#include "tst_htmlextractor.moc"
