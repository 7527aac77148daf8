#include "extract/EncodingDetector.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <algorithm>
#include <climits>

namespace cw {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("cw::EncodingDetector", text, nullptr, n);
}

// Bytes 0x80..0x9F of Windows-1252 (WHATWG index); the five undefined bytes map to
// the C1 control of the same value.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

enum class Label { Unknown, Utf8, Utf16Le, Utf16Be, Windows1252, Other };

struct ResolvedLabel
{
    Label kind = Label::Unknown;
    QString name; ///< canonical name for Other
};

ResolvedLabel resolveLabel(const QString &rawLabel)
{
    const QString label = rawLabel.trimmed().toLower();
    if (label.isEmpty())
        return {};
    static const char *const kUtf8[] = {"utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8",
                                        "unicode20utf8"};
    for (const char *l : kUtf8)
        if (label == QLatin1String(l))
            return {Label::Utf8, {}};
    if (label == u"utf-16le" || label == u"utf-16" || label == u"unicode" || label == u"ucs-2" ||
        label == u"csunicode" || label == u"iso-10646-ucs-2")
        return {Label::Utf16Le, {}};
    if (label == u"utf-16be" || label == u"unicodefffe")
        return {Label::Utf16Be, {}};
    static const char *const kCp1252[] = {
        "windows-1252", "cp1252",         "x-cp1252",        "iso-8859-1", "iso8859-1",
        "iso88591",     "iso_8859-1",     "iso_8859-1:1987", "latin1",     "l1",
        "cp819",        "ibm819",         "csisolatin1",     "iso-ir-100", "us-ascii",
        "ascii",        "ansi_x3.4-1968", "iso-ir-6",        "csascii",    "iso646-us"};
    for (const char *l : kCp1252)
        if (label == QLatin1String(l))
            return {Label::Windows1252, {}};
    const QByteArray latin = label.toLatin1();
    QStringDecoder probe(latin.constData());
    if (probe.isValid())
        return {Label::Other, QString::fromLatin1(probe.name())};
    return {};
}

inline bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

inline char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
}

bool startsWithCi(const char *p, const char *end, const char *word)
{
    for (; *word; ++word, ++p)
        if (p >= end || lower(*p) != *word)
            return false;
    return true;
}

// The value after "charset=" in a Content-Type-like string, unquoted.
QString charsetParameter(QByteArrayView s)
{
    const QByteArray lowered = s.toByteArray().toLower();
    qsizetype i = lowered.indexOf("charset");
    while (i >= 0) {
        qsizetype j = i + 7;
        while (j < lowered.size() && isSpace(lowered[j]))
            ++j;
        if (j < lowered.size() && lowered[j] == '=') {
            ++j;
            while (j < lowered.size() && isSpace(lowered[j]))
                ++j;
            char quote = 0;
            if (j < lowered.size() && (lowered[j] == '"' || lowered[j] == '\''))
                quote = lowered[j++];
            qsizetype k = j;
            while (k < lowered.size() && lowered[k] != quote && lowered[k] != ';' &&
                   !(quote == 0 && isSpace(lowered[k])))
                ++k;
            return QString::fromLatin1(s.sliced(j, k - j).toByteArray()).trimmed();
        }
        i = lowered.indexOf("charset", i + 7);
    }
    return {};
}

QString decodeWith(Label kind, const QString &name, QByteArrayView bytes)
{
    switch (kind) {
    case Label::Utf8:
        return QString::fromUtf8(bytes);
    case Label::Utf16Le: {
        QStringDecoder d(QStringConverter::Utf16LE);
        return d.decode(bytes);
    }
    case Label::Utf16Be: {
        QStringDecoder d(QStringConverter::Utf16BE);
        return d.decode(bytes);
    }
    case Label::Windows1252:
        return EncodingDetector::decodeWindows1252(bytes);
    case Label::Other: {
        const QByteArray n = name.toLatin1();
        QStringDecoder d(n.constData());
        return d.decode(bytes);
    }
    case Label::Unknown:
        break;
    }
    return {};
}

QString canonicalName(Label kind, const QString &name)
{
    switch (kind) {
    case Label::Utf8:
        return QStringLiteral("UTF-8");
    case Label::Utf16Le:
        return QStringLiteral("UTF-16LE");
    case Label::Utf16Be:
        return QStringLiteral("UTF-16BE");
    case Label::Windows1252:
        return QStringLiteral("windows-1252");
    case Label::Other:
        return name;
    case Label::Unknown:
        break;
    }
    return {};
}

} // namespace

QString EncodingDetector::decodeWindows1252(QByteArrayView bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    char16_t *d = reinterpret_cast<char16_t *>(out.data());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        d[i] = (b >= 0x80 && b < 0xa0) ? kCp1252High[b - 0x80] : char16_t(b);
    }
    return out;
}

EncodingDetector::Utf8Scan EncodingDetector::scanUtf8(const QByteArray &raw, qsizetype from)
{
    Utf8Scan scan;
    const auto *p = reinterpret_cast<const unsigned char *>(raw.constData());
    const qsizetype n = raw.size();
    qsizetype i = from;
    while (i < n) {
        const unsigned char b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned char lo = 0x80, hi = 0xbf; // allowed range of the second byte
        if (b >= 0xc2 && b <= 0xdf) {
            len = 2;
        } else if (b >= 0xe0 && b <= 0xef) {
            len = 3;
            if (b == 0xe0)
                lo = 0xa0; // no overlongs
            else if (b == 0xed)
                hi = 0x9f; // no surrogates
        } else if (b >= 0xf0 && b <= 0xf4) {
            len = 4;
            if (b == 0xf0)
                lo = 0x90;
            else if (b == 0xf4)
                hi = 0x8f; // nothing above U+10FFFF
        } else {
            ++scan.invalid;
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        bool ok = j < n && p[j] >= lo && p[j] <= hi;
        if (ok) {
            for (++j; j < i + len; ++j) {
                if (j >= n || p[j] < 0x80 || p[j] > 0xbf) {
                    ok = false;
                    break;
                }
            }
        }
        if (ok) {
            ++scan.multiByte;
            i += len;
        } else {
            // Like the WHATWG decoder: one error per maximal bad prefix.
            ++scan.invalid;
            i = std::max(j, i + 1);
        }
    }
    return scan;
}

QString EncodingDetector::charsetFromContentType(const QString &contentType)
{
    if (contentType.isEmpty())
        return {};
    return charsetParameter(contentType.toLatin1());
}

QString EncodingDetector::charsetFromHtmlMeta(const QByteArray &raw, qsizetype scanBytes)
{
    const char *p = raw.constData();
    const char *end = p + std::min(raw.size(), scanBytes);
    while (p < end) {
        if (*p != '<') {
            ++p;
            continue;
        }
        if (startsWithCi(p, end, "<!--")) {
            const char *close = p + 4;
            while (close + 2 < end && !(close[0] == '-' && close[1] == '-' && close[2] == '>'))
                ++close;
            p = close + 3;
            continue;
        }
        if (!startsWithCi(p, end, "<meta") || p + 5 >= end || !(isSpace(p[5]) || p[5] == '/')) {
            ++p;
            continue;
        }
        // Attributes of this <meta> element up to its '>'.
        const char *a = p + 5;
        QByteArray charset, content;
        bool httpEquivContentType = false;
        while (a < end && *a != '>') {
            while (a < end && (isSpace(*a) || *a == '/'))
                ++a;
            const char *nameStart = a;
            while (a < end && !isSpace(*a) && *a != '=' && *a != '>' && *a != '/')
                ++a;
            const QByteArray name = QByteArray(nameStart, a - nameStart).toLower();
            while (a < end && isSpace(*a))
                ++a;
            QByteArray value;
            if (a < end && *a == '=') {
                ++a;
                while (a < end && isSpace(*a))
                    ++a;
                if (a < end && (*a == '"' || *a == '\'')) {
                    const char quote = *a++;
                    const char *v = a;
                    while (a < end && *a != quote)
                        ++a;
                    value = QByteArray(v, a - v);
                    if (a < end)
                        ++a;
                } else {
                    const char *v = a;
                    while (a < end && !isSpace(*a) && *a != '>')
                        ++a;
                    value = QByteArray(v, a - v);
                }
            }
            if (name.isEmpty() && value.isEmpty()) {
                if (a < end && *a != '>')
                    ++a;
                continue;
            }
            if (name == "charset")
                charset = value.trimmed();
            else if (name == "content")
                content = value;
            else if (name == "http-equiv")
                httpEquivContentType = value.trimmed().toLower() == "content-type";
        }
        if (!charset.isEmpty())
            return QString::fromLatin1(charset);
        if (httpEquivContentType && !content.isEmpty()) {
            const QString c = charsetParameter(content);
            if (!c.isEmpty())
                return c;
        }
        p = a;
    }
    return {};
}

DecodedText EncodingDetector::decode(const QByteArray &raw, const QString &contentType, bool isHtml)
{
    DecodedText out;
    const auto *u = reinterpret_cast<const unsigned char *>(raw.constData());
    const qsizetype n = raw.size();

    // 1. Byte-order mark.
    if (n >= 3 && u[0] == 0xef && u[1] == 0xbb && u[2] == 0xbf) {
        const Utf8Scan scan = scanUtf8(raw, 3);
        out.text = QString::fromUtf8(QByteArrayView(raw).sliced(3));
        out.encoding = QStringLiteral("UTF-8");
        out.source = QStringLiteral("bom");
        out.invalidSequences = int(std::min<qsizetype>(scan.invalid, INT_MAX));
        if (scan.invalid > 0)
            out.warnings << tr("%n invalid UTF-8 sequence(s) replaced", out.invalidSequences);
        return out;
    }
    if (n >= 2 && ((u[0] == 0xff && u[1] == 0xfe) || (u[0] == 0xfe && u[1] == 0xff))) {
        const Label kind = u[0] == 0xff ? Label::Utf16Le : Label::Utf16Be;
        out.text = decodeWith(kind, {}, QByteArrayView(raw).sliced(2));
        out.encoding = canonicalName(kind, {});
        out.source = QStringLiteral("bom");
        return out;
    }

    // 2./3. Declarations.
    ResolvedLabel declared;
    const QString httpLabel = charsetFromContentType(contentType);
    if (!httpLabel.isEmpty()) {
        declared = resolveLabel(httpLabel);
        if (declared.kind == Label::Unknown)
            out.warnings << tr("unknown charset \"%1\" in Content-Type ignored").arg(httpLabel);
        else
            out.source = QStringLiteral("http");
    }
    if (declared.kind == Label::Unknown && isHtml) {
        const QString metaLabel = charsetFromHtmlMeta(raw);
        if (!metaLabel.isEmpty()) {
            declared = resolveLabel(metaLabel);
            // A <meta> cannot honestly declare UTF-16: the bytes it is written in
            // would not be readable as ASCII. Browsers read such pages as UTF-8.
            if (declared.kind == Label::Utf16Le || declared.kind == Label::Utf16Be)
                declared = {Label::Utf8, {}};
            if (declared.kind == Label::Unknown)
                out.warnings << tr("unknown charset \"%1\" in <meta> ignored").arg(metaLabel);
            else
                out.source = QStringLiteral("meta");
        }
    }

    if (declared.kind != Label::Unknown && declared.kind != Label::Utf8) {
        out.text = decodeWith(declared.kind, declared.name, raw);
        out.encoding = canonicalName(declared.kind, declared.name);
        return out;
    }

    // 4. UTF-8 (declared or not), validated strictly.
    const Utf8Scan scan = scanUtf8(raw);
    const bool isDeclared = declared.kind == Label::Utf8;
    if (scan.invalid == 0) {
        out.text = QString::fromUtf8(raw);
        out.encoding = QStringLiteral("UTF-8");
        if (!isDeclared)
            out.source = QStringLiteral("utf8-valid");
        return out;
    }
    // Mostly UTF-8 with a few bad bytes (a truncated tail, one stray byte): keep
    // UTF-8 and replace them. Undeclared text needs a much clearer majority.
    const qsizetype needed = isDeclared ? scan.invalid : 8 * scan.invalid;
    if (scan.multiByte > needed) {
        out.text = QString::fromUtf8(raw);
        out.encoding = QStringLiteral("UTF-8");
        if (!isDeclared)
            out.source = QStringLiteral("utf8-valid");
        out.invalidSequences = int(std::min<qsizetype>(scan.invalid, INT_MAX));
        out.warnings << tr("%n invalid UTF-8 sequence(s) replaced", out.invalidSequences);
        return out;
    }

    // 5. Windows-1252 fallback.
    out.text = decodeWindows1252(raw);
    out.encoding = QStringLiteral("windows-1252");
    out.source = QStringLiteral("fallback");
    out.fallback = true;
    out.warnings << (isDeclared
                         ? tr("declared UTF-8 but the bytes are not UTF-8; read as Windows-1252")
                         : tr("no charset declared and the bytes are not UTF-8; read as "
                              "Windows-1252"));
    return out;
}

} // namespace cw
