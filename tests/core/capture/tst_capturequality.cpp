#include "capture/CaptureQuality.h"
#include "extract/Extractor.h"

#include <QFile>
#include <QObject>
#include <QTest>

using cw::CaptureQuality;
using cw::ExtractedDocument;

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(qEnvironmentVariable("CW_TEST_DATA") + QStringLiteral("/extract/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(f.fileName()));
    return f.readAll();
}

QString words(int n)
{
    static const char *const kWords[] = {"the", "service", "may",   "change", "these", "terms",
                                         "and", "you",     "agree", "to",     "them",  "when"};
    QString out;
    for (int i = 0; i < n; ++i) {
        if (i)
            out += (i % 15 == 0) ? QStringLiteral(".\n\n") : QStringLiteral(" ");
        out += QLatin1String(kWords[i % 12]);
    }
    return out + u'.';
}

ExtractedDocument doc(const QString &text, const QString &format = QStringLiteral("html"),
                      const QString &title = {})
{
    ExtractedDocument d;
    d.text = text;
    d.format = format;
    d.title = title;
    return d;
}

} // namespace

class TestCaptureQuality : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void synthetic_data();
    void synthetic();
    void shrink_data();
    void shrink();
    void failures_data();
    void failures();
};

void TestCaptureQuality::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("code");
    QTest::newRow("normal page passes") << "normal_page.html"
                                        << "";
    QTest::newRow("policy mentioning javascript, access, captcha, 404 passes")
        << "privacy_mentions.html"
        << "";
    QTest::newRow("markdown passes") << "all_constructs.md"
                                     << "";
    QTest::newRow("plain text passes") << "plain.txt"
                                       << "";
    QTest::newRow("cloudflare-style challenge") << "botwall.html"
                                                << "bot_wall";
    QTest::newRow("access denied page") << "botwall_plain.html"
                                        << "bot_wall";
    QTest::newRow("javascript-only page") << "js_only.html"
                                          << "bot_wall";
    QTest::newRow("404 page") << "error404.html"
                              << "error_page";
    QTest::newRow("css and js as text") << "mostly_code.html"
                                        << "mostly_code";
    QTest::newRow("unwrapped short text") << "unwrapped.txt"
                                          << "too_short";
}

void TestCaptureQuality::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, code);
    const QByteArray raw = fixture(file);
    auto extracted = cw::Extractor().extract(raw, {{}, file, {}, {}});
    QVERIFY(extracted.ok());
    const cw::QualityVerdict v = CaptureQuality::assess(raw, *extracted, std::nullopt);
    QCOMPARE(v.code, code);
    QCOMPARE(v.suspect, !code.isEmpty());
    QCOMPARE(v.reason.isEmpty(), code.isEmpty());
    QVERIFY(!v.reason.contains(u'\n'));
}

void TestCaptureQuality::synthetic_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("code");

    const QString body = words(400);
    const QByteArray html("<html><body>…</body></html>");
    QTest::newRow("long text passes") << html << body << "html"
                                      << ""
                                      << "";
    QTest::newRow("empty text") << html << ""
                                << "html"
                                << ""
                                << "no_text";
    QTest::newRow("whitespace only") << html << " \n "
                                     << "html"
                                     << ""
                                     << "no_text";
    QTest::newRow("pdf without text") << QByteArray("%PDF-1.7\n\x01\x02") << ""
                                      << "pdf"
                                      << ""
                                      << "no_text";
    QTest::newRow("pdf with text passes") << QByteArray("%PDF-1.7\n\x01\x02") << body << "pdf"
                                          << ""
                                          << "";
    QTest::newRow("binary raw") << QByteArray("\x89PNG\r\n\x1a\n", 8) << body << "text"
                                << ""
                                << "binary";
    QTest::newRow("replacement characters") << html << QString(500, QChar(0xfffd)) + body << "text"
                                            << ""
                                            << "binary";
    QTest::newRow("too short") << html << "Terms of Service. See our website."
                               << "html"
                               << ""
                               << "too_short";
    QTest::newRow("short real notice passes") << html << words(60) << "html"
                                              << ""
                                              << "";
    QTest::newRow("bot phrase in short text")
        << html << words(100) + " Please verify you are human."
        << "html"
        << ""
        << "bot_wall";
    QTest::newRow("bot phrase in long text passes")
        << html << words(400) + " Please verify you are human."
        << "html"
        << ""
        << "";
    QTest::newRow("bot title") << html << words(40) << "html"
                               << "Just a moment..."
                               << "bot_wall";
    QTest::newRow("challenge markup on short page")
        << QByteArray("<script src='/cdn-cgi/challenge-platform/x.js'></script>") << words(150)
        << "html"
        << ""
        << "bot_wall";
    QTest::newRow("recaptcha widget on a normal short page passes")
        << QByteArray("<div class='g-recaptcha'></div>") << words(100) << "html"
        << ""
        << "";
    QTest::newRow("recaptcha widget and almost no text")
        << QByteArray("<div class='g-recaptcha'></div>") << words(20) << "html"
        << ""
        << "bot_wall";
    QTest::newRow("error title") << html << words(80) << "html"
                                 << "404 | Brightloom"
                                 << "error_page";
    QTest::newRow("error phrase") << html << "Internal Server Error. " + words(40) << "html"
                                  << ""
                                  << "error_page";
    QTest::newRow("error phrase in long text passes")
        << html << words(300) + " If you see an internal server error, retry."
        << "html"
        << ""
        << "";
    QTest::newRow("title with 404 in a long document passes") << html << words(400) << "html"
                                                              << "Rule 404 of the Code"
                                                              << "";
    QTest::newRow("a little code in a long text passes")
        << html << body + "\n\nfunction x() { return 1; }"
        << "html"
        << ""
        << "";
    QTest::newRow("legal list lines ending in semicolons pass")
        << html
        << QStringLiteral("You must not:\n\n") + words(40) +
               QStringLiteral("\n\n- (a) copy the app;\n- (b) resell it;\n- (c) reverse "
                              "engineer it;\n- (d) use it for unlawful purposes;")
        << "html"
        << ""
        << "";
}

void TestCaptureQuality::synthetic()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, text);
    QFETCH(QString, format);
    QFETCH(QString, title);
    QFETCH(QString, code);
    const auto v = CaptureQuality::assess(raw, doc(text, format, title), std::nullopt);
    QVERIFY2(v.code == code, qPrintable(v.code + QStringLiteral(": ") + v.reason));
    QCOMPARE(v.suspect, !code.isEmpty());
}

void TestCaptureQuality::shrink_data()
{
    QTest::addColumn<int>("previous");
    QTest::addColumn<int>("current");
    QTest::addColumn<QString>("code");
    QTest::newRow("same length") << 10000 << 10000 << "";
    QTest::newRow("grew") << 10000 << 30000 << "";
    QTest::newRow("shrank 59%") << 10000 << 4100 << "";
    QTest::newRow("shrank 61%") << 10000 << 3900 << "shrank";
    QTest::newRow("shrank 95%") << 100000 << 5000 << "shrank";
    QTest::newRow("no previous length") << 0 << 4000 << "";
}

void TestCaptureQuality::shrink()
{
    QFETCH(int, previous);
    QFETCH(int, current);
    QFETCH(QString, code);
    QString text = words(current / 5);
    text.truncate(current);
    QCOMPARE(text.size(), qsizetype(current));
    const std::optional<qsizetype> prev =
        previous > 0 ? std::optional<qsizetype>(previous) : std::nullopt;
    const auto v = CaptureQuality::assess("<p>x</p>", doc(text), prev);
    QCOMPARE(v.code, code);
    if (code == u"shrank")
        QVERIFY2(v.reason.contains(QString::number(previous)), qPrintable(v.reason));
}

void TestCaptureQuality::failures_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QByteArray() << "no_text";
    QTest::newRow("binary") << QByteArray("\x7f"
                                          "ELF\x02\x01\x01\0",
                                          8)
                            << "binary";
    QTest::newRow("pdf without module") << QByteArray("%PDF-1.7\n\x01") << "extract_failed";
    QTest::newRow("too large") << QByteArray(cw::Extractor::MaxInputBytes + 1, 'a')
                               << "extract_failed";
}

// What the pipeline does when extract() fails: a suspect verdict with the
// extractor's own one-line message.
void TestCaptureQuality::failures()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, code);
    auto r = cw::Extractor().extract(raw, {});
    QVERIFY(!r.ok());
    const auto v = CaptureQuality::assessFailure(raw, r.error());
    QCOMPARE(v.code, code);
    QVERIFY(v.suspect);
    QVERIFY(!v.reason.isEmpty());
    if (code == u"extract_failed")
        QCOMPARE(v.reason, r.error().toString());
}

QTEST_GUILESS_MAIN(TestCaptureQuality)
#include "tst_capturequality.moc"
