#include "classify/RuleClassifier.h"

#include "classify/ClauseText.h"
#include "classify/SummaryTemplate.h"

#include <QCoreApplication>
#include <QRegularExpressionMatch>
#include <algorithm>
#include <cmath>
#include <optional>

namespace cw {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("cw::RuleClassifier", s);
}

// Near patterns look at no more than this many matches of each side.
constexpr int kMaxNearMatches = 8;

struct Hit
{
    const RuleSet::Pattern *pattern = nullptr;
    QList<std::pair<int, int>> spans;
    bool excepted = false; ///< negated, but the sentence goes on with an exception
};

enum class NegationState { None, Negated, Excepted };

NegationState negationAt(const ClauseText &ct, const RuleSet::Negation &neg, qsizetype start,
                         qsizetype end)
{
    if (neg.cueWords.isEmpty() || neg.window <= 0 || !ct.hasAny(neg.keywordSet) ||
        !ct.cueBefore(start, neg.window, neg.cueWords))
        return NegationState::None;
    if (!neg.exceptions.pattern().isEmpty()) {
        const qsizetype stop = ct.sentenceEnd(end);
        const QStringView after = QStringView(ct.matchText()).mid(end, stop - end);
        if (neg.exceptions.match(after).hasMatch())
            return NegationState::Excepted;
    }
    return NegationState::Negated;
}

// First match of `re` that is not negated (or is negated with an exception).
std::optional<Hit> firstLiveMatch(const QRegularExpression &re, const ClauseText &ct,
                                  const RuleSet::Pattern &p, const RuleSet::Negation &neg)
{
    qsizetype offset = 0;
    while (offset < ct.matchText().size()) {
        const QRegularExpressionMatch m = re.match(ct.matchText(), offset);
        if (!m.hasMatch())
            break;
        const auto s = m.capturedStart(), e = m.capturedEnd();
        offset = std::max(e, s + 1);
        if (e == s)
            continue;
        const NegationState ns = p.negatable ? negationAt(ct, neg, s, e) : NegationState::None;
        if (ns == NegationState::Negated)
            continue;
        Hit h;
        h.pattern = &p;
        h.spans.append({int(s), int(e)});
        h.excepted = ns == NegationState::Excepted;
        return h;
    }
    return std::nullopt;
}

// All matches (at most kMaxNearMatches), given the first one.
QList<std::pair<int, int>> allMatches(const QRegularExpression &re, const QString &text,
                                      const QRegularExpressionMatch &first)
{
    QList<std::pair<int, int>> out;
    qsizetype offset = 0;
    bool useFirst = true;
    while (offset < text.size() && out.size() < kMaxNearMatches) {
        const QRegularExpressionMatch m = useFirst ? first : re.match(text, offset);
        useFirst = false;
        if (!m.hasMatch())
            break;
        offset = std::max(m.capturedEnd(), m.capturedStart() + 1);
        if (m.capturedLength() > 0)
            out.append({int(m.capturedStart()), int(m.capturedEnd())});
    }
    return out;
}

std::optional<Hit> nearMatch(const ClauseText &ct, const RuleSet::Pattern &p,
                             const RuleSet::Negation &neg)
{
    // Most clauses lack one side: the first match of each decides that cheaply
    // and is reused as the first of all matches.
    const QRegularExpressionMatch firstA = p.re.match(ct.matchText());
    if (!firstA.hasMatch())
        return std::nullopt;
    const QRegularExpressionMatch firstB = p.other.match(ct.matchText());
    if (!firstB.hasMatch())
        return std::nullopt;
    const auto as = allMatches(p.re, ct.matchText(), firstA);
    const auto bs = allMatches(p.other, ct.matchText(), firstB);
    for (const auto &a : as) {
        for (const auto &b : bs) {
            int gap = -1;
            if (a.second <= b.first)
                gap = ct.wordsBetween(a.second, b.first);
            else if (!p.ordered && b.second <= a.first)
                gap = ct.wordsBetween(b.second, a.first);
            if (gap < 0 || gap > p.within)
                continue;
            const int first = std::min(a.first, b.first);
            const int last = std::max(a.second, b.second);
            const NegationState ns =
                p.negatable ? negationAt(ct, neg, first, last) : NegationState::None;
            if (ns == NegationState::Negated)
                continue;
            Hit h;
            h.pattern = &p;
            h.spans = a.first < b.first ? QList<std::pair<int, int>>{a, b}
                                        : QList<std::pair<int, int>>{b, a};
            h.excepted = ns == NegationState::Excepted;
            return h;
        }
    }
    return std::nullopt;
}

std::optional<Hit> matchPattern(const ClauseText &ct, const RuleSet::Pattern &p,
                                const RuleSet::Negation &neg)
{
    if (!ct.hasAny(p.keywordSet))
        return std::nullopt;
    for (int group : p.keywordGroupSets) {
        if (!ct.hasAny(group))
            return std::nullopt;
    }
    if (p.kind == RuleSet::PatternKind::Near)
        return nearMatch(ct, p, neg);
    return firstLiveMatch(p.re, ct, p, neg);
}

// Sorted, overlapping or touching spans merged.
QList<std::pair<int, int>> mergeSpans(QList<std::pair<int, int>> spans)
{
    std::sort(spans.begin(), spans.end());
    QList<std::pair<int, int>> out;
    for (const auto &s : spans) {
        if (!out.isEmpty() && s.first <= out.last().second)
            out.last().second = std::max(out.last().second, s.second);
        else
            out.append(std::move(s));
    }
    return out;
}

QString quoted(const ClauseText &ct, int start, int end)
{
    // Reasons quote at most 57 characters of the clause, whitespace collapsed.
    constexpr int kMax = 57;
    QString s(kMax + 5, Qt::Uninitialized);
    QChar *buf = s.data();
    int n = 0;
    buf[n++] = QChar(0x201C);
    bool space = false;
    const QChar *text = ct.original().constData();
    int i = start;
    for (; i < end && n <= kMax; ++i) {
        const QChar c = text[i];
        if (c.unicode() == u' ' || c.unicode() == u'\n' || c.unicode() == u'\t' ||
            c.unicode() == 0xA0) {
            space = true;
            continue;
        }
        if (space && n > 1)
            buf[n++] = QLatin1Char(' ');
        space = false;
        buf[n++] = c;
    }
    if (i < end) {
        for (int k = 0; k < 3; ++k)
            buf[n++] = QLatin1Char('.');
    }
    buf[n++] = QChar(0x201D);
    s.truncate(n);
    return s;
}

// "thirty (30) days" -> "30 days"; whitespace collapsed; dangling punctuation cut.
QString cleanSlot(QString v)
{
    static const QRegularExpression spelledWithDigits(
        QStringLiteral("\\b[a-z]+(?:[- ][a-z]+)?\\s*\\((\\d+)\\)"),
        QRegularExpression::CaseInsensitiveOption);
    v.replace(spelledWithDigits, QStringLiteral("\\1"));
    v = v.simplified();
    while (!v.isEmpty() && QStringLiteral(",;:. ").contains(v.back()))
        v.chop(1);
    if (v.count(QLatin1Char('(')) != v.count(QLatin1Char(')')))
        v.remove(QLatin1Char('(')).remove(QLatin1Char(')'));
    return v.simplified();
}

class SlotCache
{
public:
    SlotCache(const ClauseText &ct, const RuleSet &rules) : m_ct(ct), m_rules(rules) {}

    QString value(const QString &slot)
    {
        const auto it = m_values.constFind(slot);
        if (it != m_values.cend())
            return *it;
        QString found;
        for (const RuleSet::SlotExtractor &x : m_rules.slotExtractors(slot)) {
            if (!m_ct.hasAny(x.keywordSet))
                continue;
            const QRegularExpressionMatch m = x.re.match(m_ct.matchText());
            if (!m.hasMatch())
                continue;
            const QString v = cleanSlot(m.captured(QStringLiteral("value")));
            if (!v.isEmpty() && v.size() <= x.maxLength) {
                found = v;
                break;
            }
        }
        m_values.insert(slot, found);
        return found;
    }

private:
    const ClauseText &m_ct;
    const RuleSet &m_rules;
    QHash<QString, QString> m_values;
};

} // namespace

RuleClassifier::RuleClassifier(Taxonomy taxonomy, RuleSet rules)
    : m_taxonomy(std::move(taxonomy)), m_rules(std::move(rules)),
      m_fmtDefault(tr("Default severity of %1: %2.")), m_fmtRaised(tr("Raised: %1 (%2).")),
      m_fmtLowered(tr("Lowered: %1 (%2).")), m_fmtSet(tr("Severity set to %1.")),
      m_fmtMatched(tr("Matched %1 (rule %2, +%3).")),
      m_fmtExcepted(tr("The clause denies this but makes exceptions (%1)."))
{
    int i = 0;
    for (const ClauseType &t : m_taxonomy.types()) {
        m_order.insert(t.key, i++);
        QStringList slots = SummaryTemplate::slotNames(t.summaryTemplate);
        if (const RuleSet::TypeRules *r = m_rules.rulesFor(t.key)) {
            for (const QString &s : r->slots) {
                if (!slots.contains(s))
                    slots.append(s);
            }
        }
        m_slotsOf.insert(t.key, slots);
        m_summaries.insert(t.key, SummaryTemplate(t.summaryTemplate));
    }
}

Result<RuleClassifier> RuleClassifier::loadBuiltin()
{
    auto taxonomy = Taxonomy::loadBuiltin();
    CW_TRY(taxonomy);
    auto rules = RuleSet::loadBuiltin(*taxonomy);
    CW_TRY(rules);
    return RuleClassifier(std::move(*taxonomy), std::move(*rules));
}

QList<Suggestion> RuleClassifier::classify(const QString &clauseText,
                                           const ClassifyContext &ctx) const
{
    QList<Suggestion> out;
    if (clauseText.trimmed().isEmpty())
        return out;
    const ClauseText ct(clauseText, m_rules.keywordIndex());
    if (ct.looksLikeHeading(m_rules.headingFilter()))
        return out;
    SlotCache slotCache(ct, m_rules);

    for (const RuleSet::TypeRules &typeRules : m_rules.types()) {
        if (!ct.hasAny(typeRules.keywordSet))
            continue;
        QList<Hit> hits;
        double score = 0;
        bool core = false;
        bool vetoed = false;
        // Core patterns first: a type without a core match cannot fire, so the
        // supporting, negative and veto patterns run only for candidates.
        for (int pass = 0; pass < 2 && !vetoed; ++pass) {
            for (const RuleSet::Pattern &p : typeRules.patterns) {
                if (p.core != (pass == 0))
                    continue;
                std::optional<Hit> h = matchPattern(ct, p, typeRules.negation);
                if (!h)
                    continue;
                if (p.veto) {
                    vetoed = true;
                    break;
                }
                score += p.weight;
                core = core || p.core;
                hits.append(*h);
            }
            if (!core)
                break;
        }
        if (vetoed || !core || score < typeRules.threshold)
            continue;
        // Evidence and reasons follow the order of the rule file.
        std::stable_sort(hits.begin(), hits.end(), [&typeRules](const Hit &a, const Hit &b) {
            return a.pattern - typeRules.patterns.constData() <
                   b.pattern - typeRules.patterns.constData();
        });
        const ClauseType *type = m_taxonomy.type(typeRules.typeKey);
        if (!type)
            continue;

        Suggestion s;
        s.typeKey = typeRules.typeKey;
        s.confidence = std::min(1.0, std::round(score * 100.0) / 100.0);

        // Severity: default, then at most one step up or down.
        s.reasons.append(m_fmtDefault.arg(type->name, severityKey(type->defaultSeverity)));
        int delta = 0;
        auto applyModifier = [&](const RuleSet::SeverityModifier &m) {
            if (!ct.hasAny(m.keywordSet))
                return;
            qsizetype offset = 0;
            while (offset < ct.matchText().size()) {
                const QRegularExpressionMatch mm = m.re.match(ct.matchText(), offset);
                if (!mm.hasMatch())
                    break;
                offset = std::max(mm.capturedEnd(), mm.capturedStart() + 1);
                if (negationAt(ct, typeRules.negation, mm.capturedStart(), mm.capturedEnd()) ==
                    NegationState::Negated)
                    continue;
                delta += m.delta;
                const QString q = quoted(ct, int(mm.capturedStart()), int(mm.capturedEnd()));
                s.reasons.append((m.delta > 0 ? m_fmtRaised : m_fmtLowered).arg(m.reason, q));
                return;
            }
        };
        for (const RuleSet::SeverityModifier &m : typeRules.modifiers)
            applyModifier(m);
        for (const RuleSet::SeverityModifier &m : m_rules.globalModifiers()) {
            if ((!m.onlyTypes.isEmpty() && !m.onlyTypes.contains(typeRules.typeKey)) ||
                m.exceptTypes.contains(typeRules.typeKey))
                continue;
            applyModifier(m);
        }
        const int level = std::clamp(int(type->defaultSeverity) + std::clamp(delta, -1, 1),
                                     int(Severity::Low), int(Severity::High));
        s.severity = Severity(level);
        if (s.severity != type->defaultSeverity)
            s.reasons.append(m_fmtSet.arg(severityKey(s.severity)));

        // Evidence and why it fired; the strongest pattern names the rule.
        const Hit *strongest = nullptr;
        QList<std::pair<int, int>> spans;
        for (const Hit &h : hits) {
            if (h.pattern->weight <= 0)
                continue;
            spans += h.spans;
            if (!strongest || h.pattern->weight > strongest->pattern->weight)
                strongest = &h;
            QStringList quotes;
            for (const auto &sp : h.spans)
                quotes.append(quoted(ct, sp.first, sp.second));
            s.reasons.append(m_fmtMatched.arg(quotes.join(QStringLiteral(" \u2026 ")),
                                              h.pattern->id,
                                              QString::number(h.pattern->weight, 'f', 2)));
            if (h.excepted)
                s.reasons.append(m_fmtExcepted.arg(h.pattern->id));
        }
        s.evidence = mergeSpans(spans);
        s.ruleId = strongest ? strongest->pattern->id : typeRules.typeKey;

        for (const QString &slot : m_slotsOf.value(typeRules.typeKey)) {
            const QString v = slotCache.value(slot);
            if (!v.isEmpty())
                s.slots.insert(slot, v);
        }
        s.summary = m_summaries.value(typeRules.typeKey).fill(ctx.platformName, s.slots);
        out.append(std::move(s));
    }

    std::stable_sort(out.begin(), out.end(), [this](const Suggestion &a, const Suggestion &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        if (a.confidence != b.confidence)
            return a.confidence > b.confidence;
        return m_order.value(a.typeKey) < m_order.value(b.typeKey);
    });
    return out;
}

} // namespace cw
