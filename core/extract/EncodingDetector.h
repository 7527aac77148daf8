#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cw {

/// Text decoded from raw bytes, with how the encoding was chosen.
struct DecodedText
{
    QString text;          ///< decoded; a leading BOM is not part of it
    QString encoding;      ///< canonical name: "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", …
    QString source;        ///< what decided: "bom", "http", "meta", "utf8-valid", "fallback"
    bool fallback = false; ///< true when nothing declared an encoding and the bytes were not
                           ///< valid UTF-8, so Windows-1252 was assumed
    int invalidSequences = 0; ///< UTF-8 input only: ill-formed sequences replaced by U+FFFD
    QStringList warnings;     ///< one-line notes for the user (ignored declarations, …)
};

/// Chooses the character encoding of captured bytes and decodes them.
///
/// Order (the WHATWG encoding-sniffing order, minus its locale guess):
/// 1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE) — always wins;
/// 2. the charset parameter of the HTTP Content-Type;
/// 3. for HTML, `<meta charset=…>` or `<meta http-equiv="content-type" content="…;
///    charset=…">` in the first 4 KiB;
/// 4. strict UTF-8 validation: valid ⇒ UTF-8 (pure ASCII included);
/// 5. otherwise Windows-1252, reported with fallback = true.
///
/// As in browsers, the labels "iso-8859-1", "latin1", "us-ascii" and friends mean
/// Windows-1252, and a declared UTF-16 in a document without a BOM means UTF-8.
/// A declared UTF-8 whose bytes are mostly valid is decoded as UTF-8 with the bad
/// sequences replaced (counted in invalidSequences); when a declared UTF-8 has no
/// valid multi-byte sequence at all, the declaration is taken to be wrong and
/// Windows-1252 is used (fallback = true). Unknown labels are ignored with a
/// warning. Pure function; safe from any thread.
class EncodingDetector
{
public:
    static DecodedText decode(const QByteArray &raw, const QString &contentType, bool isHtml);

    /// The charset parameter of a Content-Type value ("text/html; charset=UTF-8"
    /// → "UTF-8"), or "" when absent.
    static QString charsetFromContentType(const QString &contentType);

    /// The charset declared by a `<meta>` element within the first `scanBytes`
    /// bytes of an HTML document, or "" when none.
    static QString charsetFromHtmlMeta(const QByteArray &raw, qsizetype scanBytes = 4096);

    /// Counts of a strict UTF-8 scan: ill-formed sequences (overlongs, surrogates,
    /// truncations, bytes > U+10FFFF) and well-formed multi-byte sequences.
    struct Utf8Scan
    {
        qsizetype invalid = 0;
        qsizetype multiByte = 0;
    };
    static Utf8Scan scanUtf8(const QByteArray &raw, qsizetype from = 0);

    /// Windows-1252 as WHATWG defines it (the five undefined bytes map to the C1
    /// control of the same value). Written here rather than taken from ICU so that
    /// the result never depends on the ICU build.
    static QString decodeWindows1252(QByteArrayView bytes);
};

} // namespace cw
