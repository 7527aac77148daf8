#pragma once

#include "classify/KeywordIndex.h"
#include "util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <memory>

namespace cw {

class Taxonomy;

/// The classification rules of resources/taxonomy/rules.json, parsed and with
/// every regular expression compiled (and optimised) once. Rules are data; the
/// format is documented in resources/taxonomy/RULES.md. Immutable after loading,
/// safe to share between threads (QRegularExpression matching is reentrant).
class RuleSet
{
public:
    enum class PatternKind {
        Regex, ///< one regular expression ("regex" or "phrase" in the file)
        Near   ///< "a" and "b" both match, at most `within` words apart
    };

    /// One weighted cue for a clause type.
    struct Pattern
    {
        QString id; ///< unique in the rule set, "<type>.<name>"
        PatternKind kind = PatternKind::Regex;
        QRegularExpression re;    ///< the regex, or `a` of a Near pattern
        QRegularExpression other; ///< `b` of a Near pattern
        int within = 0;           ///< Near: max words between the two matches
        bool ordered = false;     ///< Near: `a` must come before `b`
        double weight = 0;        ///< added to the confidence (may be negative)
        bool core = false;        ///< the type fires only if a core pattern matched
        bool veto = false;        ///< a match suppresses the type for this clause
        bool negatable = true;    ///< a negation cue just before the match cancels it
        QStringList keywords;     ///< lower-case pre-filter; any must occur (empty: none)
        int keywordSet = -1;      ///< the same, as a set of keywordIndex() (-1: none)
        /// Further pre-filters that must all hold: from each group, any keyword
        /// must occur ("a modal verb" and "a verb of change").
        QList<QStringList> keywordGroups;
        QList<int> keywordGroupSets;
    };

    /// Negation handling: a cue word among the `window` words before a match
    /// (same sentence) cancels it, unless `exceptions` matches after it in the
    /// same sentence ("we do not sell ... except ..."). Cue words are compared
    /// whole and case-insensitively ("not", "never", "can't"); no regex runs.
    struct Negation
    {
        QStringList cueWords; ///< lower case
        int window = 4;
        QRegularExpression exceptions;
        QStringList keywords; ///< pre-filter: without any of these, nothing is negated
        int keywordSet = -1;
    };

    /// A cue that moves the severity one step, with the reason shown to analysts.
    struct SeverityModifier
    {
        QString id;
        QStringList keywords;
        int keywordSet = -1;
        QRegularExpression re;
        int delta = 0; ///< +1 raises, -1 lowers
        QString reason;
        QStringList onlyTypes;   ///< empty: every type (global modifiers)
        QStringList exceptTypes; ///< global modifiers skip these types
    };

    /// Captures a specific (named group `value`) used by summaries.
    struct SlotExtractor
    {
        QString slot;
        QStringList keywords;
        int keywordSet = -1;
        QRegularExpression re;
        int maxLength = 80; ///< longer captures are discarded as noise
    };

    /// Headings ("## 12. Limitation of Liability", "Binding Arbitration") name a
    /// topic without stating a term; flagging them only costs analysts time.
    /// A clause is a heading when it starts with '#', or when, after any
    /// numbering, it has at most `maxWords` words, every word is capitalised, a
    /// number, or one of `minorWords`, and, if it is all capitals, `verbs` does
    /// not match (an all-capitals line with a verb is an emphasised sentence).
    struct HeadingFilter
    {
        bool enabled = false;
        int maxWords = 10;
        QRegularExpression verbs;
        QStringList minorWords; ///< lower case
    };

    struct TypeRules
    {
        QString typeKey;
        QStringList keywords; ///< lower-case pre-filter for the whole type
        int keywordSet = -1;
        double threshold = 0.5;
        QList<Pattern> patterns;
        Negation negation;
        QList<SeverityModifier> modifiers;
        QStringList slots; ///< slots to extract beyond the summary template's
    };

    RuleSet() = default;

    /// Loads ":/taxonomy/rules.json" and checks it against `taxonomy`. Its
    /// regular expressions are compiled when first used, not here: compiling
    /// all of them (PCRE2 with JIT) took ~0.15 s of every classifying process,
    /// though a run uses only the patterns its texts' keywords reach. The
    /// built-in file is checked whole by tst_ruleset, through fromJson().
    static Result<RuleSet> loadBuiltin(const Taxonomy &taxonomy);
    static Result<RuleSet> loadFromFile(const QString &path, const Taxonomy &taxonomy);
    /// Every type key must exist in `taxonomy`; every regex must compile.
    static Result<RuleSet> fromJson(const QByteArray &json, const Taxonomy &taxonomy);
    /// The built-in rules file's bytes (for tests that check it whole).
    static QByteArray builtinJson();

    const QList<TypeRules> &types() const { return m_types; }
    const TypeRules *rulesFor(const QString &typeKey) const;
    const QList<SeverityModifier> &globalModifiers() const { return m_globalModifiers; }
    const HeadingFilter &headingFilter() const { return m_headings; }
    /// Extractors of one slot, in file order (the first that matches wins).
    QList<SlotExtractor> slotExtractors(const QString &slot) const;
    int patternCount() const;
    /// Every keyword of the rule set, for ClauseText's single-pass pre-filter.
    const KeywordIndex &keywordIndex() const { return *m_keywords; }

private:
    static Result<RuleSet> parse(const QByteArray &json, const Taxonomy &taxonomy,
                                 bool compilePatterns);

    QList<TypeRules> m_types;
    QHash<QString, qsizetype> m_typeIndex;
    QList<SeverityModifier> m_globalModifiers;
    HeadingFilter m_headings;
    QHash<QString, QList<SlotExtractor>> m_slots;
    std::shared_ptr<const KeywordIndex> m_keywords = std::make_shared<const KeywordIndex>();
};

} // namespace cw
