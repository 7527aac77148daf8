#pragma once

#include <QList>
#include <QStringView>

#include <vector>

namespace cw {

/// A token of the word diff: a stretch of one text, never copied.
struct Token
{
    enum class Kind : quint8 {
        Word,      ///< letters/digits/marks, with inner apostrophes ("don't") and
                   ///< digit separators ("1,000.50", "7.1"); one CJK ideograph
        Space,     ///< a run of whitespace without a line break
        LineBreak, ///< a run of whitespace containing '\n' (paragraph/list break)
        Punct,     ///< one punctuation or symbol character (runs of the same
                   ///< character form one token: "..."), an emoji sequence
        Markup     ///< Markdown formatting: emphasis runs (`*`, `__`), the `[` of
                   ///< a link and its `](target)`
    };

    qint32 start = 0; ///< UTF-16 offset in the text
    qint32 length = 0;
    Kind kind = Kind::Word;

    qint32 end() const { return start + length; }
};

/// Splits text into words, punctuation and whitespace. Unicode-aware: surrogate
/// pairs, combining marks and emoji sequences (ZWJ, variation selectors, skin
/// tones, flags) stay inside one token; Han, Hiragana and Katakana characters are
/// one word each (those scripts do not separate words by spaces).
/// Contract: the tokens of [begin, end) tile the range exactly, in order.
class Tokenizer
{
public:
    /// Appends the tokens of text[begin, end) to out.
    static void tokenize(QStringView text, qsizetype begin, qsizetype end, std::vector<Token> &out);
    static QList<Token> tokenize(QStringView text);

    /// Number of Word tokens in text[begin, end), without building the tokens.
    static int countWords(QStringView text, qsizetype begin, qsizetype end);
};

} // namespace cw
