// bench_extract: extraction speed (MB/s) of HTML and Markdown, against the bare
// parsers (gumbo, md4c) run on the same input in the same process, plus a manual
// check of the Open Terms Archive sample when it is present (it is other people's
// text: read here, never copied into the project).
//
//   bench_extract [path/to/ota-sample]
//
// Without an argument the sample is looked for at $CW_OTA_SAMPLE, then at
// <source>/../shared/data/ota-sample and <source>/../../shared/data/ota-sample;
// when absent that part is skipped.

#include "extract/Extractor.h"
#include "extract/text/TextNormalizer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <gumbo.h>
#include <map>
#include <md4c.h>

namespace {

// Median wall time in seconds of `runs` calls.
double medianSeconds(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times.append(double(t.nsecsElapsed()) / 1e9);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

double mb(qsizetype bytes)
{
    return double(bytes) / 1e6;
}

// A synthetic policy page with the usual furniture around the text.
QByteArray syntheticHtml(int sections)
{
    QByteArray out = "<!DOCTYPE html><html><head><meta charset=utf-8><title>Terms</title>"
                     "<style>body{margin:0}.nav a{color:#333}</style>"
                     "<script>window.x={a:1,b:[1,2,3]};function f(){return 1}</script></head><body>"
                     "<header><nav><ul><li><a href=/>Home</a></li><li><a href=/p>Pricing</a></li>"
                     "</ul></nav></header><div id=onetrust-banner-sdk><p>We use cookies.</p>"
                     "<button>OK</button></div><main><article><h1>Terms of Service</h1>"
                     "<p>Last updated: March 4, 2024</p>";
    for (int i = 1; i <= sections; ++i) {
        const QByteArray n = QByteArray::number(i);
        out += "<h2>" + n + ". Section heading number " + n + "</h2>";
        out += "<p>These terms describe the rules that apply to <strong>section " + n +
               "</strong>, including <a href=\"/x\">links</a> and <em>emphasis</em>, "
               "written in sentences of ordinary length so that the text looks like "
               "a policy.&nbsp;It continues with a second sentence.</p>";
        out += "<ul><li>First item of list " + n +
               "</li><li>Second item with <b>bold</b> "
               "text</li><li>Third item<ol><li>nested a</li><li>nested b</li></ol></li></ul>";
        if (i % 5 == 0)
            out += "<table><tr><th>Plan</th><th>Price</th></tr><tr><td>Basic</td><td>Free</td>"
                   "</tr><tr><td>Plus</td><td>$4.99</td></tr></table>";
    }
    out += "</article></main><footer><p>&copy; 2024</p></footer>"
           "<script src=/app.js></script></body></html>";
    return out;
}

QByteArray syntheticMarkdown(int sections)
{
    QByteArray out = "Terms of Service\n================\n\n#### Last Updated: March 4, 2024\n\n";
    for (int i = 1; i <= sections; ++i) {
        const QByteArray n = QByteArray::number(i);
        out += n + "\\. Section heading number " + n + "\n-------------------------\n\n";
        out += "These terms describe the rules that apply to **section " + n +
               "**, including [links](https://x.example/terms) and *emphasis*, written in "
               "sentences of ordinary length so that the text looks like a policy. It "
               "continues with a second sentence.\n\n";
        out += "*   First item of list " + n +
               "\n*   Second item with **bold** text\n"
               "*   Third item\n    1.  nested a\n    2.  nested b\n\n";
        if (i % 5 == 0)
            out += "| Plan | Price |\n| --- | --- |\n| Basic | Free |\n| Plus | $4.99 |\n\n";
    }
    return out;
}

void gumboOnly(const QByteArray &html)
{
    GumboOutput *o =
        gumbo_parse_with_options(&kGumboDefaultOptions, html.constData(), size_t(html.size()));
    gumbo_destroy_output(&kGumboDefaultOptions, o);
}

int mdNoop(MD_BLOCKTYPE, void *, void *)
{
    return 0;
}
int mdSpanNoop(MD_SPANTYPE, void *, void *)
{
    return 0;
}
int mdTextNoop(MD_TEXTTYPE, const MD_CHAR *, MD_SIZE, void *)
{
    return 0;
}

void md4cOnly(const QByteArray &md)
{
    MD_PARSER p{};
    p.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_TASKLISTS;
    p.enter_block = mdNoop;
    p.leave_block = mdNoop;
    p.enter_span = mdSpanNoop;
    p.leave_span = mdSpanNoop;
    p.text = mdTextNoop;
    md_parse(md.constData(), MD_SIZE(md.size()), &p, nullptr);
}

void benchSynthetic()
{
    const cw::Extractor extractor;
    struct Case
    {
        const char *name;
        QByteArray bytes;
        QString fileName;
        std::function<void(const QByteArray &)> baseline;
        const char *baselineName;
    };
    const Case cases[] = {
        {"HTML 0.2 MB", syntheticHtml(250), QStringLiteral("a.html"), gumboOnly, "gumbo parse"},
        {"HTML 2 MB", syntheticHtml(2500), QStringLiteral("a.html"), gumboOnly, "gumbo parse"},
        {"HTML 8 MB", syntheticHtml(10000), QStringLiteral("a.html"), gumboOnly, "gumbo parse"},
        {"Markdown 0.2 MB", syntheticMarkdown(400), QStringLiteral("a.md"), md4cOnly, "md4c parse"},
        {"Markdown 2 MB", syntheticMarkdown(4000), QStringLiteral("a.md"), md4cOnly, "md4c parse"},
    };
    std::printf("%-16s %9s %10s %9s %14s %7s\n", "input", "size MB", "extract s", "MB/s",
                "baseline s", "ratio");
    for (const Case &c : cases) {
        const cw::ExtractHints hints{{}, c.fileName, {}, {}};
        const int runs = c.bytes.size() > 4'000'000 ? 3 : 7;
        QString text;
        const double t =
            medianSeconds(runs, [&] { text = extractor.extract(c.bytes, hints)->text; });
        const double b = medianSeconds(runs, [&] { c.baseline(c.bytes); });
        std::printf("%-16s %9.2f %10.4f %9.1f %14.4f %6.1fx   (baseline: %s)\n", c.name,
                    mb(c.bytes.size()), t, mb(c.bytes.size()) / t, b, t / b, c.baselineName);
        if (text.isEmpty())
            std::printf("  !! empty text\n");
    }
}

QString findSample(int argc, char **argv)
{
    QStringList candidates;
    if (argc > 1)
        candidates << QString::fromLocal8Bit(argv[1]);
    if (qEnvironmentVariableIsSet("CW_OTA_SAMPLE"))
        candidates << qEnvironmentVariable("CW_OTA_SAMPLE");
    candidates << QStringLiteral(CW_SOURCE_DIR "/../shared/data/ota-sample")
               << QStringLiteral(CW_SOURCE_DIR "/../../shared/data/ota-sample");
    for (const QString &c : candidates)
        if (QFileInfo(c + QStringLiteral("/versions")).isDir())
            return QDir(c).canonicalPath();
    return {};
}

// Extracts every recorded version of the sample, reports speed, and prints what a
// person needs to judge the text: per document the latest version's title,
// declared date, block counts, first lines, and leftovers of Markdown syntax.
void checkOtaSample(const QString &sample)
{
    QStringList files;
    QDirIterator it(sample + QStringLiteral("/versions"), {QStringLiteral("*.md")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    QList<QByteArray> raws;
    qsizetype total = 0;
    for (const QString &f : files) {
        QFile file(f);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        raws << file.readAll();
        total += raws.back().size();
    }
    const cw::Extractor extractor;
    const cw::ExtractHints hints{{}, QStringLiteral("x.md"), {}, {}};
    QList<QString> texts(raws.size());
    const double t = medianSeconds(5, [&] {
        for (qsizetype i = 0; i < raws.size(); ++i)
            texts[i] = extractor.extract(raws[i], hints)->text;
    });
    std::printf("\nOTA sample %s\n  %lld versions, %.2f MB of Markdown: %.3f s, %.1f MB/s, "
                "%.0f versions/s\n",
                qPrintable(sample), qint64(raws.size()), mb(total), t, mb(total) / t,
                double(raws.size()) / t);

    int nonCanonical = 0, unstable = 0, distinct = 0;
    QSet<QByteArray> hashes;
    for (qsizetype i = 0; i < raws.size(); ++i) {
        if (cw::TextNormalizer::normalize(texts[i]) != texts[i])
            ++nonCanonical;
        if (extractor.extract(raws[i], hints)->text != texts[i])
            ++unstable;
        const QByteArray h =
            QCryptographicHash::hash(texts[i].toUtf8(), QCryptographicHash::Sha256);
        if (!hashes.contains(h)) {
            hashes.insert(h);
            ++distinct;
        }
    }
    std::printf("  non-canonical texts: %d, unstable re-extractions: %d, distinct texts: %d\n",
                nonCanonical, unstable, distinct);

    // Latest version of each document.
    std::map<QString, qsizetype> latest;
    for (qsizetype i = 0; i < files.size(); ++i)
        latest[QFileInfo(files[i]).path()] = i;
    for (const auto &[dir, i] : latest) {
        const auto doc = extractor.extract(raws[i], hints);
        const QString &text = doc->text;
        const QStringList blocks = text.split(QStringLiteral("\n\n"));
        int headings = 0, lists = 0, tables = 0;
        for (const QString &b : blocks) {
            if (b.startsWith(u'#'))
                ++headings;
            else if (b.startsWith(u"- ") || cw::TextNormalizer::startsWithListMarker(b))
                ++lists;
            else if (b.startsWith(u'|'))
                ++tables;
        }
        int leftovers = 0;
        for (const QString &line : text.split(u'\n'))
            if (line.contains(u"](") || line.contains(u"**") || line.contains(u"\\") ||
                line.contains(u"<div") || line.contains(u"&amp;"))
                ++leftovers;
        std::printf(
            "\n  %s (%s)\n    title: %s\n    declared date: %s\n    %lld chars, %lld "
            "blocks: %d headings, %d lists, %d tables; lines with Markdown/HTML "
            "leftovers: %d\n",
            qPrintable(QDir(sample).relativeFilePath(dir)),
            qPrintable(QFileInfo(files[i]).fileName()), qPrintable(doc->title),
            qPrintable(doc->declaredDate.isEmpty() ? QStringLiteral("-") : doc->declaredDate),
            qint64(text.size()), qint64(blocks.size()), headings, lists, tables, leftovers);
        for (const QString &b : blocks.mid(0, 4))
            std::printf("    | %s\n", qPrintable(b.left(100).replace(u'\n', u'⏎')));
    }
}

} // namespace

int main(int argc, char **argv)
{
    std::printf("Extraction speed (median wall time; baseline = the bare parser on the same "
                "bytes)\n\n");
    benchSynthetic();
    const QString sample = findSample(argc, argv);
    if (sample.isEmpty())
        std::printf("\nOTA sample not found: skipped (pass its path or set CW_OTA_SAMPLE)\n");
    else
        checkOtaSample(sample);
    return 0;
}
