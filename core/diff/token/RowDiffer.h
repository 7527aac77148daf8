#pragma once

#include "diff/DiffOptions.h"
#include "diff/DiffSpan.h"
#include "diff/token/TokenDiff.h"
#include "diff/token/TokenInterner.h"
#include "diff/token/Tokenizer.h"

#include <QList>
#include <QStringView>

#include <vector>

namespace cw {

/// Word diff of one row: tokenizes a range of each text, drops the tokens the
/// options ignore, diffs the interned ids, cleans the script up and turns it
/// into spans that tile both ranges (ignored text always lands in Equal spans).
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

    RowDiffer(QStringView left, QStringView right, const DiffOptions &options,
              TokenInterner &interner, DiffBudget &budget);

    /// Whether the options make tokens of this kind invisible to the diff.
    static bool ignores(const DiffOptions &options, Token::Kind kind);

    Result diff(qsizetype leftBegin, qsizetype leftEnd, qsizetype rightBegin, qsizetype rightEnd);

private:
    struct Side
    {
        QList<Token> tokens;
        std::vector<qint32> ids;
        std::vector<Token::Kind> kinds;
        std::vector<qint32> starts;
        std::vector<qint32> ends;
        std::vector<qint32> charPrefix;
        std::vector<qint32> wordPrefix;
    };

    void prepare(QStringView text, qsizetype begin, qsizetype end, Side &side);

    QStringView m_left;
    QStringView m_right;
    const DiffOptions &m_options;
    TokenInterner &m_interner;
    DiffBudget &m_budget;
    Side m_a;
    Side m_b;
};

} // namespace cw
