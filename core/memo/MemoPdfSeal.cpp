#include "memo/MemoPdfSeal.h"

#include "memo/MemoSigner.h"
#include "memo/pdf/PdfFile.h"
#include "memo/pdf/PdfStandardFont.h"
#include "memo/pdf/PdfUpdateWriter.h"
#include "util/Time.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QStringDecoder>

namespace cw {

using pdf::PdfValue;

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("cw::MemoPdfSeal", s);
}

constexpr const char *kFontKey = "CWHelv";
constexpr int kSealBytes = 32 + MemoSigner::kSignatureSize; // digest + signature
constexpr int kRangeDigits = 10;
const QByteArray kRangeKey = "/CWMemoSealRange [";
const QByteArray kSealKey = "/CWMemoSeal <";

// A PDF text string: PDFDocEncoding covers printable ASCII; anything else is
// written as UTF-16BE with a byte-order mark.
PdfValue textString(const QString &s)
{
    bool ascii = true;
    for (const QChar c : s)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            ascii = false;
    if (ascii)
        return PdfValue::string(s.toLatin1());
    QByteArray utf16("\xfe\xff", 2);
    for (const QChar c : s) {
        utf16 += char(c.unicode() >> 8);
        utf16 += char(c.unicode() & 0xff);
    }
    return PdfValue::string(utf16, true);
}

QString decodeText(const QByteArray &b)
{
    if (b.startsWith("\xfe\xff")) {
        QString out;
        for (qsizetype i = 2; i + 1 < b.size(); i += 2)
            out += QChar(char16_t((uchar(b[i]) << 8) | uchar(b[i + 1])));
        return out;
    }
    return QString::fromLatin1(b);
}

QByteArray pdfDate(const QString &iso)
{
    const QDateTime t = fromIso(iso);
    return "D:" + (t.isValid() ? t : QDateTime::currentDateTimeUtc()).toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "+00'00'";
}

QByteArray num(double v)
{
    return pdf::formatNumber(v);
}

QByteArray textOp(double x, double y, double size, const QByteArray &winAnsi)
{
    return "BT /" + QByteArray(kFontKey) + ' ' + num(size) + " Tf 1 0 0 1 " + num(x) + ' ' +
           num(y) + " Tm " + pdf::literalString(winAnsi) + " Tj ET\n";
}

// The stamp drawn over page `index` (0-based) of `count`.
QByteArray pageStamp(const MemoPageStamps &s, const pdf::PdfPage &page, int index, int count,
                     const QList<std::pair<pdf::PdfLink, int>> &contentsLinks)
{
    using pdf::PdfStandardFont;
    const double w = page.width();
    const double h = page.height();
    const double left = page.x0 + s.marginLeft;
    const double right = page.x0 + w - s.marginRight;
    const double half = (right - left) / 2 - 12;
    constexpr double small = 7.5;
    QByteArray out = "q\n";

    if (index > 0 || s.headerOnFirstPage) {
        const double base = page.y0 + h - s.marginTop + 24;
        out += "0.35 g\n";
        out += textOp(left, base, small, PdfStandardFont::fit(s.headerLeft, small, half));
        const QByteArray hr = PdfStandardFont::fit(s.headerRight, small, half);
        out += textOp(right - PdfStandardFont::width(hr, small), base, small, hr);
        out += "0.6 G 0.4 w " + num(left) + ' ' + num(base - 6) + " m " + num(right) + ' ' +
               num(base - 6) + " l S\n";
    }

    const double foot = page.y0 + s.marginBottom - 30;
    out += "0.6 G 0.4 w " + num(left) + ' ' + num(foot + 11) + " m " + num(right) + ' ' +
           num(foot + 11) + " l S\n";
    out += "0.35 g\n";
    const QByteArray pageNo =
        PdfStandardFont::toWinAnsi(s.pageNumberFormat.arg(index + 1).arg(count));
    out += textOp(right - PdfStandardFont::width(pageNo, small), foot, small, pageNo);
    out += textOp(left, foot, small,
                  PdfStandardFont::fit(s.footerLeft, small,
                                       right - left - PdfStandardFont::width(pageNo, small) - 18));

    // Page numbers of the contents list, on each entry's line.
    constexpr double tocSize = 9;
    out += "0 g\n";
    for (const auto &[link, target] : contentsLinks) {
        const QByteArray n = QByteArray::number(target + 1);
        const double baseline = link.y0 + (link.y1 - link.y0) * 0.36; // on the entry's text baseline
        out += textOp(right - PdfStandardFont::width(n, tocSize), baseline, tocSize, n);
    }
    return out + "Q\n";
}

// Replaces the fixed-width placeholder digits after `key` with `values`.
void patchRange(QByteArray &bytes, qsizetype at, const QList<qsizetype> &values)
{
    QByteArray digits;
    for (const qsizetype v : values) {
        if (!digits.isEmpty())
            digits += ' ';
        digits += QByteArray::number(v).rightJustified(kRangeDigits, '0');
    }
    bytes.replace(at, digits.size(), digits);
}

QByteArray coveredDigest(const QByteArray &bytes, qsizetype sealStart, qsizetype sealEnd)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QByteArrayView(bytes.constData(), sealStart));
    h.addData(QByteArrayView(bytes.constData() + sealEnd, bytes.size() - sealEnd));
    return h.result();
}

} // namespace

QByteArray MemoPdfSeal::signedMessage(const QString &fingerprint, const QByteArray &digest)
{
    return QByteArray(kFormat) + "\nfingerprint=" + fingerprint.toLatin1() + "\ndigest=" +
           digest.toHex() + '\n';
}

Result<SealedPdf> MemoPdfSeal::seal(const MemoSealRequest &r)
{
    const QString op = tr("sealing the memo PDF");
    auto file = pdf::PdfFile::parse(r.renderedPdf);
    if (!file)
        return makeError(op, file.error().message);
    auto pages = file->pages();
    if (!pages)
        return makeError(op, pages.error().message);
    if (pages->isEmpty())
        return makeError(op, tr("the rendered PDF has no pages"));
    auto dests = file->namedDestinationPages(*pages);
    if (!dests)
        return makeError(op, dests.error().message);

    pdf::PdfUpdateWriter w(*file);
    const int font = w.newObject();
    const int push = w.newObject();
    const int pop = w.newObject();
    w.setObject(font, pdf::PdfStandardFont::helveticaDictionary());
    w.setStream(push, PdfValue::dict(), "q");
    w.setStream(pop, PdfValue::dict(), "Q");

    const int count = int(pages->size());
    for (int i = 0; i < count; ++i) {
        const pdf::PdfPage &page = (*pages)[i];
        auto links = file->links(page);
        if (!links)
            return makeError(op, links.error().message);
        QList<std::pair<pdf::PdfLink, int>> contents;
        for (const pdf::PdfLink &l : *links)
            if (l.destination.startsWith(r.stamps.contentsPrefix) && dests->contains(l.destination))
                contents.append({l, dests->value(l.destination)});
        const int stamp = w.newObject();
        w.setStream(stamp, PdfValue::dict(), pageStamp(r.stamps, page, i, count, contents));

        // The page again, with our stream after its own (wrapped in q/Q so
        // that its graphics state cannot leak into the stamp) and our font.
        PdfValue dict = page.dict;
        PdfValue newContents = PdfValue::array({PdfValue::ref(push)});
        if (const PdfValue *c = page.dict.get("Contents")) {
            if (c->isArray())
                for (const PdfValue &x : c->items())
                    newContents.append(x);
            else
                newContents.append(*c);
        }
        newContents.append(PdfValue::ref(pop));
        newContents.append(PdfValue::ref(stamp));
        dict.set("Contents", newContents);
        auto resources = file->resolvedEntry(page.dict, "Resources");
        if (!resources)
            return makeError(op, resources.error().message);
        PdfValue res = resources->isDict() ? *resources : PdfValue::dict();
        auto fonts = file->resolvedEntry(res, "Font");
        if (!fonts)
            return makeError(op, fonts.error().message);
        PdfValue fontDict = fonts->isDict() ? *fonts : PdfValue::dict();
        fontDict.set(kFontKey, PdfValue::ref(font));
        res.set("Font", fontDict);
        dict.set("Resources", res);
        w.setObject(page.num, dict);
    }

    const int content = w.newObject();
    PdfValue contentDict = PdfValue::dict();
    contentDict.set("Type", PdfValue::name("CWMemoContent"));
    contentDict.set("Subtype", PdfValue::name("application/json"));
    w.setStream(content, contentDict, r.canonicalContent);

    // The information dictionary: the renderer's entries, then ours; the seal
    // last, so that it is the last thing before the cross-reference table.
    PdfValue info = PdfValue::dict();
    if (auto old = file->resolvedEntry(file->trailer(), "Info"); old && old->isDict())
        for (const QByteArray &key : old->keys())
            info.set(key, *old->get(key));
    auto setText = [&info](const char *key, const QString &value) {
        if (!value.isEmpty())
            info.set(key, textString(value));
    };
    setText("Title", r.info.title);
    setText("Author", r.info.author);
    setText("Subject", r.info.subject);
    setText("Keywords", r.info.keywords);
    setText("Creator", r.info.creator);
    if (!r.info.producer.isEmpty()) {
        const PdfValue *p = info.get("Producer");
        setText("Producer", p && p->isString() ? decodeText(p->bytes()) + QStringLiteral("; ") + r.info.producer
                                                : r.info.producer);
    }
    if (!r.info.createdAt.isEmpty()) {
        info.set("CreationDate", PdfValue::string(pdfDate(r.info.createdAt)));
        info.set("ModDate", PdfValue::string(pdfDate(r.info.createdAt)));
    }
    info.set("CWMemoFormat", PdfValue::string(kFormat));
    info.set("CWMemoFingerprint", PdfValue::string(r.fingerprint.toLatin1()));
    info.set("CWMemoContent", PdfValue::ref(content));
    info.set("CWMemoSigningKey",
             PdfValue::string(r.signer ? r.signer->publicKey() : QByteArray(), true));
    const PdfValue zero = PdfValue::numberToken(QByteArray(kRangeDigits, '0'));
    info.set("CWMemoSealRange", PdfValue::array({zero, zero, zero, zero}));
    info.set("CWMemoSeal", PdfValue::string(QByteArray(kSealBytes, '\0'), true));
    const int infoNum = w.newObject();
    w.setObject(infoNum, info);

    PdfValue trailer = PdfValue::dict();
    if (const PdfValue *root = file->trailer().get("Root"))
        trailer.set("Root", *root);
    trailer.set("Info", PdfValue::ref(infoNum));
    if (const PdfValue *id = file->trailer().get("ID"))
        trailer.set("ID", *id);
    QByteArray bytes = w.finish(trailer);

    // Fill the placeholders in place: same lengths, so no offset moves.
    const qsizetype rangeAt = bytes.lastIndexOf(kRangeKey);
    const qsizetype sealAt = bytes.lastIndexOf(kSealKey);
    if (rangeAt < 0 || sealAt < rangeAt)
        return makeError(op, tr("the seal placeholder is missing from the update"));
    const qsizetype sealStart = sealAt + kSealKey.size() - 1; // at '<'
    const qsizetype sealEnd = sealStart + 2 + 2 * kSealBytes; // after '>'
    patchRange(bytes, rangeAt + kRangeKey.size(), {0, sealStart, sealEnd, bytes.size()});

    SealedPdf out;
    out.pages = count;
    out.digest = coveredDigest(bytes, sealStart, sealEnd);
    QByteArray seal = out.digest;
    if (r.signer) {
        auto sig = r.signer->sign(signedMessage(r.fingerprint, out.digest));
        if (!sig)
            return sig.error();
        out.signature = *sig;
        seal += *sig;
    } else {
        seal += QByteArray(MemoSigner::kSignatureSize, '\0');
    }
    bytes.replace(sealStart + 1, 2 * kSealBytes, seal.toHex().toUpper());
    out.bytes = bytes;
    return out;
}

Result<MemoSealReading> MemoPdfSeal::read(const QByteArray &pdf)
{
    if (!pdf.startsWith("%PDF-"))
        return makeError(tr("reading the memo"), tr("not a PDF file"));
    MemoSealReading out;
    auto file = pdf::PdfFile::parse(pdf);
    if (!file) {
        out.problem = tr("the PDF's structure is damaged: %1").arg(file.error().message);
        return out;
    }
    if (auto pages = file->pages(); pages)
        out.pages = int(pages->size());
    auto info = file->resolvedEntry(file->trailer(), "Info");
    if (!info || !info->isDict()) {
        out.problem = tr("the PDF has no document information, so no Clausewatch seal");
        return out;
    }
    auto text = [&](const char *key) {
        const PdfValue *v = info->get(key);
        return v && v->isString() ? decodeText(v->bytes()) : QString();
    };
    out.info.title = text("Title");
    out.info.author = text("Author");
    out.info.subject = text("Subject");
    out.info.keywords = text("Keywords");
    out.info.creator = text("Creator");
    out.info.producer = text("Producer");
    out.format = text("CWMemoFormat");
    if (out.format.isEmpty()) {
        out.problem = tr("the PDF carries no Clausewatch seal (not a memo written by "
                         "Clausewatch, or its seal was removed)");
        return out;
    }
    if (out.format != QLatin1String(kFormat)) {
        out.problem = tr("unknown seal format “%1”").arg(out.format);
        return out;
    }
    out.fingerprint = text("CWMemoFingerprint");
    if (const PdfValue *key = info->get("CWMemoSigningKey"); key && key->isString())
        out.publicKey = key->bytes();
    if (const PdfValue *c = info->get("CWMemoContent"); c && c->isRef()) {
        auto data = file->streamData(c->refNumber());
        if (data)
            out.content = *data;
    }

    const PdfValue *range = info->get("CWMemoSealRange");
    const PdfValue *seal = info->get("CWMemoSeal");
    if (!range || !range->isArray() || range->size() != 4 || !seal || !seal->isString()) {
        out.problem = tr("the Clausewatch seal is incomplete");
        return out;
    }
    const qint64 r0 = range->at(0).toInteger(), r1 = range->at(1).toInteger(),
                 r2 = range->at(2).toInteger(), r3 = range->at(3).toInteger();
    if (r0 != 0 || r1 <= 0 || r2 != r1 + 2 + 2 * kSealBytes || r3 < r2 || r3 > pdf.size() ||
        pdf.at(r1) != '<' || pdf.at(r2 - 1) != '>') {
        out.problem = tr("the seal's byte range does not match the file");
        return out;
    }
    // The seal value must be the one inside the range, not another copy.
    const QByteArray inRange = QByteArray::fromHex(pdf.mid(r1 + 1, 2 * kSealBytes));
    if (inRange != seal->bytes() || inRange.size() != kSealBytes) {
        out.problem = tr("the seal's byte range does not hold the seal");
        return out;
    }
    out.coversWholeFile = r3 == pdf.size();
    out.recordedDigest = inRange.left(32);
    out.signature = inRange.mid(32);
    if (out.signature == QByteArray(MemoSigner::kSignatureSize, '\0'))
        out.signature.clear();
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QByteArrayView(pdf.constData(), r1));
    h.addData(QByteArrayView(pdf.constData() + r2, r3 - r2));
    out.actualDigest = h.result();
    return out;
}

} // namespace cw
