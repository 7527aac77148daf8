// The memo seal on PDFs made without WebEngine: the incremental update that
// adds metadata, page stamps, the carried content and the seal; reading it
// back; and the PDF reader's behaviour on damaged input.

#include "MiniPdf.h"
#include "TestSupport.h"
#include "memo/MemoPdfSeal.h"
#include "memo/pdf/PdfFile.h"
#include "memo/pdf/PdfParser.h"
#include "memo/pdf/PdfStandardFont.h"

#include <QObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace cw;

namespace {

MemoSealRequest request(const QByteArray &pdf)
{
    MemoSealRequest r;
    r.renderedPdf = pdf;
    r.info.title = QStringLiteral("Compliance memo: Streamly");
    r.info.author = QStringLiteral("Ana Analyst");
    r.info.subject = QStringLiteral("Arbitration — review");
    r.info.keywords = QStringLiteral("Clausewatch; Streamly; Terms of Service; 2025-01-02");
    r.info.creator = QStringLiteral("Clausewatch test");
    r.info.producer = QStringLiteral("sealed by Clausewatch");
    r.info.createdAt = QStringLiteral("2025-01-02T03:04:05Z");
    r.stamps.headerLeft = QStringLiteral("Clausewatch · Streamly review");
    r.stamps.headerRight = QStringLiteral("Confidential · 2025-01-02");
    r.stamps.footerLeft = QStringLiteral("Memo fingerprint 0123456789abcdef…");
    r.fingerprint = QString(64, QLatin1Char('a'));
    r.canonicalContent = R"({"format":"clausewatch-memo/1","quote":"<script>x</script> € ü"})";
    return r;
}

QString run(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(30000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

bool havePoppler()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

} // namespace

class TestMemoPdfSeal : public QObject
{
    Q_OBJECT

    test::TempArchive m_dir;

private Q_SLOTS:
    void readsTheRendererShape()
    {
        const QByteArray bytes = test::threePagePdf();
        auto file = pdf::PdfFile::parse(bytes);
        QVERIFY2(file.ok(), qPrintable(file.ok() ? QString() : file.error().toString()));
        auto pages = file->pages();
        QVERIFY(pages.ok());
        QCOMPARE(pages->size(), 3);
        QCOMPARE(pages->at(0).width(), 595.0);
        auto dests = file->namedDestinationPages(*pages);
        QVERIFY(dests.ok());
        QCOMPARE(dests->value("toc-first", -1), 1);
        QCOMPARE(dests->value("toc-second", -1), 2);
        auto links = file->links(pages->at(0));
        QVERIFY(links.ok());
        QCOMPARE(links->size(), 3);
        QCOMPARE(links->at(0).destination, QByteArray("toc-first"));
    }

    void sealAddsMetadataStampsAndContent()
    {
        const auto r = request(test::threePagePdf());
        auto sealed = MemoPdfSeal::seal(r);
        QVERIFY2(sealed.ok(), qPrintable(sealed.ok() ? QString() : sealed.error().toString()));
        QCOMPARE(sealed->pages, 3);
        // The original bytes are untouched in front: an incremental update.
        QVERIFY(sealed->bytes.startsWith(r.renderedPdf));

        auto back = MemoPdfSeal::read(sealed->bytes);
        QVERIFY(back.ok());
        QVERIFY2(back->found(), qPrintable(back->problem));
        QCOMPARE(back->info.title, r.info.title);
        QCOMPARE(back->info.subject, r.info.subject); // non-ASCII: UTF-16 text string
        QCOMPARE(back->info.author, r.info.author);
        QCOMPARE(back->info.keywords, r.info.keywords);
        QCOMPARE(back->info.producer, QStringLiteral("MiniPdf; sealed by Clausewatch"));
        QCOMPARE(back->fingerprint, r.fingerprint);
        QCOMPARE(back->content, r.canonicalContent);
        QCOMPARE(back->pages, 3);
        QVERIFY(back->coversWholeFile);
        QVERIFY(back->digestMatches());
        QCOMPARE(back->recordedDigest, sealed->digest);
        QVERIFY(!back->isSigned());
        QVERIFY(back->signature.isEmpty());

        // Deterministic: the same request gives the same bytes.
        QCOMPARE(MemoPdfSeal::seal(r)->bytes, sealed->bytes);
    }

    void popplerShowsMetadataAndStamps()
    {
        if (!havePoppler())
            QSKIP("poppler-utils (pdfinfo, pdftotext) not installed");
        auto sealed = MemoPdfSeal::seal(request(test::threePagePdf()));
        QVERIFY(sealed.ok());
        const QString path = m_dir.dir() + QStringLiteral("/sealed.pdf");
        test::writeFile(path, sealed->bytes);
        const QString info = run(QStringLiteral("pdfinfo"), {path});
        auto field = [&info](const char *name) {
            const QRegularExpression re(QStringLiteral("^%1:\\s+(.*)$").arg(QLatin1String(name)),
                                        QRegularExpression::MultilineOption);
            return re.match(info).captured(1).trimmed();
        };
        QCOMPARE(field("Title"), QStringLiteral("Compliance memo: Streamly"));
        QCOMPARE(field("Author"), QStringLiteral("Ana Analyst"));
        QCOMPARE(field("Subject"), QStringLiteral("Arbitration — review"));
        QCOMPARE(field("Keywords"), QStringLiteral("Clausewatch; Streamly; Terms of Service; 2025-01-02"));
        QCOMPARE(field("Creator"), QStringLiteral("Clausewatch test"));
        QCOMPARE(field("Pages"), QStringLiteral("3"));
        QVERIFY2(field("CreationDate").contains(QStringLiteral("2025")), qPrintable(info));
        const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        QVERIFY2(text.contains(QStringLiteral("Page 1 of 3")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Page 3 of 3")));
        QVERIFY(text.contains(QStringLiteral("First section body")));
        QVERIFY(text.contains(QStringLiteral("Memo fingerprint 0123456789abcdef")));
        // The header is not stamped on the first page, but on the others.
        const QStringList pages = text.split(QLatin1Char('\f'));
        QVERIFY(!pages.at(0).contains(QStringLiteral("Confidential · 2025-01-02")));
        QVERIFY(pages.at(1).contains(QStringLiteral("Confidential · 2025-01-02")));
        // Contents entries get their target page numbers on their own line.
        const QString tocLine = pages.at(0).split(QLatin1Char('\n')).filter(QStringLiteral("First section")).value(0);
        QVERIFY2(tocLine.trimmed().endsWith(QLatin1Char('2')), qPrintable(tocLine));
        const QString tocLine2 = pages.at(0).split(QLatin1Char('\n')).filter(QStringLiteral("Second section")).value(0);
        QVERIFY2(tocLine2.trimmed().endsWith(QLatin1Char('3')), qPrintable(tocLine2));
    }

    void anyChangedByteBreaksTheSeal_data()
    {
        QTest::addColumn<int>("where"); // 0 body start, 1 body middle, 2 content stream, 3 info
        QTest::newRow("renderer body, first object") << 0;
        QTest::newRow("renderer body, page text") << 1;
        QTest::newRow("carried content") << 2;
        QTest::newRow("information dictionary") << 3;
    }

    void anyChangedByteBreaksTheSeal()
    {
        QFETCH(int, where);
        auto sealed = MemoPdfSeal::seal(request(test::threePagePdf()));
        QVERIFY(sealed.ok());
        QByteArray bytes = sealed->bytes;
        qsizetype at = -1;
        switch (where) {
        case 0: at = bytes.indexOf("MiniPdf") + 1; break;
        case 1: at = bytes.indexOf("First section body") + 2; break;
        case 2: at = bytes.indexOf("<script>") + 1; break;
        case 3: at = bytes.lastIndexOf("Ana Analyst") + 1; break;
        }
        QVERIFY(at > 0);
        bytes[at] = bytes[at] == 'x' ? 'y' : 'x';
        auto back = MemoPdfSeal::read(bytes);
        QVERIFY(back.ok());
        QVERIFY(!back->found() || !back->digestMatches());
    }

    void appendedBytesAreNoticed()
    {
        auto sealed = MemoPdfSeal::seal(request(test::threePagePdf()));
        QVERIFY(sealed.ok());
        auto back = MemoPdfSeal::read(sealed->bytes + "\n% appended\n");
        QVERIFY(back.ok() && back->found());
        QVERIFY(!back->coversWholeFile);
    }

    void unsealedAndDamagedInputs_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("isPdf");
        const QByteArray plain = test::threePagePdf();
        QTest::newRow("not a PDF") << QByteArray("hello world") << false;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("unsealed PDF") << plain << true;
        QTest::newRow("truncated") << plain.left(plain.size() / 2) << true;
        QTest::newRow("no xref") << QByteArray("%PDF-1.4\nstartxref\n999999\n%%EOF") << true;
        QTest::newRow("garbage after header") << QByteArray("%PDF-1.4\n" + QByteArray(4000, '\x9c') + "startxref\n9\n%%EOF") << true;
        QByteArray loop = plain;
        loop.replace("/Root 2 0 R", "/Root 3 0 R"); // the root is now the page tree node
        QTest::newRow("wrong root") << loop << true;
    }

    void unsealedAndDamagedInputs()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, isPdf);
        auto back = MemoPdfSeal::read(bytes);
        QCOMPARE(back.ok(), isPdf);
        if (back.ok())
            QVERIFY(!back->found());
    }

    void parserHandlesPdfSyntax_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QByteArray>("serialised");
        QTest::newRow("dict") << QByteArray("<</A 1 /B [2 0 R (x)] /C<</D true>>>>")
                              << QByteArray("<</A 1\n/B [2 0 R (x)]\n/C <</D true>>>>");
        QTest::newRow("escaped string") << QByteArray("(a\\(b\\)c\\\\d\\101)") << QByteArray("(a\\(b\\)c\\\\dA)");
        QTest::newRow("nested parens") << QByteArray("(a(b)c)") << QByteArray("(a\\(b\\)c)");
        QTest::newRow("hex string") << QByteArray("<48 65 6C6c6f>") << QByteArray("<48656C6C6F>");
        QTest::newRow("name escapes") << QByteArray("/A#20B") << QByteArray("/A#20B");
        QTest::newRow("reals") << QByteArray("[-1.5 .25 +3]") << QByteArray("[-1.5 .25 +3]");
        QTest::newRow("comment") << QByteArray("[1 % two\n 3]") << QByteArray("[1 3]");
    }

    void parserHandlesPdfSyntax()
    {
        QFETCH(QByteArray, source);
        QFETCH(QByteArray, serialised);
        pdf::PdfParser p(source);
        auto v = p.parseValue();
        QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().toString()));
        QCOMPARE(v->serialize(), serialised);
    }

    void parserRefusesDeepNesting()
    {
        const QByteArray deep = QByteArray(500, '[') + QByteArray(500, ']');
        pdf::PdfParser p(deep);
        QVERIFY(!p.parseValue().ok());
    }

    void standardFontFitsText()
    {
        using pdf::PdfStandardFont;
        QCOMPARE(PdfStandardFont::toWinAnsi(QStringLiteral("a–b “c” € 中")), QByteArray("a\x96" "b \x93" "c\x94 \x80 ?"));
        QCOMPARE(PdfStandardFont::width("Page", 10), (667 + 556 + 556 + 556) / 100.0);
        const QByteArray fitted = PdfStandardFont::fit(QString(200, QLatin1Char('W')), 10, 100);
        QVERIFY(PdfStandardFont::width(fitted, 10) <= 100);
        QVERIFY(fitted.endsWith('\x85'));
    }
};

QTEST_GUILESS_MAIN(TestMemoPdfSeal)
#include "tst_memo_pdf_seal.moc"
