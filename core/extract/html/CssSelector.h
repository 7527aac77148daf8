#pragma once

#include "util/Result.h"

#include <QString>
#include <string>
#include <vector>

struct GumboInternalNode; // gumbo's GumboNode; gumbo stays a private dependency

namespace cw {

/// A small CSS selector matcher over gumbo's tree, for the `select` and `remove`
/// options of a document (issue 3): which parts of a page to keep or drop.
///
/// Supported: type selectors and `*`, `#id`, `.class`, `[attr]`, `[attr=value]`
/// (also `~=`, `|=`, `^=`, `$=`, `*=`, and a trailing ` i` for ASCII
/// case-insensitive values), compound selectors (`div.terms#main[role=main]`),
/// the descendant (space) and child (`>`) combinators, and comma-separated lists.
/// Anything else (pseudo-classes, sibling combinators, namespaces) is refused by
/// parse() with a message that names it, rather than silently matching nothing.
/// Type selectors and attribute names are ASCII case-insensitive; ids, classes and
/// attribute values are case-sensitive, as in HTML documents in standards mode.
///
/// Matching runs right to left with the "fails completely" cut (a failed
/// descendant search never retries higher ancestors), so it stays linear in the
/// depth for ordinary selectors even on very deep documents.
class CssSelector
{
public:
    /// Longest selector text accepted, and most compound selectors in one chain.
    static constexpr int MaxLength = 2000;
    static constexpr int MaxCompounds = 32;

    CssSelector() = default;

    /// An empty or blank `text` gives an empty selector (matches nothing).
    static Result<CssSelector> parse(const QString &text);

    bool isEmpty() const { return m_alternatives.empty(); }
    /// The text it was parsed from.
    const QString &text() const { return m_text; }

    /// True if `element` (a GUMBO_NODE_ELEMENT or GUMBO_NODE_TEMPLATE) matches.
    bool matches(const GumboInternalNode *element) const;

private:
    struct AttrTest
    {
        enum class Op { Exists, Equals, Includes, DashMatch, Prefix, Suffix, Substring };
        std::string name; ///< lower case
        Op op = Op::Exists;
        std::string value;
        bool caseInsensitive = false;
    };
    struct Compound
    {
        std::string tag; ///< lower case; empty means any element
        std::string id;
        std::vector<std::string> classes;
        std::vector<AttrTest> attrs;
    };
    enum class Combinator { Descendant, Child };
    struct Complex
    {
        std::vector<Compound> compounds;     ///< left to right
        std::vector<Combinator> combinators; ///< combinators[i] joins compounds[i], [i + 1]
    };
    enum class Match { Matches, FailsLocally, FailsCompletely };

    Match matchFrom(const Complex &c, size_t index, const GumboInternalNode *element) const;
    static bool matchCompound(const Compound &compound, const GumboInternalNode *element);

    friend class CssSelectorParser;
    QString m_text;
    std::vector<Complex> m_alternatives;
};

} // namespace cw
