// Memos rendered by QtWebEngine from the demo archive (with fixture flags),
// read back with poppler: every section, finding and cited hash is in the
// PDF; archive text prints literally; nothing is fetched; the seal and the
// archive record verify, and altered copies do not.

#include "MemoFixtures.h"
#include "TestHttpServer.h"
#include "TestSupport.h"
#include "archive/MemoRepository.h"
#include "memo/MemoBuilder.h"
#include "memo/MemoCanonical.h"
#include "memo/MemoExporter.h"
#include "memo/MemoPdfSeal.h"
#include "memo/MemoRenderer.h"
#include "memo/MemoSigner.h"
#include "memo/MemoVerifier.h"
#include "services/DemoArchive.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace cw;

namespace {

QString tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfText(const QString &path)
{
    return tool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
}

// pdftotext breaks lines and may hyphenate; compare on letters and digits.
QString squeeze(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("[^\\p{L}\\p{N}<>&'/]")));
    return s;
}

const QString kEvil = QStringLiteral("Disputes: <script>alert('x')</script> & <b>bold</b> go to arbitration.");

} // namespace

class TestMemoRender : public QObject
{
    Q_OBJECT

    test::TempArchive m_archive;
    std::unique_ptr<Database> m_db;
    ui::MemoRenderer *m_renderer = nullptr;

    QString path(const QString &name) const { return m_archive.dir() + QLatin1Char('/') + name; }

    Result<MemoExportResult> render(const MemoSpec &spec, const QString &file, const MemoSigner *signer = nullptr)
    {
        return MemoExporter::run(*m_db, spec, *m_renderer, file, signer);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_archive.open();
        QVERIFY(DemoArchive::build(*m_db).ok());
        QVERIFY(test::seedFlags(*m_db) > 50);
        QVERIFY(test::addFlaggedClause(*m_db, QStringLiteral("Evilcorp"), kEvil, QStringLiteral("arbitration"),
                                       Severity::High) > 0);
        m_renderer = new ui::MemoRenderer(this);
    }

    void platformMemoCarriesEverything()
    {
        MemoSpec spec;
        spec.platform = QStringLiteral("Streamly");
        spec.to = QStringLiteral("General Counsel");
        spec.from = QStringLiteral("Compliance team");
        const QString file = path(QStringLiteral("streamly.pdf"));
        auto r = render(spec, file);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QVERIFY(r->pages >= 5);
        const QString text = pdfText(file);
        const QString flat = squeeze(text);
        auto memo = MemoRepository(*m_db).findByPdfSha256(test::fileSha256(file));
        QVERIFY(memo.ok() && memo->has_value());
        auto content = MemoCanonical::parse((*memo)->content.toUtf8());
        QVERIFY(content.ok());
        for (const QString &h : MemoBuilder::sectionHeadings(*content))
            QVERIFY2(flat.contains(squeeze(h)), qPrintable(h));
        QVERIFY(!content->findings.isEmpty());
        for (const MemoFinding &f : content->findings) {
            QVERIFY2(text.contains(f.recordId), qPrintable(f.recordId));
            QVERIFY2(flat.contains(squeeze(f.typeName)), qPrintable(f.typeName));
        }
        QVERIFY(!content->evidence.isEmpty());
        for (const MemoEvidence &e : content->evidence) {
            QVERIFY2(text.contains(e.rawSha256), qPrintable(e.rawSha256));
            QVERIFY2(text.contains(e.textSha256), qPrintable(e.textSha256));
        }
        QVERIFY(text.contains(r->fingerprint)); // appendix
        QVERIFY(text.contains(QStringLiteral("Memo fingerprint %1").arg(r->fingerprint.left(16)))); // footer
        QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(r->pages)));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(r->pages)));
        QVERIFY(text.contains(QStringLiteral("General Counsel")));

        const QString info = tool(QStringLiteral("pdfinfo"), {file});
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Title:\\s+Compliance memo: Streamly"))), qPrintable(info));
        QVERIFY(info.contains(QRegularExpression(QStringLiteral("Author:\\s+Compliance team"))));
        QVERIFY(info.contains(QRegularExpression(QStringLiteral("Keywords:\\s+Clausewatch; .*Streamly; .*Terms of Service"))));
        QVERIFY(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+59[45]\\.\\d+ x 841"))));

        MemoVerifyOptions o;
        o.archive = m_db.get();
        auto v = MemoVerifier::verify(test::readFile(file), o);
        QVERIFY(v.ok());
        QVERIFY2(v->ok(), qPrintable(v->failures().join(QLatin1Char('\n'))));
        QCOMPARE(m_renderer->blockedRequests(), 0); // an honest memo asks for nothing

        // The first page renders to real pixels.
        QVERIFY(!tool(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"),
                                                   QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                                   QStringLiteral("1"), file, path(QStringLiteral("page"))})
                     .contains(QStringLiteral("Error")));
        // pdftoppm pads the page number to the width of the page count.
        const QStringList pngs = QDir(m_archive.dir()).entryList({QStringLiteral("page-*.png")});
        QCOMPARE(pngs.size(), 1);
        const QImage img(path(pngs.first()));
        QVERIFY(!img.isNull());
        QSet<QRgb> colours;
        for (int y = 0; y < img.height(); y += 3)
            for (int x = 0; x < img.width(); x += 3)
                colours.insert(img.pixel(x, y));
        QVERIFY(colours.size() > 20);
    }

    void archiveMarkupPrintsLiterally()
    {
        MemoSpec spec;
        spec.platform = QStringLiteral("Evilcorp");
        const QString file = path(QStringLiteral("evil.pdf"));
        auto r = render(spec, file);
        QVERIFY(r.ok());
        const QString text = pdfText(file);
        QVERIFY2(text.contains(QStringLiteral("<script>alert('x')</script>")), qPrintable(text.left(3000)));
        QVERIFY(text.contains(QStringLiteral("<b>bold</b>")));
        QCOMPARE(m_renderer->blockedRequests(), 0);
    }

    void nothingIsFetched()
    {
        // Hostile HTML straight to the renderer: the interceptor blocks every
        // load, the server sees nothing, and scripts do not run.
        test::TestHttpServer server;
        server.route("/x.png", {});
        server.route("/s.css", {});
        server.route("/beacon", {});
        PdfPrintJob job;
        job.html = QStringLiteral("<html><head><link rel=stylesheet href=\"%1\"></head><body>"
                                  "<p id=p>static text</p><img src=\"%2\">"
                                  "<script>document.getElementById('p').textContent='script ran';"
                                  "new Image().src='%3';</script></body></html>")
                       .arg(server.url(QStringLiteral("/s.css")), server.url(QStringLiteral("/x.png")),
                            server.url(QStringLiteral("/beacon")));
        const int before = m_renderer->blockedRequests();
        auto pdf = m_renderer->print(job);
        QVERIFY(pdf.ok());
        QVERIFY(m_renderer->blockedRequests() >= before + 2);
        QCOMPARE(server.hits("/x.png"), 0);
        QCOMPARE(server.hits("/s.css"), 0);
        QCOMPARE(server.hits("/beacon"), 0);
        const QString file = path(QStringLiteral("hostile.pdf"));
        test::writeFile(file, *pdf);
        const QString text = pdfText(file);
        QVERIFY(text.contains(QStringLiteral("static text")));
        QVERIFY(!text.contains(QStringLiteral("script ran")));
    }

    void largeMemoLoadsFromFile()
    {
        // Force the file path a memo over ~1.5 MB takes (setHtml stops at 2 MB).
        m_renderer->setInlineLimit(0);
        const int blockedBefore = m_renderer->blockedRequests();
        MemoSpec spec;
        spec.scope = MemoScope::ClauseType;
        spec.typeKey = QStringLiteral("data_sale_sharing");
        spec.paper = PaperSize::Letter;
        const QString file = path(QStringLiteral("letter.pdf"));
        auto r = render(spec, file);
        m_renderer->setInlineLimit(1500 * 1024);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(m_renderer->blockedRequests(), blockedBefore); // its own file was allowed
        QVERIFY(pdfText(file).contains(QStringLiteral("Sale or sharing of personal data")));
        QVERIFY(tool(QStringLiteral("pdfinfo"), {file}).contains(QStringLiteral("612 x 792")));
    }

    void verifyRejectsAlteredAndForeignMemos()
    {
        auto a = MemoSigner::loadOrCreate(path(QStringLiteral("keys/a.pem")));
        auto b = MemoSigner::loadOrCreate(path(QStringLiteral("keys/b.pem")));
        QVERIFY(a.ok() && b.ok());
        MemoSpec spec;
        spec.scope = MemoScope::ClauseType;
        spec.typeKey = QStringLiteral("arbitration");
        const QString file = path(QStringLiteral("signed.pdf"));
        QVERIFY(render(spec, file, &*a).ok());
        const QByteArray pdf = test::readFile(file);
        MemoVerifyOptions o;
        o.archive = m_db.get();
        o.trustedPublicKey = a->publicKey();
        QVERIFY(MemoVerifier::verify(pdf, o)->ok());

        // One byte of Chromium's page content.
        QByteArray text = pdf;
        const qsizetype at = text.indexOf("stream", text.size() / 3) + 40;
        text[at] = char(text[at] ^ 0x20);
        auto v = MemoVerifier::verify(text, o);
        QVERIFY(!v->ok());
        QCOMPARE(v->check(QStringLiteral("integrity"))->state, MemoCheck::State::Failed);
        QCOMPARE(v->check(QStringLiteral("file"))->state, MemoCheck::State::Failed);

        // A cited hash in the carried content.
        const QString cited = MemoCanonical::parse(MemoPdfSeal::read(pdf)->content)->evidence.first().rawSha256;
        QByteArray hash = pdf;
        const qsizetype h = hash.lastIndexOf(cited.toLatin1());
        QVERIFY(h > 0);
        hash[h + 5] = hash[h + 5] == 'a' ? 'b' : 'a';
        v = MemoVerifier::verify(hash, o);
        QCOMPARE(v->check(QStringLiteral("fingerprint"))->state, MemoCheck::State::Failed);
        QCOMPARE(v->check(QStringLiteral("integrity"))->state, MemoCheck::State::Failed);

        // The same memo signed by another key.
        const QString other = path(QStringLiteral("other.pdf"));
        QVERIFY(render(spec, other, &*b).ok());
        v = MemoVerifier::verify(test::readFile(other), o);
        QVERIFY(!v->ok());
        QCOMPARE(v->check(QStringLiteral("signer"))->state, MemoCheck::State::Failed);
        QCOMPARE(v->check(QStringLiteral("signature"))->state, MemoCheck::State::Passed);
    }
};

// QtWebEngine needs shared GL contexts before the application exists.
int main(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestMemoRender test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_memo_render.moc"
