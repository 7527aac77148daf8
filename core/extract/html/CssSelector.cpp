#include "extract/html/CssSelector.h"

#include <QCoreApplication>
#include <cstring>
#include <gumbo.h>
#include <string_view>

namespace cw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::CssSelector", text);
}

inline char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
}

std::string lowered(std::string s)
{
    for (char &c : s)
        c = lower(c);
    return s;
}

inline bool isHtmlSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

const GumboNode *parentElement(const GumboNode *node)
{
    const GumboNode *p = node->parent;
    if (p && (p->type == GUMBO_NODE_ELEMENT || p->type == GUMBO_NODE_TEMPLATE))
        return p;
    return nullptr;
}

std::string tagNameOf(const GumboNode *node)
{
    const GumboElement &el = node->v.element;
    if (el.tag != GUMBO_TAG_UNKNOWN)
        return gumbo_normalized_tagname(el.tag);
    GumboStringPiece piece = el.original_tag;
    gumbo_tag_from_original_text(&piece);
    return lowered(std::string(piece.data ? piece.data : "", piece.length));
}

const char *attribute(const GumboNode *node, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? a->value : nullptr;
}

} // namespace

/// Recursive-descent parser over the selector text (bounded by MaxLength, so its
/// recursion-free loops and the result's size are bounded too).
class CssSelectorParser
{
public:
    explicit CssSelectorParser(const QString &text) : m_s(text.toStdString()) {}

    Result<CssSelector> run(const QString &original)
    {
        CssSelector out;
        out.m_text = original;
        skipSpace();
        if (atEnd())
            return out;
        for (;;) {
            CssSelector::Complex complex;
            if (auto err = parseComplex(complex); !err.isEmpty())
                return fail(original, err);
            out.m_alternatives.push_back(std::move(complex));
            skipSpace();
            if (atEnd())
                break;
            if (peek() != ',')
                return fail(original, tr("unexpected '%1'").arg(QChar::fromLatin1(peek())));
            ++m_i;
            skipSpace();
        }
        return out;
    }

private:
    static Error fail(const QString &original, const QString &why)
    {
        return makeError(tr("reading the CSS selector \"%1\"").arg(original), why);
    }

    bool atEnd() const { return m_i >= m_s.size(); }
    char peek() const { return atEnd() ? '\0' : m_s[m_i]; }
    void skipSpace()
    {
        while (!atEnd() && isHtmlSpace(m_s[m_i]))
            ++m_i;
    }

    static bool isIdentChar(char c)
    {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '-' || c == '_' || static_cast<unsigned char>(c) >= 0x80;
    }

    std::string ident()
    {
        std::string out;
        while (!atEnd()) {
            const char c = m_s[m_i];
            if (c == '\\' && m_i + 1 < m_s.size()) {
                out.push_back(m_s[m_i + 1]);
                m_i += 2;
            } else if (isIdentChar(c)) {
                out.push_back(c);
                ++m_i;
            } else {
                break;
            }
        }
        return out;
    }

    QString parseComplex(CssSelector::Complex &complex)
    {
        for (;;) {
            CssSelector::Compound compound;
            if (auto err = parseCompound(compound); !err.isEmpty())
                return err;
            complex.compounds.push_back(std::move(compound));
            if (complex.compounds.size() > size_t(CssSelector::MaxCompounds))
                return tr("more than %1 parts in one selector").arg(CssSelector::MaxCompounds);
            const size_t before = m_i;
            skipSpace();
            const bool hadSpace = m_i > before;
            if (atEnd() || peek() == ',')
                return {};
            if (peek() == '>') {
                ++m_i;
                skipSpace();
                complex.combinators.push_back(CssSelector::Combinator::Child);
                continue;
            }
            if (peek() == '+' || peek() == '~')
                return tr("sibling combinators ('+', '~') are not supported");
            if (!hadSpace)
                return tr("unexpected '%1'").arg(QChar::fromLatin1(peek()));
            complex.combinators.push_back(CssSelector::Combinator::Descendant);
        }
    }

    QString parseCompound(CssSelector::Compound &compound)
    {
        bool any = false;
        if (peek() == '*') {
            ++m_i;
            any = true;
        } else if (isIdentChar(peek()) || peek() == '\\') {
            compound.tag = lowered(ident());
            any = true;
        }
        for (;;) {
            const char c = peek();
            if (c == '#') {
                ++m_i;
                compound.id = ident();
                if (compound.id.empty())
                    return tr("'#' needs a name");
            } else if (c == '.') {
                ++m_i;
                std::string cls = ident();
                if (cls.empty())
                    return tr("'.' needs a class name");
                compound.classes.push_back(std::move(cls));
            } else if (c == '[') {
                ++m_i;
                CssSelector::AttrTest test;
                if (auto err = parseAttribute(test); !err.isEmpty())
                    return err;
                compound.attrs.push_back(std::move(test));
            } else if (c == ':') {
                return tr("pseudo-classes (':…') are not supported");
            } else if (c == '|') {
                return tr("namespaces ('|') are not supported");
            } else {
                break;
            }
            any = true;
        }
        if (!any)
            return atEnd() ? tr("a selector is missing")
                           : tr("unexpected '%1'").arg(QChar::fromLatin1(peek()));
        return {};
    }

    QString parseAttribute(CssSelector::AttrTest &test)
    {
        using Op = CssSelector::AttrTest::Op;
        skipSpace();
        test.name = lowered(ident());
        if (test.name.empty())
            return tr("'[' needs an attribute name");
        skipSpace();
        if (peek() == ']') {
            ++m_i;
            return {};
        }
        const char c = peek();
        if (c == '=') {
            test.op = Op::Equals;
            ++m_i;
        } else if ((c == '~' || c == '|' || c == '^' || c == '$' || c == '*') &&
                   m_i + 1 < m_s.size() && m_s[m_i + 1] == '=') {
            test.op = c == '~'   ? Op::Includes
                      : c == '|' ? Op::DashMatch
                      : c == '^' ? Op::Prefix
                      : c == '$' ? Op::Suffix
                                 : Op::Substring;
            m_i += 2;
        } else {
            return tr("unexpected '%1' in an attribute selector").arg(QChar::fromLatin1(c));
        }
        skipSpace();
        if (peek() == '"' || peek() == '\'') {
            const char quote = m_s[m_i++];
            while (!atEnd() && m_s[m_i] != quote) {
                if (m_s[m_i] == '\\' && m_i + 1 < m_s.size())
                    ++m_i;
                test.value.push_back(m_s[m_i++]);
            }
            if (atEnd())
                return tr("unterminated quoted value");
            ++m_i;
        } else {
            test.value = ident();
            if (test.value.empty())
                return tr("an attribute value is missing");
        }
        skipSpace();
        if (peek() == 'i' || peek() == 'I') {
            test.caseInsensitive = true;
            ++m_i;
            skipSpace();
        } else if (peek() == 's' || peek() == 'S') {
            ++m_i;
            skipSpace();
        }
        if (peek() != ']')
            return tr("']' expected");
        ++m_i;
        return {};
    }

    std::string m_s;
    size_t m_i = 0;
};

Result<CssSelector> CssSelector::parse(const QString &text)
{
    if (text.size() > MaxLength)
        return makeError(QCoreApplication::translate("cw::CssSelector", "reading a CSS selector"),
                         QCoreApplication::translate("cw::CssSelector", "longer than %1 characters")
                             .arg(MaxLength));
    CssSelectorParser parser(text);
    return parser.run(text);
}

bool CssSelector::matches(const GumboInternalNode *element) const
{
    if (!element || (element->type != GUMBO_NODE_ELEMENT && element->type != GUMBO_NODE_TEMPLATE))
        return false;
    for (const Complex &c : m_alternatives)
        if (matchFrom(c, c.compounds.size() - 1, element) == Match::Matches)
            return true;
    return false;
}

CssSelector::Match CssSelector::matchFrom(const Complex &c, size_t index,
                                          const GumboInternalNode *element) const
{
    if (!matchCompound(c.compounds[index], element))
        return Match::FailsLocally;
    if (index == 0)
        return Match::Matches;
    if (c.combinators[index - 1] == Combinator::Child) {
        const GumboNode *parent = parentElement(element);
        return parent ? matchFrom(c, index - 1, parent) : Match::FailsCompletely;
    }
    for (const GumboNode *p = parentElement(element); p; p = parentElement(p)) {
        const Match m = matchFrom(c, index - 1, p);
        if (m != Match::FailsLocally)
            return m;
    }
    return Match::FailsCompletely;
}

bool CssSelector::matchCompound(const Compound &compound, const GumboInternalNode *element)
{
    if (!compound.tag.empty() && tagNameOf(element) != compound.tag)
        return false;
    if (!compound.id.empty()) {
        const char *id = attribute(element, "id");
        if (!id || compound.id != id)
            return false;
    }
    if (!compound.classes.empty()) {
        const char *cls = attribute(element, "class");
        if (!cls)
            return false;
        const std::string_view classes(cls);
        for (const std::string &wanted : compound.classes) {
            bool found = false;
            size_t i = 0;
            while (i < classes.size() && !found) {
                while (i < classes.size() && isHtmlSpace(classes[i]))
                    ++i;
                size_t j = i;
                while (j < classes.size() && !isHtmlSpace(classes[j]))
                    ++j;
                found = classes.substr(i, j - i) == wanted;
                i = j;
            }
            if (!found)
                return false;
        }
    }
    using Op = AttrTest::Op;
    for (const AttrTest &t : compound.attrs) {
        const char *raw = attribute(element, t.name.c_str());
        if (!raw)
            return false;
        std::string value(raw);
        std::string wanted = t.value;
        if (t.caseInsensitive) {
            value = lowered(std::move(value));
            wanted = lowered(std::move(wanted));
        }
        const std::string_view v(value);
        bool ok = true;
        switch (t.op) {
        case Op::Exists:
            break;
        case Op::Equals:
            ok = v == wanted;
            break;
        case Op::Prefix:
            ok = !wanted.empty() && v.substr(0, wanted.size()) == wanted;
            break;
        case Op::Suffix:
            ok = !wanted.empty() && v.size() >= wanted.size() &&
                 v.substr(v.size() - wanted.size()) == wanted;
            break;
        case Op::Substring:
            ok = !wanted.empty() && v.find(wanted) != std::string_view::npos;
            break;
        case Op::DashMatch:
            ok = v == wanted || (v.size() > wanted.size() && v.substr(0, wanted.size()) == wanted &&
                                 v[wanted.size()] == '-');
            break;
        case Op::Includes: {
            ok = false;
            size_t i = 0;
            while (i < v.size() && !ok) {
                while (i < v.size() && isHtmlSpace(v[i]))
                    ++i;
                size_t j = i;
                while (j < v.size() && !isHtmlSpace(v[j]))
                    ++j;
                ok = j > i && v.substr(i, j - i) == wanted;
                i = j;
            }
            break;
        }
        }
        if (!ok)
            return false;
    }
    return true;
}

} // namespace cw
