#include "diff/token/RowDiffer.h"

#include "diff/token/DiffCleanup.h"

namespace cw {

RowDiffer::RowDiffer(QStringView left, QStringView right, const DiffOptions &options,
                     TokenInterner &interner, DiffBudget &budget)
    : m_left(left), m_right(right), m_options(options), m_interner(interner), m_budget(budget)
{
}

bool RowDiffer::ignores(const DiffOptions &options, Token::Kind kind)
{
    switch (kind) {
    case Token::Kind::Space:
    case Token::Kind::LineBreak:
        return options.ignoreWhitespace;
    case Token::Kind::Punct:
        return options.ignorePunctuation;
    case Token::Kind::Markup:
        return options.ignoreFormatting || options.ignorePunctuation;
    case Token::Kind::Word:
        break;
    }
    return false;
}

void RowDiffer::prepare(QStringView text, qsizetype begin, qsizetype end, Side &side)
{
    side.tokens.clear();
    Tokenizer::tokenize(text, begin, end, side.tokens);
    side.ids.clear();
    side.kinds.clear();
    side.starts.clear();
    side.ends.clear();
    side.charPrefix.assign(1, 0);
    side.wordPrefix.assign(1, 0);
    const QChar *data = text.data();
    for (const Token &t : std::as_const(side.tokens)) {
        if (ignores(m_options, t.kind))
            continue;
        side.ids.push_back(m_interner.intern(data + t.start, t.length));
        side.kinds.push_back(t.kind);
        side.starts.push_back(t.start);
        side.ends.push_back(t.end());
        side.charPrefix.push_back(side.charPrefix.back() + t.length);
        side.wordPrefix.push_back(side.wordPrefix.back() + (t.kind == Token::Kind::Word));
    }
}

RowDiffer::Result RowDiffer::diff(qsizetype leftBegin, qsizetype leftEnd, qsizetype rightBegin,
                                  qsizetype rightEnd)
{
    prepare(m_left, leftBegin, leftEnd, m_a);
    prepare(m_right, rightBegin, rightEnd, m_b);
    const qint32 n = qint32(m_a.ids.size());
    const qint32 m = qint32(m_b.ids.size());

    QList<DiffRegion> regions = TokenDiff::diff(m_a.ids.data(), n, m_b.ids.data(), m,
                                                m_interner.count(), m_budget);
    if (m_options.semanticCleanup) {
        const DiffCleanup::Side sa{m_a.ids.data(), m_a.kinds.data(), m_a.charPrefix.data(), n};
        const DiffCleanup::Side sb{m_b.ids.data(), m_b.kinds.data(), m_b.charPrefix.data(), m};
        DiffCleanup::alignToBoundaries(regions, sa, sb);
        DiffCleanup::mergeSmallEqualities(regions, sa, sb);
    }

    Result result;
    QList<DiffSpan> &spans = result.spans;
    qsizetype posA = leftBegin, posB = rightBegin;
    auto append = [&spans](DiffSpan s) {
        if (s.leftLength == 0 && s.rightLength == 0)
            return;
        if (s.kind == DiffSpan::Kind::Equal && !spans.isEmpty()
            && spans.last().kind == DiffSpan::Kind::Equal) {
            spans.last().leftLength += s.leftLength;
            spans.last().rightLength += s.rightLength;
            return;
        }
        spans.append(s);
    };
    // Text between kept tokens (ignored tokens) becomes Equal: it is by
    // definition a difference the analyst asked not to see.
    auto gapTo = [&](qsizetype a, qsizetype b) {
        append({DiffSpan::Kind::Equal, posA, a - posA, posB, b - posB});
        posA = a;
        posB = b;
    };
    for (const DiffRegion &r : std::as_const(regions)) {
        const bool hasA = r.aEnd > r.aBegin, hasB = r.bEnd > r.bBegin;
        const qsizetype aFirst = hasA ? m_a.starts[r.aBegin] : posA;
        const qsizetype bFirst = hasB ? m_b.starts[r.bBegin] : posB;
        gapTo(aFirst, bFirst);
        const qsizetype aLast = hasA ? m_a.ends[r.aEnd - 1] : posA;
        const qsizetype bLast = hasB ? m_b.ends[r.bEnd - 1] : posB;
        const int wordsA = m_a.wordPrefix[r.aEnd] - m_a.wordPrefix[r.aBegin];
        const int wordsB = m_b.wordPrefix[r.bEnd] - m_b.wordPrefix[r.bBegin];
        if (r.equal) {
            append({DiffSpan::Kind::Equal, aFirst, aLast - aFirst, bFirst, bLast - bFirst});
            result.equalWords += wordsA;
        } else {
            if (hasA)
                append({DiffSpan::Kind::Delete, aFirst, aLast - aFirst, bFirst, 0});
            if (hasB)
                append({DiffSpan::Kind::Insert, aLast, 0, bFirst, bLast - bFirst});
            result.deletedWords += wordsA;
            result.insertedWords += wordsB;
            result.changed = true;
        }
        posA = aLast;
        posB = bLast;
    }
    gapTo(leftEnd, rightEnd);

    const int words = 2 * result.equalWords + result.deletedWords + result.insertedWords;
    result.similarity = words == 0 ? 1.f : float(2 * result.equalWords) / float(words);
    return result;
}

} // namespace cw
