#include "extract/html/HtmlDepthLimiter.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cw {

namespace {

using namespace std::string_view_literals;

inline bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
inline bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}
inline char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
}

bool oneOf(std::string_view name, std::initializer_list<std::string_view> set)
{
    for (std::string_view s : set)
        if (name == s)
            return true;
    return false;
}

bool isVoid(std::string_view n)
{
    return oneOf(n, {"area"sv, "base"sv, "br"sv, "col"sv, "embed"sv, "hr"sv, "img"sv, "input"sv,
                     "link"sv, "meta"sv, "param"sv, "source"sv, "track"sv, "wbr"sv, "keygen"sv,
                     "basefont"sv, "bgsound"sv, "frame"sv, "image"sv});
}

bool isRawText(std::string_view n)
{
    return oneOf(n, {"script"sv, "style"sv, "textarea"sv, "title"sv, "xmp"sv, "iframe"sv,
                     "noembed"sv, "noframes"sv, "noscript"sv});
}

// Start tags that close an open <p> (the HTML tree builder's "close a p element").
bool closesP(std::string_view n)
{
    return oneOf(n,
                 {"address"sv, "article"sv, "aside"sv, "blockquote"sv, "center"sv,   "details"sv,
                  "dialog"sv,  "dir"sv,     "div"sv,   "dl"sv,         "fieldset"sv, "figcaption"sv,
                  "figure"sv,  "footer"sv,  "form"sv,  "h1"sv,         "h2"sv,       "h3"sv,
                  "h4"sv,      "h5"sv,      "h6"sv,    "header"sv,     "hgroup"sv,   "hr"sv,
                  "main"sv,    "menu"sv,    "nav"sv,   "ol"sv,         "p"sv,        "pre"sv,
                  "section"sv, "summary"sv, "table"sv, "ul"sv,         "li"sv,       "dd"sv,
                  "dt"sv,      "listing"sv});
}

// HTML start tags that end foreign (SVG/MathML) content.
bool breaksOutOfForeign(std::string_view n)
{
    return oneOf(n, {"b"sv,       "big"sv,  "blockquote"sv, "body"sv,  "br"sv,   "center"sv,
                     "code"sv,    "dd"sv,   "div"sv,        "dl"sv,    "dt"sv,   "em"sv,
                     "embed"sv,   "h1"sv,   "h2"sv,         "h3"sv,    "h4"sv,   "h5"sv,
                     "h6"sv,      "head"sv, "hr"sv,         "i"sv,     "img"sv,  "li"sv,
                     "listing"sv, "menu"sv, "meta"sv,       "nobr"sv,  "ol"sv,   "p"sv,
                     "pre"sv,     "ruby"sv, "s"sv,          "small"sv, "span"sv, "strong"sv,
                     "strike"sv,  "sub"sv,  "sup"sv,        "table"sv, "tt"sv,   "u"sv,
                     "ul"sv,      "var"sv,  "font"sv});
}

class Limiter
{
public:
    Limiter(const QByteArray &html, int maxDepth)
        : m_html(html), m_p(html.constData()), m_n(html.size()), m_max(size_t(maxDepth))
    {
    }

    QByteArray run(qsizetype *dropped)
    {
        qsizetype i = 0;
        while (i < m_n) {
            const void *lt = std::memchr(m_p + i, '<', size_t(m_n - i));
            if (!lt)
                break;
            i = static_cast<const char *>(lt) - m_p;
            i = token(i);
        }
        if (dropped)
            *dropped = m_droppedCount;
        if (m_droppedCount == 0)
            return m_html;
        m_out.append(m_p + m_copied, m_n - m_copied);
        return m_out;
    }

private:
    qsizetype find(qsizetype from, std::string_view needle) const
    {
        if (from >= m_n)
            return -1;
        const qsizetype at =
            m_html.indexOf(QByteArrayView(needle.data(), qsizetype(needle.size())), from);
        return at;
    }

    // Handles the markup starting at m_p[i] == '<'; returns where scanning resumes.
    qsizetype token(qsizetype i)
    {
        const qsizetype j = i + 1;
        if (j >= m_n)
            return m_n;
        const char c = m_p[j];
        if (c == '!') {
            if (j + 2 < m_n && m_p[j + 1] == '-' && m_p[j + 2] == '-') {
                const qsizetype close = find(j + 3, "-->");
                return close < 0 ? m_n : close + 3;
            }
            const qsizetype close = find(j, ">");
            return close < 0 ? m_n : close + 1;
        }
        if (c == '?') {
            const qsizetype close = find(j, ">");
            return close < 0 ? m_n : close + 1;
        }
        const bool end = c == '/';
        const qsizetype nameStart = end ? j + 1 : j;
        if (nameStart >= m_n || !isAlpha(m_p[nameStart])) {
            if (end) { // "</3" and the like: a bogus comment up to '>'
                const qsizetype close = find(j, ">");
                return close < 0 ? m_n : close + 1;
            }
            return j; // a literal '<'
        }
        std::string name;
        qsizetype k = nameStart;
        while (k < m_n && !isSpace(m_p[k]) && m_p[k] != '/' && m_p[k] != '>') {
            if (name.size() < 32)
                name.push_back(lower(m_p[k]));
            ++k;
        }
        bool selfClosing = false;
        const qsizetype tagEnd = scanAttributes(k, &selfClosing);
        if (end)
            endTag(name, i, tagEnd);
        else
            return startTag(name, selfClosing, i, tagEnd);
        return tagEnd;
    }

    // From just after the tag name to just after its '>' (or the end of input).
    qsizetype scanAttributes(qsizetype k, bool *selfClosing) const
    {
        char prev = 0;
        while (k < m_n) {
            const char c = m_p[k];
            if (c == '>') {
                *selfClosing = prev == '/';
                return k + 1;
            }
            if (c == '=') {
                ++k;
                while (k < m_n && isSpace(m_p[k]))
                    ++k;
                if (k < m_n && (m_p[k] == '"' || m_p[k] == '\'')) {
                    const char quote = m_p[k];
                    const void *q = std::memchr(m_p + k + 1, quote, size_t(m_n - k - 1));
                    if (!q)
                        return m_n;
                    k = static_cast<const char *>(q) - m_p + 1;
                    prev = quote;
                    continue;
                }
                prev = '=';
                continue;
            }
            prev = c;
            ++k;
        }
        return m_n;
    }

    qsizetype startTag(const std::string &name, bool selfClosing, qsizetype from, qsizetype to)
    {
        const bool inForeign = m_foreignBase >= 0;
        if (inForeign && breaksOutOfForeign(name)) {
            m_stack.resize(size_t(m_foreignBase));
            m_foreignBase = -1;
        } else if (m_foreignBase >= 0 && selfClosing) {
            return to; // <path/> in SVG: a leaf
        }
        if (isRawText(name) || name == "plaintext") {
            if (name == "plaintext")
                return m_n; // everything after it is text
            return skipRawText(name, to);
        }
        if (isVoid(name))
            return to;
        closeImplied(name);
        if (m_stack.size() >= m_max) {
            ++m_dropped[name];
            drop(from, to);
            return to;
        }
        if (m_foreignBase < 0 && (name == "svg" || name == "math"))
            m_foreignBase = qsizetype(m_stack.size());
        m_stack.push_back(name);
        return to;
    }

    void endTag(const std::string &name, qsizetype from, qsizetype to)
    {
        auto it = m_dropped.find(name);
        if (it != m_dropped.end() && it->second > 0) {
            --it->second;
            drop(from, to);
            return;
        }
        for (size_t k = m_stack.size(); k > 0; --k) {
            if (m_stack[k - 1] == name) {
                m_stack.resize(k - 1);
                if (m_foreignBase >= qsizetype(m_stack.size()))
                    m_foreignBase = -1;
                return;
            }
        }
    }

    // Elements with optional end tags: a new one closes the previous one, as the
    // tree builder does, so that unclosed <li>/<p>/<td> do not count as nesting.
    void closeImplied(const std::string &name)
    {
        if (closesP(name))
            popTo({"p"sv}, {"button"sv, "table"sv, "td"sv, "th"sv, "caption"sv}, 8);
        if (name == "li")
            popTo({"li"sv}, {"ul"sv, "ol"sv, "menu"sv, "table"sv}, 64);
        else if (name == "dt" || name == "dd")
            popTo({"dt"sv, "dd"sv}, {"dl"sv, "table"sv}, 64);
        else if (name == "td" || name == "th")
            popTo({"td"sv, "th"sv}, {"tr"sv, "table"sv}, 64);
        else if (name == "tr")
            popTo({"tr"sv}, {"table"sv}, 64);
        else if (name == "thead" || name == "tbody" || name == "tfoot")
            popTo({"thead"sv, "tbody"sv, "tfoot"sv}, {"table"sv}, 64);
        else if (name == "option")
            popTo({"option"sv}, {"select"sv, "datalist"sv}, 4);
    }

    void popTo(std::initializer_list<std::string_view> targets,
               std::initializer_list<std::string_view> boundaries, size_t window)
    {
        const size_t lowest = m_stack.size() > window ? m_stack.size() - window : 0;
        for (size_t k = m_stack.size(); k > lowest; --k) {
            const std::string &s = m_stack[k - 1];
            if (oneOf(s, targets)) {
                m_stack.resize(k - 1);
                if (m_foreignBase >= qsizetype(m_stack.size()))
                    m_foreignBase = -1;
                return;
            }
            if (oneOf(s, boundaries))
                return;
        }
    }

    qsizetype skipRawText(const std::string &name, qsizetype from)
    {
        // Find "</name" followed by whitespace, '/' or '>' (ASCII case-insensitive).
        qsizetype k = from;
        while (k < m_n) {
            const void *lt = std::memchr(m_p + k, '<', size_t(m_n - k));
            if (!lt)
                return m_n;
            k = static_cast<const char *>(lt) - m_p;
            if (k + 1 < m_n && m_p[k + 1] == '/') {
                size_t m = 0;
                while (m < name.size() && k + 2 + qsizetype(m) < m_n &&
                       lower(m_p[k + 2 + qsizetype(m)]) == name[m])
                    ++m;
                const qsizetype after = k + 2 + qsizetype(m);
                if (m == name.size() && (after >= m_n || isSpace(m_p[after]) || m_p[after] == '/' ||
                                         m_p[after] == '>')) {
                    const void *gt = std::memchr(m_p + after, '>', size_t(m_n - after));
                    return gt ? static_cast<const char *>(gt) - m_p + 1 : m_n;
                }
            }
            ++k;
        }
        return m_n;
    }

    void drop(qsizetype from, qsizetype to)
    {
        if (m_out.isEmpty())
            m_out.reserve(m_n);
        m_out.append(m_p + m_copied, from - m_copied);
        m_out.append(' '); // keep a word boundary where the tag was
        m_copied = to;
        ++m_droppedCount;
    }

    const QByteArray &m_html;
    const char *m_p;
    qsizetype m_n;
    size_t m_max;
    std::vector<std::string> m_stack;
    qsizetype m_foreignBase = -1;
    std::unordered_map<std::string, qsizetype> m_dropped;
    QByteArray m_out;
    qsizetype m_copied = 0;
    qsizetype m_droppedCount = 0;
};

} // namespace

QByteArray HtmlDepthLimiter::limit(const QByteArray &html, int maxDepth, qsizetype *droppedTags)
{
    Limiter limiter(html, std::max(1, maxDepth));
    return limiter.run(droppedTags);
}

} // namespace cw
