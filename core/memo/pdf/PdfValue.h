#pragma once

#include <QByteArray>
#include <QByteArrayList>

#include <optional>
#include <vector>

namespace cw::pdf {

/// One PDF object value (ISO 32000-1 §7.3): null, boolean, number, name,
/// string, array, dictionary or indirect reference. A small tree type for the
/// few objects the memo seal reads and writes (trailers, pages, annotations,
/// the document information dictionary); content streams stay opaque bytes.
///
/// Numbers keep their source token so that values copied from a file are
/// written back exactly as they were. Strings hold their decoded bytes.
/// Dictionaries keep their key order (PDF does not require one, but stable
/// output makes the seal byte-for-byte reproducible).
class PdfValue
{
public:
    enum class Kind { Null, Bool, Number, Name, String, Array, Dict, Ref };

    PdfValue() = default;

    static PdfValue null() { return {}; }
    static PdfValue boolean(bool b);
    static PdfValue number(double v);
    static PdfValue integer(qint64 v);
    static PdfValue numberToken(const QByteArray &token);
    static PdfValue name(const QByteArray &name); ///< without the leading '/'
    static PdfValue string(const QByteArray &bytes, bool hex = false);
    static PdfValue array(std::vector<PdfValue> items = {});
    static PdfValue dict();
    static PdfValue ref(int num, int gen = 0);

    Kind kind() const { return m_kind; }
    bool isNull() const { return m_kind == Kind::Null; }
    bool isNumber() const { return m_kind == Kind::Number; }
    bool isName() const { return m_kind == Kind::Name; }
    bool isName(const char *n) const { return m_kind == Kind::Name && m_bytes == n; }
    bool isString() const { return m_kind == Kind::String; }
    bool isArray() const { return m_kind == Kind::Array; }
    bool isDict() const { return m_kind == Kind::Dict; }
    bool isRef() const { return m_kind == Kind::Ref; }

    double toDouble() const;
    qint64 toInteger() const;
    bool toBool() const { return m_kind == Kind::Bool && m_bytes == "true"; }
    /// Name (without '/'), string bytes, or number token.
    const QByteArray &bytes() const { return m_bytes; }
    int refNumber() const { return m_refNum; }
    int refGeneration() const { return m_refGen; }

    // Arrays.
    const std::vector<PdfValue> &items() const { return m_items; }
    void append(PdfValue v) { m_items.push_back(std::move(v)); }
    qsizetype size() const { return qsizetype(m_items.size()); }
    const PdfValue &at(qsizetype i) const { return m_items.at(size_t(i)); }

    // Dictionaries (values live in m_items, keys in m_keys, same index).
    const QByteArrayList &keys() const { return m_keys; }
    /// The entry's value, or nullptr when absent.
    const PdfValue *get(const QByteArray &key) const;
    /// Sets (replacing in place, or appending) an entry.
    void set(const QByteArray &key, PdfValue value);
    void remove(const QByteArray &key);

    /// The PDF syntax for this value, e.g. `<</Type /Page /Contents 5 0 R>>`.
    QByteArray serialize() const;

private:
    Kind m_kind = Kind::Null;
    QByteArray m_bytes;
    bool m_hex = false;
    int m_refNum = 0;
    int m_refGen = 0;
    std::vector<PdfValue> m_items;
    QByteArrayList m_keys;
};

/// Formats a number the way PDF wants it: no exponent, at most 4 decimals.
QByteArray formatNumber(double v);

/// A literal string `(...)` with the characters that need it escaped.
QByteArray literalString(const QByteArray &bytes);

} // namespace cw::pdf
