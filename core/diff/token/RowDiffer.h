#pragma once

#include "diff/DiffOptions.h"
#include "diff/DiffSpan.h"
#include "diff/token/BlockTokens.h"
#include "diff/token/TokenDiff.h"
#include "diff/token/Tokenizer.h"

#include <QList>
#include <QStringView>

#include <vector>

namespace cw {

/// Word diff of one row: takes the tokens of a run of blocks on each side (from
/// BlockTokens, plus the separators between them), drops the tokens the options
/// ignore, diffs the interned ids, cleans the script up and turns it into spans
/// that tile both ranges (ignored text always lands in Equal spans).
/// Holds scratch buffers between calls; one instance per diff, one thread.
class RowDiffer
{
public:
    struct Result
    {
        QList<DiffSpan> spans; ///< Equal, Delete and Insert spans only
        int equalWords = 0;
        int deletedWords = 0;
        int insertedWords = 0;
        bool changed = false; ///< some Delete or Insert span
        float similarity = 1.f; ///< 2·equal words / all words (1 when no words)
    };

    RowDiffer(BlockTokens &left, BlockTokens &right, const DiffOptions &options,
              DiffBudget &budget);

    /// Whether the options make tokens of this kind invisible to the diff.
    static bool ignores(const DiffOptions &options, Token::Kind kind);

    /// Blocks [leftBegin, leftEnd) against blocks [rightBegin, rightEnd); both
    /// ranges non-empty. Spans cover from the first block's start to the last
    /// block's end on each side.
    Result diffBlocks(int leftBegin, int leftEnd, int rightBegin, int rightEnd);

    /// Any two ranges of the texts (tokenized afresh).
    Result diffText(qsizetype leftBegin, qsizetype leftEnd, qsizetype rightBegin, qsizetype rightEnd);

private:
    // The kept tokens of one side; kinds and prefix sums are derived from
    // `tokens` by finish() before the diff runs.
    struct Side
    {
        std::vector<qint32> ids;
        std::vector<Token> tokens;
        std::vector<Token::Kind> kinds;
        std::vector<qint32> charPrefix;
        std::vector<qint32> wordPrefix;
    };

    void clear(Side &side);
    void add(Side &side, const Token &t, qint32 id)
    {
        if (m_ignored[size_t(t.kind)])
            return;
        side.ids.push_back(id);
        side.tokens.push_back(t);
    }
    static void finish(Side &side);
    void addRange(Side &side, BlockTokens &source, qsizetype begin, qsizetype end);
    void addBlocks(Side &side, BlockTokens &source, int begin, int end);
    Result run(qsizetype leftBegin, qsizetype leftEnd, qsizetype rightBegin, qsizetype rightEnd);

    BlockTokens &m_left;
    BlockTokens &m_right;
    const DiffOptions &m_options;
    DiffBudget &m_budget;
    std::vector<Token> m_scratch;
    bool m_ignored[5] = {};
    Side m_a;
    Side m_b;
};

} // namespace cw
