#include "extract/Extractor.h"
#include "extract/PdfTextReader.h"
#include "extract/text/TextNormalizer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QRandomGenerator>
#include <QTest>

using cw::ExtractHints;
using cw::Extractor;

namespace {

QString dataDir()
{
    return qEnvironmentVariable("CW_TEST_DATA") + QStringLiteral("/extract/");
}

QByteArray fixture(const QString &name)
{
    QFile f(dataDir() + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(f.fileName()));
    return f.readAll();
}

QByteArray sha256(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
}

// A PDF reader for the hook: returns what it was built with. The real reader
// (QtPdf) lives outside the core and is tested where it is built.
class FixedPdfReader : public cw::PdfTextReader
{
public:
    explicit FixedPdfReader(cw::Result<QString> result) : m_result(std::move(result)) {}
    cw::Result<QString> readText(const QByteArray &pdf) const override
    {
        ++m_calls;
        m_lastSize = pdf.size();
        return m_result;
    }
    mutable int m_calls = 0;
    mutable qsizetype m_lastSize = 0;

private:
    cw::Result<QString> m_result;
};

} // namespace

class TestExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format_data();
    void format();
    void errors_data();
    void errors();
    void fixturesAreCanonicalAndStable_data();
    void fixturesAreCanonicalAndStable();
    void recaptureWithOtherLineEndingsGivesSameText();
    void encodingFallbackReported();
    void hintsReachTheHtmlExtractor();
    void declaredDate();
    void pdfHook();
    void fiftyMegabytes();
    void largeDocumentBelowTheCap();
    void deepNestingThroughTheFacade();
};

void TestExtractor::format_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("format");

    const QByteArray html("<!DOCTYPE html><html><body><p>x</p></body></html>");
    const QByteArray md("# Title\n\nSome *text*.\n");
    const QByteArray txt("Just some words.\nAnd more.\n");
    const QByteArray pdf("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n");

    QTest::newRow("content type html") << txt << "text/html; charset=utf-8"
                                       << "a.md"
                                       << "html";
    QTest::newRow("content type xhtml") << txt << "application/xhtml+xml"
                                        << ""
                                        << "html";
    QTest::newRow("content type markdown") << txt << "text/markdown"
                                           << ""
                                           << "markdown";
    QTest::newRow("text/plain defers to extension") << md << "text/plain"
                                                    << "Terms.md"
                                                    << "markdown";
    QTest::newRow("octet-stream defers to extension") << html << "application/octet-stream"
                                                      << "/legal/terms.HTM"
                                                      << "html";
    QTest::newRow("extension with query") << txt << ""
                                          << "https://x.test/terms.txt?v=2#top"
                                          << "text";
    QTest::newRow("sniff doctype") << html << ""
                                   << ""
                                   << "html";
    QTest::newRow("sniff leading whitespace and comment")
        << QByteArray("\n  <!-- x --><div>y</div>") << ""
        << ""
        << "html";
    QTest::newRow("sniff utf-16 html") << fixture(QStringLiteral("bom_utf16be.html")) << ""
                                       << ""
                                       << "html";
    QTest::newRow("sniff markdown heading") << md << ""
                                            << ""
                                            << "markdown";
    QTest::newRow("sniff setext markdown") << QByteArray("Title\n=====\n\ntext") << ""
                                           << ""
                                           << "markdown";
    QTest::newRow("sniff markdown links and bullets")
        << QByteArray("See [terms](https://x.test).\n\n- one\n- two\n") << ""
        << ""
        << "markdown";
    QTest::newRow("sniff plain text") << txt << ""
                                      << ""
                                      << "text";
    QTest::newRow("pdf magic wins over content type") << pdf << "text/html"
                                                      << "a.html"
                                                      << "pdf";
    QTest::newRow("pdf by magic") << pdf << ""
                                  << ""
                                  << "pdf";
    QTest::newRow("claims pdf without header") << txt << "application/pdf"
                                               << ""
                                               << "";
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << ""
                         << ""
                         << "";
    QTest::newRow("zip (docx)") << QByteArray("PK\x03\x04\x14\0\x06\0", 8) << ""
                                << "x.docx"
                                << "";
}

void TestExtractor::format()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, contentType);
    QFETCH(QString, fileName);
    QFETCH(QString, format);
    QCOMPARE(Extractor::detectFormat(raw, {contentType, fileName, {}, {}}), format);
}

void TestExtractor::errors_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<QString>("selectCss");
    QTest::addColumn<QString>("message");

    QByteArray junk(64 * 1024, Qt::Uninitialized);
    QRandomGenerator rng(7);
    for (char &c : junk)
        c = char(rng.bounded(256));

    QTest::newRow("empty") << QByteArray() << ""
                           << ""
                           << "empty (0 bytes)";
    QTest::newRow("binary junk") << junk << ""
                                 << ""
                                 << "binary data";
    QTest::newRow("binary junk served as html") << junk << "text/html"
                                                << ""
                                                << "binary data";
    QTest::newRow("nul bytes in text") << QByteArray("abc\0def", 7) << ""
                                       << ""
                                       << "binary data";
    QTest::newRow("pdf without module") << QByteArray("%PDF-1.4\n...") << ""
                                        << ""
                                        << "PDF extraction needs the PDF module";
    QTest::newRow("bad selector") << QByteArray("<p>x</p>") << "text/html"
                                  << "p:first-child"
                                  << "pseudo-classes";
    QTest::newRow("selector matches nothing") << QByteArray("<p>x</p>") << "text/html"
                                              << "#terms"
                                              << "matched nothing";
}

void TestExtractor::errors()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, contentType);
    QFETCH(QString, selectCss);
    QFETCH(QString, message);
    Extractor x;
    auto r = x.extract(raw, {contentType, {}, selectCss, {}});
    QVERIFY(!r.ok());
    const QString line = r.error().toString();
    QVERIFY2(line.contains(message), qPrintable(line));
    QVERIFY(!line.contains(u'\n'));
}

void TestExtractor::fixturesAreCanonicalAndStable_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = QDir(dataDir()).entryList(
        {QStringLiteral("*.html"), QStringLiteral("*.md"), QStringLiteral("*.txt")}, QDir::Files,
        QDir::Name);
    for (const QString &f : files)
        if (!f.endsWith(u".expected.txt"))
            QTest::newRow(qPrintable(f)) << f;
}

// Every fixture extracts, its text is canonical, and extracting the same bytes
// again (with a fresh Extractor) gives the identical text hash.
void TestExtractor::fixturesAreCanonicalAndStable()
{
    QFETCH(QString, file);
    const QByteArray raw = fixture(file);
    auto first = Extractor().extract(raw, {{}, file, {}, {}});
    QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().toString()));
    QCOMPARE(cw::TextNormalizer::normalize(first->text), first->text);
    QVERIFY(!first->text.contains(u'\r'));
    auto second = Extractor().extract(QByteArray(raw.constData(), raw.size()), {{}, file, {}, {}});
    QVERIFY(second.ok());
    QCOMPARE(sha256(second->text), sha256(first->text));
    QCOMPARE(second->title, first->title);
}

void TestExtractor::recaptureWithOtherLineEndingsGivesSameText()
{
    const QByteArray lf = fixture(QStringLiteral("normal_page.html"));
    QByteArray crlf = lf;
    crlf.replace("\n", "\r\n");
    QByteArray reindented = lf;
    reindented.replace("\n  ", "\n\t\t");
    const ExtractHints hints{QStringLiteral("text/html"), {}, {}, {}};
    Extractor x;
    const QString a = x.extract(lf, hints)->text;
    QCOMPARE(x.extract(crlf, hints)->text, a);
    QCOMPARE(x.extract(reindented, hints)->text, a);
    QVERIFY(!a.isEmpty());
}

void TestExtractor::encodingFallbackReported()
{
    Extractor x;
    auto r = x.extract(fixture(QStringLiteral("windows1252_undeclared.html")), {});
    QVERIFY(r.ok());
    QCOMPARE(r->format, QStringLiteral("html"));
    QCOMPARE(r->encoding, QStringLiteral("windows-1252"));
    QVERIFY(r->encodingFallback);
    QVERIFY(!r->warnings.isEmpty());
    QVERIFY(r->text.contains(QStringLiteral("\u201cService\u201d costs \u20ac5")));

    auto declared = x.extract(fixture(QStringLiteral("windows1252_declared.html")), {});
    QVERIFY(declared.ok());
    QVERIFY(!declared->encodingFallback);
    QCOMPARE(declared->text, r->text);

    // Invalid UTF-8 in Markdown and text too.
    auto md = x.extract(QByteArray("# Caf\xe9\n\ncr\xe8me br\xfbl\xe9"
                                   "e"),
                        {{}, QStringLiteral("a.md"), {}, {}});
    QVERIFY(md.ok());
    QVERIFY(md->encodingFallback);
    QCOMPARE(md->text, QStringLiteral("# Caf\u00e9\n\ncr\u00e8me br\u00fbl\u00e9e"));
}

void TestExtractor::hintsReachTheHtmlExtractor()
{
    Extractor x;
    auto r = x.extract(
        fixture(QStringLiteral("normal_page.html")),
        {QStringLiteral("text/html"), {}, QStringLiteral("article"), QStringLiteral("table, ol")});
    QVERIFY(r.ok());
    QVERIFY(r->text.startsWith(QStringLiteral("# Terms of Service")));
    QVERIFY(!r->text.contains(u"| Plan |"));
    QVERIFY(!r->text.contains(u"arbitration"));
    QVERIFY(r->text.contains(u"## 4. Disputes"));
}

void TestExtractor::declaredDate()
{
    Extractor x;
    QCOMPARE(x.extract(fixture(QStringLiteral("normal_page.html")), {})->declaredDate,
             QStringLiteral("2024-03-04"));
    QCOMPARE(x.extract(fixture(QStringLiteral("all_constructs.md")), {})->declaredDate,
             QStringLiteral("2024-03-04"));
    QCOMPARE(x.extract(fixture(QStringLiteral("plain.txt")), {})->declaredDate,
             QStringLiteral("2024-03-04"));
    // Month precision is not a declared date; the next full date is.
    QCOMPARE(x.extract("Last updated: May 2023\n\nEffective date: 2023-06-01", {})->declaredDate,
             QStringLiteral("2023-06-01"));
    QCOMPARE(x.extract("No date here.", {})->declaredDate, QString());
}

void TestExtractor::pdfHook()
{
    const QByteArray pdf("%PDF-1.7\nbinary\x01\x02\x03");
    Extractor x;
    QVERIFY(!x.hasPdfTextReader());
    auto reader = std::make_shared<FixedPdfReader>(
        QStringLiteral("TERMS OF SERVICE\nThese terms are\nwrapped by the PDF.\n\n1. Scope\n"
                       "They apply to you."));
    x.setPdfTextReader(reader);
    QVERIFY(x.hasPdfTextReader());
    auto r = x.extract(pdf, {});
    QVERIFY(r.ok());
    QCOMPARE(reader->m_calls, 1);
    QCOMPARE(reader->m_lastSize, pdf.size());
    QCOMPARE(r->format, QStringLiteral("pdf"));
    QCOMPARE(r->encoding, QString());
    QCOMPARE(r->text, QStringLiteral("TERMS OF SERVICE\n\nThese terms are wrapped by the PDF.\n\n"
                                     "1. Scope\n\nThey apply to you."));
    QCOMPARE(r->title, QStringLiteral("TERMS OF SERVICE"));

    // A PDF without a text layer is not an error: the quality gate reports it.
    Extractor scanned(std::make_shared<FixedPdfReader>(QString()));
    auto empty = scanned.extract(pdf, {});
    QVERIFY(empty.ok());
    QVERIFY(empty->text.isEmpty());

    Extractor failing(std::make_shared<FixedPdfReader>(
        cw::makeError(QStringLiteral("reading PDF"), QStringLiteral("the file is damaged"))));
    auto err = failing.extract(pdf, {});
    QVERIFY(!err.ok());
    QCOMPARE(err.error().toString(), QStringLiteral("reading PDF: the file is damaged"));

    // PDFs have their own, larger cap.
    QByteArray bigPdf = pdf;
    bigPdf.resize(Extractor::MaxInputBytes + 1, 'x');
    QVERIFY(x.extract(bigPdf, {}).ok());
    QCOMPARE(reader->m_lastSize, bigPdf.size());

    x.setPdfTextReader(nullptr);
    QVERIFY(!x.extract(pdf, {}).ok());
}

void TestExtractor::fiftyMegabytes()
{
    QByteArray big;
    big.reserve(50 * 1000 * 1000 + 100);
    big += "<html><body>";
    const QByteArray para("<p>A generated paragraph of policy text to fill fifty megabytes.</p>\n");
    while (big.size() < 50 * 1000 * 1000)
        big += para;
    QElapsedTimer t;
    t.start();
    auto r = Extractor().extract(big, {});
    QVERIFY(!r.ok());
    QVERIFY2(r.error().toString().contains(u"limit"), qPrintable(r.error().toString()));
    QVERIFY(r.error().toString().contains(u"47.7 MB")); // 50,000,000 bytes in MiB
    QVERIFY(t.elapsed() < 5000);                        // refused up front, not after parsing
}

void TestExtractor::largeDocumentBelowTheCap()
{
    QByteArray big = "<html><body><h1>Big</h1>";
    int n = 0;
    while (big.size() < 8 * 1024 * 1024) {
        ++n;
        big += "<h2>Section " + QByteArray::number(n) + "</h2><p>Paragraph text number " +
               QByteArray::number(n) + " with some words in it.</p><ul><li>item</li></ul>\n";
    }
    QElapsedTimer t;
    t.start();
    auto r = Extractor().extract(big, {});
    QVERIFY(r.ok());
    QVERIFY(r->text.contains(QStringLiteral("## Section %1\n\nParagraph text number %1 ").arg(n)));
    qInfo("8 MiB of HTML extracted in %lld ms", qint64(t.elapsed()));
}

void TestExtractor::deepNestingThroughTheFacade()
{
    QByteArray html = "<html><body>";
    for (int i = 0; i < 100000; ++i)
        html += "<div><span>";
    html += "the deepest words";
    auto r = Extractor().extract(html, {});
    QVERIFY(r.ok());
    QVERIFY(r->text.contains(u"the deepest words"));
    QVERIFY(!r->warnings.isEmpty()); // the flattening is reported
}

QTEST_GUILESS_MAIN(TestExtractor)
#include "tst_extractor.moc"
