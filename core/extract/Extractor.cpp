#include "extract/Extractor.h"

#include "extract/DeclaredDateParser.h"
#include "extract/EncodingDetector.h"
#include "extract/PdfTextReader.h"
#include "extract/html/HtmlDepthLimiter.h"
#include "extract/html/HtmlExtractor.h"
#include "extract/text/MarkdownExtractor.h"
#include "extract/text/PlainTextExtractor.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QStringDecoder>
#include <algorithm>

namespace cw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::Extractor", text);
}

const QString kHtml = QStringLiteral("html");
const QString kMarkdown = QStringLiteral("markdown");
const QString kText = QStringLiteral("text");
const QString kPdf = QStringLiteral("pdf");

QString megabytes(qsizetype bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

QString formatFromMime(const QString &contentType)
{
    const QString mime = contentType.section(u';', 0, 0).trimmed().toLower();
    if (mime == u"text/html" || mime == u"application/xhtml+xml")
        return kHtml;
    if (mime == u"text/markdown" || mime == u"text/x-markdown")
        return kMarkdown;
    if (mime == u"application/pdf" || mime == u"application/x-pdf")
        return kPdf;
    return {}; // text/plain and octet-stream are too often wrong to decide alone
}

QString formatFromFileName(const QString &fileName)
{
    QString name = fileName.section(u'?', 0, 0).section(u'#', 0, 0);
    name = name.mid(name.lastIndexOf(u'/') + 1).toLower();
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot < 0)
        return {};
    const QStringView ext = QStringView(name).mid(dot + 1);
    if (ext == u"html" || ext == u"htm" || ext == u"xhtml" || ext == u"shtml")
        return kHtml;
    if (ext == u"md" || ext == u"markdown" || ext == u"mdown" || ext == u"mkd")
        return kMarkdown;
    if (ext == u"txt" || ext == u"text")
        return kText;
    if (ext == u"pdf")
        return kPdf;
    return {};
}

bool isPdfMagic(const QByteArray &raw)
{
    // The PDF header may follow some junk, but must be within the first 1 KiB.
    const qsizetype at =
        QByteArrayView(raw).first(std::min<qsizetype>(raw.size(), 1024)).indexOf("%PDF-");
    return at >= 0;
}

// The first characters of the document, decoded just enough to sniff.
QString head(const QByteArray &raw)
{
    const QByteArray h = raw.left(4096);
    if (h.startsWith("\xff\xfe") || h.startsWith("\xfe\xff")) {
        QStringDecoder d(h.startsWith("\xff\xfe") ? QStringConverter::Utf16LE
                                                  : QStringConverter::Utf16BE);
        return d.decode(QByteArrayView(h).sliced(2));
    }
    if (h.startsWith("\xef\xbb\xbf"))
        return QString::fromUtf8(QByteArrayView(h).sliced(3));
    return QString::fromLatin1(h); // markup and Markdown syntax are ASCII
}

bool sniffHtml(const QString &head)
{
    const QString t = head.trimmed().left(512).toLower();
    static const char *const kStarts[] = {"<!doctype html",
                                          "<html",
                                          "<head",
                                          "<body",
                                          "<!--",
                                          "<meta",
                                          "<title",
                                          "<div",
                                          "<p>",
                                          "<p ",
                                          "<table",
                                          "<script",
                                          "<style",
                                          "<h1",
                                          "<h2",
                                          "<br",
                                          "<iframe",
                                          "<font",
                                          "<b>",
                                          "<a ",
                                          "<section",
                                          "<article",
                                          "<main",
                                          "<header",
                                          "<span",
                                          "<ul",
                                          "<ol"};
    for (const char *s : kStarts)
        if (t.startsWith(QLatin1String(s)))
            return true;
    if (t.startsWith(u"<?xml") && t.contains(u"<html"))
        return true;
    return false;
}

bool sniffMarkdown(const QString &head)
{
    thread_local const QRegularExpression kHeading(QStringLiteral("^#{1,6} \\S"),
                                                   QRegularExpression::MultilineOption);
    thread_local const QRegularExpression kSetext(
        QStringLiteral("^\\S[^\\n]*\\n(={3,}|-{3,})[ \\t]*$"), QRegularExpression::MultilineOption);
    thread_local const QRegularExpression kLink(QStringLiteral("\\[[^\\]\\n]+\\]\\([^)\\s]+\\)"));
    thread_local const QRegularExpression kBullet(QStringLiteral("^\\s{0,3}[*+-] \\S"),
                                                  QRegularExpression::MultilineOption);
    thread_local const QRegularExpression kStrong(QStringLiteral("(\\*\\*|__)\\S[^\\n]*\\S\\1"));
    int signals_ = 0;
    for (const QRegularExpression *re : {&kHeading, &kSetext, &kLink, &kBullet, &kStrong})
        if (re->match(head).hasMatch())
            ++signals_;
    return kHeading.match(head).hasMatch() || kSetext.match(head).hasMatch() || signals_ >= 2;
}

QString firstLineTitle(const QString &text)
{
    const QString first = text.section(u'\n', 0, 0);
    return first.size() <= 120 ? first : QString();
}

} // namespace

Extractor::Extractor(std::shared_ptr<const PdfTextReader> pdfReader) : m_pdf(std::move(pdfReader))
{
}

void Extractor::setPdfTextReader(std::shared_ptr<const PdfTextReader> pdfReader)
{
    m_pdf = std::move(pdfReader);
}

bool Extractor::looksBinary(const QByteArray &raw)
{
    const QByteArrayView h = QByteArrayView(raw).first(std::min<qsizetype>(raw.size(), 8192));
    if (h.startsWith("\xff\xfe") || h.startsWith("\xfe\xff"))
        return false; // UTF-16 text has NUL bytes by nature
    static const char *const kMagic[] = {
        "\x89PNG", "GIF8", "\xff\xd8\xff", "PK\x03\x04", "\x1f\x8b", "BZh",  "7z\xbc\xaf",
        "\177ELF", "RIFF", "OggS",         "ID3",        "%PDF-",    "Rar!", "MZ"};
    for (const char *m : kMagic)
        if (h.startsWith(m))
            return true;
    qsizetype control = 0;
    for (const char c : h) {
        const auto b = static_cast<unsigned char>(c);
        if (b == 0)
            return true;
        if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1b)
            ++control;
    }
    return !h.isEmpty() && control * 10 > h.size();
}

QString Extractor::detectFormat(const QByteArray &raw, const ExtractHints &hints)
{
    if (isPdfMagic(raw))
        return kPdf;
    if (QString f = formatFromMime(hints.contentType); !f.isEmpty())
        return f == kPdf ? QString() : f; // claims PDF but has no PDF header: junk
    if (QString f = formatFromFileName(hints.fileName); !f.isEmpty())
        return f == kPdf ? QString() : f;
    if (looksBinary(raw))
        return {};
    const QString h = head(raw);
    if (sniffHtml(h))
        return kHtml;
    if (sniffMarkdown(h))
        return kMarkdown;
    return kText;
}

Result<ExtractedDocument> Extractor::extract(const QByteArray &raw, const ExtractHints &hints) const
{
    const QString op = tr("extracting text");
    if (raw.isEmpty())
        return makeError(op, tr("the capture is empty (0 bytes)"));
    if (raw.size() > MaxPdfBytes)
        return makeError(op, tr("the capture is %1 MB, more than the %2 MB limit")
                                 .arg(megabytes(raw.size()), megabytes(MaxPdfBytes)));

    ExtractedDocument doc;
    doc.format = detectFormat(raw, hints); // looks at the first few KiB only
    if (doc.format != kPdf && raw.size() > MaxInputBytes)
        return makeError(op, tr("the capture is %1 MB, more than the %2 MB limit")
                                 .arg(megabytes(raw.size()), megabytes(MaxInputBytes)));
    if (doc.format.isEmpty())
        return makeError(op, tr("the capture is binary data, not HTML, Markdown, text or PDF"));

    if (doc.format == kPdf) {
        if (!m_pdf)
            return makeError(op, tr("PDF extraction needs the PDF module"));
        auto pdfText = m_pdf->readText(raw);
        if (!pdfText)
            return pdfText.error();
        doc.text = PlainTextExtractor::extract(*pdfText);
        doc.title = firstLineTitle(doc.text);
    } else {
        // Binary junk behind a text-like Content-Type or extension.
        if (looksBinary(raw))
            return makeError(op, tr("the capture is binary data, not %1").arg(doc.format));
        const bool html = doc.format == kHtml;
        DecodedText decoded = EncodingDetector::decode(raw, hints.contentType, html);
        doc.encoding = decoded.encoding;
        doc.encodingFallback = decoded.fallback;
        doc.warnings = decoded.warnings;
        // gumbo and md4c read UTF-8: hand over the original bytes when they are
        // already clean UTF-8, to skip a conversion of the whole document.
        const bool rawIsUtf8 = decoded.encoding == u"UTF-8" && decoded.invalidSequences == 0;
        auto utf8 = [&]() -> QByteArray {
            if (rawIsUtf8)
                return decoded.source == u"bom" ? raw.mid(3) : raw;
            return decoded.text.toUtf8();
        };
        if (html) {
            auto r = HtmlExtractor::extract(utf8(), {hints.selectCss, hints.removeCss});
            if (!r)
                return r.error();
            doc.text = std::move(r->text);
            doc.title = std::move(r->title);
            if (r->droppedDeepTags > 0)
                doc.warnings << tr("nesting deeper than %1 levels flattened (%2 tags)")
                                    .arg(HtmlDepthLimiter::DefaultMaxDepth)
                                    .arg(r->droppedDeepTags);
        } else if (doc.format == kMarkdown) {
            auto r = MarkdownExtractor::extract(utf8());
            if (!r)
                return r.error();
            doc.text = std::move(r->text);
            doc.title = std::move(r->title);
        } else {
            doc.text = PlainTextExtractor::extract(decoded.text);
            doc.title = firstLineTitle(doc.text);
        }
    }
    if (doc.format != kHtml && (!hints.selectCss.isEmpty() || !hints.removeCss.isEmpty()))
        doc.warnings
            << tr("the select/remove selectors apply to HTML only; ignored for %1").arg(doc.format);

    if (!hints.findDeclaredDate)
        return doc;
    for (const DeclaredDate &d : DeclaredDateParser::findAll(doc.text)) {
        if (!d.monthPrecision) {
            doc.declaredDate = d.iso();
            break;
        }
    }
    return doc;
}

} // namespace cw
