#include "memo/pdf/PdfParser.h"

#include <QCoreApplication>

namespace cw::pdf {

namespace {

constexpr int kMaxDepth = 64;

QString tr(const char *s)
{
    return QCoreApplication::translate("cw::PdfParser", s);
}

bool isRegular(char c)
{
    return !isPdfWhitespace(c) && !isPdfDelimiter(c);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool looksLikeInteger(const QByteArray &t)
{
    if (t.isEmpty() || t.size() > 12)
        return false;
    for (const char c : t)
        if (c < '0' || c > '9')
            return false;
    return true;
}

bool looksLikeNumber(const QByteArray &t)
{
    if (t.isEmpty())
        return false;
    bool digit = false;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const char c = t[i];
        if (c >= '0' && c <= '9')
            digit = true;
        else if (!((c == '+' || c == '-') && i == 0) && c != '.')
            return false;
    }
    return digit;
}

} // namespace

bool isPdfWhitespace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool isPdfDelimiter(char c)
{
    switch (c) {
    case '(': case ')': case '<': case '>': case '[': case ']': case '{': case '}': case '/':
    case '%': return true;
    default: return false;
    }
}

Error PdfParser::error(const QString &what) const
{
    return makeError(tr("reading the PDF"), tr("%1 at byte %2").arg(what).arg(m_pos));
}

void PdfParser::skipWhitespaceAndComments()
{
    while (m_pos < m_data.size()) {
        const char c = m_data[m_pos];
        if (isPdfWhitespace(c)) {
            ++m_pos;
        } else if (c == '%') {
            while (m_pos < m_data.size() && m_data[m_pos] != '\n' && m_data[m_pos] != '\r')
                ++m_pos;
        } else {
            return;
        }
    }
}

QByteArray PdfParser::nextToken()
{
    skipWhitespaceAndComments();
    const qsizetype start = m_pos;
    while (m_pos < m_data.size() && isRegular(m_data[m_pos]))
        ++m_pos;
    return m_data.mid(start, m_pos - start);
}

bool PdfParser::acceptKeyword(const char *keyword)
{
    const qsizetype save = m_pos;
    if (nextToken() == keyword)
        return true;
    m_pos = save;
    return false;
}

Result<PdfValue> PdfParser::parseValue()
{
    return parseValue(0);
}

Result<PdfValue> PdfParser::parseValue(int depth)
{
    if (depth > kMaxDepth)
        return error(tr("objects nested too deeply"));
    skipWhitespaceAndComments();
    if (m_pos >= m_data.size())
        return error(tr("unexpected end of file"));
    const char c = m_data[m_pos];
    if (c == '/')
        return parseName();
    if (c == '(')
        return parseLiteralString();
    if (c == '<') {
        if (m_pos + 1 < m_data.size() && m_data[m_pos + 1] == '<') {
            m_pos += 2;
            PdfValue dict = PdfValue::dict();
            while (true) {
                skipWhitespaceAndComments();
                if (m_pos + 1 < m_data.size() && m_data[m_pos] == '>' && m_data[m_pos + 1] == '>') {
                    m_pos += 2;
                    return dict;
                }
                if (m_pos >= m_data.size() || m_data[m_pos] != '/')
                    return error(tr("a dictionary key must be a name"));
                auto key = parseName();
                if (!key)
                    return key.error();
                auto value = parseValue(depth + 1);
                if (!value)
                    return value.error();
                dict.set(key->bytes(), std::move(*value));
            }
        }
        return parseHexString();
    }
    if (c == '[') {
        ++m_pos;
        PdfValue array = PdfValue::array();
        while (true) {
            skipWhitespaceAndComments();
            if (m_pos >= m_data.size())
                return error(tr("unterminated array"));
            if (m_data[m_pos] == ']') {
                ++m_pos;
                return array;
            }
            auto value = parseValue(depth + 1);
            if (!value)
                return value.error();
            array.append(std::move(*value));
        }
    }
    if (!isRegular(c))
        return error(tr("unexpected character"));

    const QByteArray token = nextToken();
    if (token == "null")
        return PdfValue::null();
    if (token == "true" || token == "false")
        return PdfValue::boolean(token == "true");
    if (looksLikeInteger(token)) {
        // "num gen R" is a reference; look ahead without consuming otherwise.
        const qsizetype save = m_pos;
        const QByteArray gen = nextToken();
        if (looksLikeInteger(gen) && nextToken() == "R")
            return PdfValue::ref(token.toInt(), gen.toInt());
        m_pos = save;
        return PdfValue::numberToken(token);
    }
    if (looksLikeNumber(token))
        return PdfValue::numberToken(token);
    return error(tr("unexpected token “%1”").arg(QString::fromLatin1(token.left(20))));
}

Result<PdfValue> PdfParser::parseName()
{
    ++m_pos; // '/'
    QByteArray name;
    while (m_pos < m_data.size() && isRegular(m_data[m_pos])) {
        const char c = m_data[m_pos++];
        if (c == '#' && m_pos + 1 < m_data.size()) {
            const int hi = hexValue(m_data[m_pos]);
            const int lo = hexValue(m_data[m_pos + 1]);
            if (hi >= 0 && lo >= 0) {
                name += char(hi * 16 + lo);
                m_pos += 2;
                continue;
            }
        }
        name += c;
    }
    return PdfValue::name(name);
}

Result<PdfValue> PdfParser::parseLiteralString()
{
    ++m_pos; // '('
    QByteArray out;
    int nesting = 1;
    while (m_pos < m_data.size()) {
        const char c = m_data[m_pos++];
        if (c == '\\') {
            if (m_pos >= m_data.size())
                break;
            const char e = m_data[m_pos++];
            switch (e) {
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case '\r':
                if (m_pos < m_data.size() && m_data[m_pos] == '\n')
                    ++m_pos;
                break;
            case '\n': break;
            default:
                if (e >= '0' && e <= '7') {
                    int v = e - '0';
                    for (int i = 0; i < 2 && m_pos < m_data.size() && m_data[m_pos] >= '0' &&
                                    m_data[m_pos] <= '7';
                         ++i)
                        v = v * 8 + (m_data[m_pos++] - '0');
                    out += char(v & 0xff);
                } else {
                    out += e; // \( \) \\ and unknown escapes: the character itself
                }
            }
            continue;
        }
        if (c == '(')
            ++nesting;
        else if (c == ')' && --nesting == 0)
            return PdfValue::string(out);
        out += c;
    }
    return error(tr("unterminated string"));
}

Result<PdfValue> PdfParser::parseHexString()
{
    ++m_pos; // '<'
    QByteArray out;
    int pending = -1;
    while (m_pos < m_data.size()) {
        const char c = m_data[m_pos++];
        if (c == '>') {
            if (pending >= 0)
                out += char(pending * 16);
            return PdfValue::string(out, true);
        }
        if (isPdfWhitespace(c))
            continue;
        const int v = hexValue(c);
        if (v < 0)
            return error(tr("bad character in a hex string"));
        if (pending < 0) {
            pending = v;
        } else {
            out += char(pending * 16 + v);
            pending = -1;
        }
    }
    return error(tr("unterminated hex string"));
}

Result<PdfIndirectObject> PdfParser::parseIndirectObject()
{
    PdfIndirectObject obj;
    const QByteArray num = nextToken();
    const QByteArray gen = nextToken();
    if (!looksLikeInteger(num) || !looksLikeInteger(gen) || nextToken() != "obj")
        return error(tr("expected an object header"));
    obj.num = num.toInt();
    obj.gen = gen.toInt();
    auto value = parseValue();
    if (!value)
        return value.error();
    obj.value = std::move(*value);
    const qsizetype save = m_pos;
    if (obj.value.isDict() && acceptKeyword("stream")) {
        // The keyword is followed by CRLF or LF (§7.3.8.1).
        if (m_pos < m_data.size() && m_data[m_pos] == '\r')
            ++m_pos;
        if (m_pos < m_data.size() && m_data[m_pos] == '\n')
            ++m_pos;
        obj.streamStart = m_pos;
        return obj;
    }
    m_pos = save;
    if (!acceptKeyword("endobj"))
        return error(tr("expected endobj"));
    return obj;
}

} // namespace cw::pdf
