#include "diff/token/RowDiffer.h"

#include "diff/token/DiffCleanup.h"

namespace cw {

RowDiffer::RowDiffer(BlockTokens &left, BlockTokens &right, const DiffOptions &options,
                     DiffBudget &budget)
    : m_left(left), m_right(right), m_options(options), m_budget(budget)
{
    for (Token::Kind k : {Token::Kind::Word, Token::Kind::Space, Token::Kind::LineBreak,
                          Token::Kind::Punct, Token::Kind::Markup})
        m_ignored[size_t(k)] = ignores(options, k);
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

void RowDiffer::clear(Side &side)
{
    side.ids.clear();
    side.tokens.clear();
}

void RowDiffer::finish(Side &side)
{
    const size_t n = side.tokens.size();
    side.kinds.resize(n);
    side.charPrefix.resize(n + 1);
    side.wordPrefix.resize(n + 1);
    side.charPrefix[0] = side.wordPrefix[0] = 0;
    for (size_t i = 0; i < n; ++i) {
        const Token &t = side.tokens[i];
        side.kinds[i] = t.kind;
        side.charPrefix[i + 1] = side.charPrefix[i] + t.length;
        side.wordPrefix[i + 1] = side.wordPrefix[i] + (t.kind == Token::Kind::Word);
    }
}

void RowDiffer::addRange(Side &side, BlockTokens &source, qsizetype begin, qsizetype end)
{
    m_scratch.clear();
    Tokenizer::tokenize(source.text(), begin, end, m_scratch);
    const QChar *data = source.text().data();
    for (const Token &t : m_scratch)
        add(side, t, source.interner().intern(data + t.start, t.length));
}

void RowDiffer::addBlocks(Side &side, BlockTokens &source, int begin, int end)
{
    const QList<DiffBlock> &blocks = source.blocks();
    size_t expected = side.ids.size() + size_t(end - begin);
    for (int k = begin; k < end; ++k)
        expected += size_t(source.get(k).count);
    side.ids.reserve(expected);
    side.tokens.reserve(expected);
    for (int k = begin; k < end; ++k) {
        if (k > begin) // the line break(s) between two blocks of the row
            addRange(side, source, blocks[k - 1].end(), blocks[k].start);
        const BlockTokens::View v = source.get(k);
        for (qint32 i = 0; i < v.count; ++i)
            add(side, v.tokens[i], v.ids[i]);
    }
}

RowDiffer::Result RowDiffer::diffBlocks(int leftBegin, int leftEnd, int rightBegin, int rightEnd)
{
    clear(m_a);
    clear(m_b);
    addBlocks(m_a, m_left, leftBegin, leftEnd);
    addBlocks(m_b, m_right, rightBegin, rightEnd);
    return run(m_left.blocks()[leftBegin].start, m_left.blocks()[leftEnd - 1].end(),
               m_right.blocks()[rightBegin].start, m_right.blocks()[rightEnd - 1].end());
}

RowDiffer::Result RowDiffer::diffText(qsizetype leftBegin, qsizetype leftEnd, qsizetype rightBegin,
                                      qsizetype rightEnd)
{
    clear(m_a);
    clear(m_b);
    addRange(m_a, m_left, leftBegin, leftEnd);
    addRange(m_b, m_right, rightBegin, rightEnd);
    return run(leftBegin, leftEnd, rightBegin, rightEnd);
}

RowDiffer::Result RowDiffer::run(qsizetype leftBegin, qsizetype leftEnd, qsizetype rightBegin,
                                 qsizetype rightEnd)
{
    finish(m_a);
    finish(m_b);
    const qint32 n = qint32(m_a.ids.size());
    const qint32 m = qint32(m_b.ids.size());

    QList<DiffRegion> regions = TokenDiff::diff(m_a.ids.data(), n, m_b.ids.data(), m,
                                                m_left.interner().count(), m_budget);
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
        const qsizetype aFirst = hasA ? m_a.tokens[size_t(r.aBegin)].start : posA;
        const qsizetype bFirst = hasB ? m_b.tokens[size_t(r.bBegin)].start : posB;
        gapTo(aFirst, bFirst);
        const qsizetype aLast = hasA ? m_a.tokens[size_t(r.aEnd - 1)].end() : posA;
        const qsizetype bLast = hasB ? m_b.tokens[size_t(r.bEnd - 1)].end() : posB;
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
