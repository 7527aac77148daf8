#include "memo/pdf/PdfValue.h"

#include <cmath>

namespace cw::pdf {

PdfValue PdfValue::boolean(bool b)
{
    PdfValue v;
    v.m_kind = Kind::Bool;
    v.m_bytes = b ? "true" : "false";
    return v;
}

PdfValue PdfValue::number(double d)
{
    return numberToken(formatNumber(d));
}

PdfValue PdfValue::integer(qint64 i)
{
    return numberToken(QByteArray::number(i));
}

PdfValue PdfValue::numberToken(const QByteArray &token)
{
    PdfValue v;
    v.m_kind = Kind::Number;
    v.m_bytes = token;
    return v;
}

PdfValue PdfValue::name(const QByteArray &n)
{
    PdfValue v;
    v.m_kind = Kind::Name;
    v.m_bytes = n;
    return v;
}

PdfValue PdfValue::string(const QByteArray &bytes, bool hex)
{
    PdfValue v;
    v.m_kind = Kind::String;
    v.m_bytes = bytes;
    v.m_hex = hex;
    return v;
}

PdfValue PdfValue::array(std::vector<PdfValue> items)
{
    PdfValue v;
    v.m_kind = Kind::Array;
    v.m_items = std::move(items);
    return v;
}

PdfValue PdfValue::dict()
{
    PdfValue v;
    v.m_kind = Kind::Dict;
    return v;
}

PdfValue PdfValue::ref(int num, int gen)
{
    PdfValue v;
    v.m_kind = Kind::Ref;
    v.m_refNum = num;
    v.m_refGen = gen;
    return v;
}

double PdfValue::toDouble() const
{
    return m_kind == Kind::Number ? m_bytes.toDouble() : 0.0;
}

qint64 PdfValue::toInteger() const
{
    if (m_kind != Kind::Number)
        return 0;
    bool ok = false;
    const qint64 i = m_bytes.toLongLong(&ok);
    return ok ? i : qint64(std::llround(m_bytes.toDouble()));
}

const PdfValue *PdfValue::get(const QByteArray &key) const
{
    const qsizetype i = m_keys.indexOf(key);
    return i < 0 ? nullptr : &m_items[size_t(i)];
}

void PdfValue::set(const QByteArray &key, PdfValue value)
{
    const qsizetype i = m_keys.indexOf(key);
    if (i >= 0) {
        m_items[size_t(i)] = std::move(value);
        return;
    }
    m_keys.append(key);
    m_items.push_back(std::move(value));
}

void PdfValue::remove(const QByteArray &key)
{
    const qsizetype i = m_keys.indexOf(key);
    if (i < 0)
        return;
    m_keys.removeAt(i);
    m_items.erase(m_items.begin() + i);
}

namespace {

// Name characters outside '!'..'~' and the delimiters are written as #xx.
QByteArray escapeName(const QByteArray &n)
{
    QByteArray out;
    out.reserve(n.size() + 1);
    out += '/';
    for (const char c : n) {
        const auto u = uchar(c);
        if (u < 0x21 || u > 0x7e || QByteArrayView("#()<>[]{}/%").contains(c)) {
            out += '#';
            out += QByteArray::number(u, 16).rightJustified(2, '0');
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

QByteArray literalString(const QByteArray &bytes)
{
    QByteArray out;
    out.reserve(bytes.size() + 2);
    out += '(';
    for (const char c : bytes) {
        switch (c) {
        case '(': out += "\\("; break;
        case ')': out += "\\)"; break;
        case '\\': out += "\\\\"; break;
        case '\r': out += "\\r"; break;
        case '\n': out += "\\n"; break;
        default: out += c;
        }
    }
    out += ')';
    return out;
}

QByteArray formatNumber(double v)
{
    if (!std::isfinite(v))
        return "0";
    if (v == std::floor(v) && std::fabs(v) < 1e15)
        return QByteArray::number(qint64(v));
    QByteArray s = QByteArray::number(v, 'f', 4);
    while (s.endsWith('0'))
        s.chop(1);
    if (s.endsWith('.'))
        s.chop(1);
    return s == "-0" ? QByteArray("0") : s;
}

QByteArray PdfValue::serialize() const
{
    switch (m_kind) {
    case Kind::Null: return "null";
    case Kind::Bool:
    case Kind::Number: return m_bytes;
    case Kind::Name: return escapeName(m_bytes);
    case Kind::String: return m_hex ? '<' + m_bytes.toHex().toUpper() + '>' : literalString(m_bytes);
    case Kind::Ref: return QByteArray::number(m_refNum) + ' ' + QByteArray::number(m_refGen) + " R";
    case Kind::Array: {
        QByteArray out = "[";
        for (size_t i = 0; i < m_items.size(); ++i) {
            if (i)
                out += ' ';
            out += m_items[i].serialize();
        }
        return out + ']';
    }
    case Kind::Dict: {
        QByteArray out = "<<";
        for (qsizetype i = 0; i < m_keys.size(); ++i) {
            if (i)
                out += '\n';
            out += escapeName(m_keys[i]) + ' ' + m_items[size_t(i)].serialize();
        }
        return out + ">>";
    }
    }
    return "null";
}

} // namespace cw::pdf
