#include "segment/Segmenter.h"

#include "segment/NumberMarker.h"
#include "segment/OutlineTracker.h"
#include "segment/SentenceSplitter.h"

#include <QSet>
#include <QStringView>
#include <optional>

namespace cw {

namespace {

/// One line of the text: [start, end) without its '\n'.
struct Line
{
    int start = 0;
    int end = 0;
};

/// One clause candidate: a line with a marker (or a block's first line) plus
/// its continuation lines.
struct Item
{
    int start = 0;  ///< first non-blank character (the marker, if any)
    int end = 0;    ///< after the last non-blank character
    int indent = 0; ///< leading columns of the first line (a tab counts 2)
    bool singleLine = true;
    bool headingLine = false;           ///< a title line that the next line does not continue
    std::optional<NumberMarker> marker; ///< indices relative to `start`
};

bool isBlankChar(QChar c)
{
    return c.isSpace();
}

const QSet<QString> &smallWords()
{
    // Words that title case leaves in lower case ("Limitation of Liability",
    // "How We Use Your Data").
    static const QSet<QString> set = {
        QStringLiteral("a"),     QStringLiteral("an"),     QStringLiteral("and"),
        QStringLiteral("as"),    QStringLiteral("at"),     QStringLiteral("but"),
        QStringLiteral("by"),    QStringLiteral("for"),    QStringLiteral("from"),
        QStringLiteral("in"),    QStringLiteral("into"),   QStringLiteral("nor"),
        QStringLiteral("of"),    QStringLiteral("on"),     QStringLiteral("onto"),
        QStringLiteral("or"),    QStringLiteral("over"),   QStringLiteral("per"),
        QStringLiteral("the"),   QStringLiteral("to"),     QStringLiteral("up"),
        QStringLiteral("upon"),  QStringLiteral("via"),    QStringLiteral("vs"),
        QStringLiteral("with"),  QStringLiteral("within"), QStringLiteral("without"),
        QStringLiteral("our"),   QStringLiteral("your"),   QStringLiteral("its"),
        QStringLiteral("their"), QStringLiteral("we"),     QStringLiteral("you"),
        QStringLiteral("us"),
    };
    return set;
}

/// A line ending on an article, preposition, conjunction or possessive ("…
/// the data with") is a wrapped sentence, never a title.
bool endsWithConnective(QStringView s)
{
    static const QSet<QString> set = {
        QStringLiteral("a"),       QStringLiteral("an"),    QStringLiteral("and"),
        QStringLiteral("as"),      QStringLiteral("at"),    QStringLiteral("but"),
        QStringLiteral("by"),      QStringLiteral("for"),   QStringLiteral("from"),
        QStringLiteral("in"),      QStringLiteral("into"),  QStringLiteral("nor"),
        QStringLiteral("of"),      QStringLiteral("on"),    QStringLiteral("onto"),
        QStringLiteral("or"),      QStringLiteral("over"),  QStringLiteral("per"),
        QStringLiteral("the"),     QStringLiteral("to"),    QStringLiteral("upon"),
        QStringLiteral("via"),     QStringLiteral("with"),  QStringLiteral("within"),
        QStringLiteral("without"), QStringLiteral("your"),  QStringLiteral("our"),
        QStringLiteral("its"),     QStringLiteral("their"), QStringLiteral("that"),
    };
    const qsizetype lastSpace = s.lastIndexOf(u' ');
    return lastSpace >= 0 && set.contains(s.sliced(lastSpace + 1).toString().toLower());
}

int wordCount(QStringView s)
{
    int words = 0;
    bool inWord = false;
    for (QChar c : s) {
        const bool space = c.isSpace();
        if (!space && !inWord)
            ++words;
        inWord = !space;
    }
    return words;
}

/// At least two letters and none in lower case.
bool isCapitals(QStringView s)
{
    int letters = 0;
    for (QChar c : s) {
        if (c.isLower())
            return false;
        if (c.isLetter())
            ++letters;
    }
    return letters >= 2;
}

/// Every word starts with a capital, except small words; the first word does.
bool isTitleCase(QStringView s)
{
    int capitalised = 0;
    bool first = true;
    for (QStringView word : s.tokenize(u' ', Qt::SkipEmptyParts)) {
        qsizetype k = 0;
        while (k < word.size() && !word[k].isLetter())
            ++k;
        if (k == word.size())
            continue; // "2024", "–", "&"
        if (word[k].isUpper()) {
            ++capitalised;
        } else {
            if (first)
                return false;
            QString bare;
            for (QChar c : word.sliced(k)) {
                if (c.isLetter())
                    bare.append(c);
            }
            if (!smallWords().contains(bare.toLower()))
                return false;
        }
        first = false;
    }
    return capitalised > 0;
}

bool endsWithAny(QStringView s, QStringView chars)
{
    return !s.isEmpty() && chars.contains(s.back());
}

/// Is the text after a section number a heading ("Payment", "LICENCES",
/// "Changes to these terms") rather than a clause ("You must be 18.")?
bool looksLikeNumberedTitle(QStringView content)
{
    if (content.isEmpty())
        return true; // "Article 5" alone
    if (content.size() > 200)
        return false;
    if (endsWithAny(content, u";,!?") || endsWithConnective(content))
        return false;
    // A run-in title followed by body text ("Fees. You will pay") is a clause.
    for (qsizetype k = 0; k + 1 < content.size(); ++k) {
        if ((content[k] == u'.' || content[k] == u':') && content[k + 1].isSpace())
            return false;
    }
    const int words = wordCount(content);
    const bool caps = isCapitals(content);
    const bool title = isTitleCase(content);
    if (endsWithAny(content, u".:"))
        return (caps || title) && words <= 12;
    if (caps)
        return words <= 30;
    if (title)
        return words <= 12;
    // Sentence-case headings are common ("4. Changes to these terms"), but so
    // are short clauses without a full stop; only very short lines qualify.
    return content[0].isUpper() && words <= 6;
}

/// A numbered line that could be a heading if the text layout says so: starts
/// with a capital, at most 12 words, no closing punctuation, and does not end
/// on a small word ("… data with" is a wrapped sentence, not a title).
bool looksLikeLooseTitle(QStringView content)
{
    return !content.isEmpty() && content.size() <= 120 && content[0].isUpper() &&
           !endsWithAny(content, u".;:,!?") && wordCount(content) <= 12 &&
           !endsWithConnective(content);
}

/// A heading written without '#' or number: short, capitals or title case,
/// no closing punctuation.
std::optional<bool> plainHeadingStyle(QStringView line)
{
    // Ending on a digit: an address line or a date ("Main Street 12"), not a title.
    if (line.size() > 100 || endsWithAny(line, u".;:,!?") || !line[0].isLetter() ||
        line.back().isDigit() || endsWithConnective(line))
        return std::nullopt;
    const int words = wordCount(line);
    if (isCapitals(line) && words <= 12)
        return true;
    if (line.size() <= 70 && words <= 8 && isTitleCase(line))
        return false;
    return std::nullopt;
}

/// "Fees" out of "Fees. You will pay …" or "Fees and Taxes: …" — a short
/// title-like run-in heading at the start of a numbered clause, or empty.
QStringView runInTitle(QStringView content)
{
    for (qsizetype k = 0; k < content.size() && k <= 60; ++k) {
        const QChar c = content[k];
        if ((c == u'.' || c == u':') && (k + 1 == content.size() || content[k + 1].isSpace())) {
            const QStringView title = content.first(k);
            if (!title.isEmpty() && wordCount(title) <= 8 &&
                (isCapitals(title) || isTitleCase(title)))
                return title;
            return {};
        }
    }
    return {};
}

class SegmentBuilder
{
public:
    SegmentBuilder(const QString &text, const SegmenterOptions &options)
        : m_text(text), m_view(text), m_options(options)
    {
        m_lastNonBlank = int(m_text.size());
        while (m_lastNonBlank > 0 && isBlankChar(m_text[m_lastNonBlank - 1]))
            --m_lastNonBlank;
    }

    QList<ClauseSpan> run()
    {
        QList<Line> block;
        int pos = 0;
        const int n = int(m_text.size());
        while (pos <= n) {
            int nl = int(m_text.indexOf(u'\n', pos));
            if (nl < 0)
                nl = n;
            const Line line{pos, nl};
            if (isBlankLine(line)) {
                flushBlock(block);
            } else {
                block.append(line);
            }
            pos = nl + 1;
        }
        flushBlock(block);
        return std::move(m_out);
    }

private:
    bool isBlankLine(const Line &l) const
    {
        for (int k = l.start; k < l.end; ++k) {
            if (!isBlankChar(m_text[k]))
                return false;
        }
        return true;
    }

    int firstNonBlank(const Line &l) const
    {
        int k = l.start;
        while (k < l.end && isBlankChar(m_text[k]))
            ++k;
        return k;
    }

    int trimmedEnd(const Line &l) const
    {
        int k = l.end;
        while (k > l.start && isBlankChar(m_text[k - 1]))
            --k;
        return k;
    }

    int indentOf(const Line &l) const
    {
        int cols = 0;
        for (int k = l.start; k < l.end; ++k) {
            if (m_text[k] == u' ')
                cols += 1;
            else if (m_text[k] == u'\t')
                cols += 2;
            else
                break;
        }
        return cols;
    }

    /// Markdown heading level 1..6 of a line, or 0; `textStart` gets the
    /// start of the heading text.
    int headingLevel(const Line &l, int &textStart) const
    {
        const int s = firstNonBlank(l);
        if (s - l.start > 3)
            return 0;
        int k = s;
        while (k < l.end && m_text[k] == u'#')
            ++k;
        const int level = k - s;
        if (level < 1 || level > 6 || k >= l.end || !isBlankChar(m_text[k]))
            return 0;
        while (k < l.end && isBlankChar(m_text[k]))
            ++k;
        textStart = k;
        return level;
    }

    bool isTableLine(const Line &l) const
    {
        const int s = firstNonBlank(l);
        return s < l.end && m_text[s] == u'|';
    }

    void flushBlock(QList<Line> &block)
    {
        qsizetype k = 0;
        while (k < block.size()) {
            int headingStart = 0;
            if (const int level = headingLevel(block[k], headingStart)) {
                const int e = trimmedEnd(block[k]);
                if (hasWords(headingStart, e)) // "#### " alone or an invisible joiner: ignore
                    m_outline.heading(level, m_text.sliced(headingStart, e - headingStart));
                ++k;
                continue;
            }
            qsizetype j = k;
            if (isTableLine(block[k])) {
                while (j < block.size() && isTableLine(block[j]))
                    ++j;
                emitTable(block.sliced(k, j - k));
            } else {
                int unused = 0;
                while (j < block.size() && !isTableLine(block[j]) &&
                       headingLevel(block[j], unused) == 0)
                    ++j;
                processRun(block.sliced(k, j - k));
            }
            k = j;
        }
        block.clear();
    }

    /// Lines with neither heading nor table: group into items, then decide
    /// whether consecutive numbered items form one list or stand alone
    /// (numbered sections of a plain-text document).
    void processRun(const QList<Line> &lines)
    {
        QList<Item> items;
        for (const Line &l : lines) {
            const int s = firstNonBlank(l);
            const int e = trimmedEnd(l);
            auto marker = NumberMarker::parse(m_view.sliced(s, e - s));
            if (!items.isEmpty() && !marker && endsHeadingLine(items.back(), m_text[s])) {
                items.back().headingLine = true;
                items.append(Item{s, e, indentOf(l), true, false, marker});
            } else if (items.isEmpty() || marker) {
                items.append(Item{s, e, indentOf(l), true, false, marker});
            } else {
                items.back().end = e; // continuation of a hard-wrapped line
                items.back().singleLine = false;
            }
        }
        qsizetype k = 0;
        while (k < items.size()) {
            if (!items[k].marker) {
                standalone(items[k++]);
                continue;
            }
            qsizetype j = k;
            while (j < items.size() && items[j].marker)
                ++j;
            const QList<Item> marked = items.sliced(k, j - k);
            if (marked.size() > 1 && isList(marked)) {
                emitList(marked);
            } else {
                for (const Item &item : marked)
                    standalone(item);
            }
            k = j;
        }
    }

    /// In plain text without blank lines, "2. USE" or "PRIVACY" on its own line
    /// is a heading: the next line starts a new item instead of continuing it.
    /// A looser test applies to numbered lines when the next line starts with
    /// a capital ("3.5 Your use of games and other services" + "We collect …").
    bool endsHeadingLine(const Item &item, QChar nextLineStart) const
    {
        if (!item.singleLine)
            return false;
        const QStringView line = m_view.sliced(item.start, item.end - item.start);
        if (!item.marker)
            return m_options.detectPlainHeadings && plainHeadingStyle(line).has_value();
        if (item.marker->isItemStyle())
            return false;
        const QStringView content = line.sliced(item.marker->contentStart);
        return looksLikeNumberedTitle(content) ||
               (nextLineStart.isUpper() && looksLikeLooseTitle(content));
    }

    /// Several marked lines in one block are a list unless they carry section
    /// numbering ("4.1", "Article 5", "§ 3"), which plain-text documents put on
    /// consecutive lines without blank lines between.
    static bool isList(const QList<Item> &items)
    {
        for (const Item &item : items) {
            if (item.marker->family == NumberMarker::Family::Bullet || item.indent > 0)
                return true;
        }
        for (const Item &item : items) {
            const NumberMarker &m = *item.marker;
            if (m.family == NumberMarker::Family::Keyword ||
                m.family == NumberMarker::Family::SectionSign ||
                (m.family == NumberMarker::Family::Decimal && m.level > 1))
                return false;
        }
        return true;
    }

    void standalone(const Item &item)
    {
        const QStringView whole = m_view.sliced(item.start, item.end - item.start);
        if (!item.marker) {
            if (m_options.detectPlainHeadings && item.singleLine && item.end < m_lastNonBlank) {
                if (const auto capitals = plainHeadingStyle(whole)) {
                    m_outline.plainHeading(*capitals, whole.toString());
                    return;
                }
            }
            const QStringList path = m_outline.placeUnnumbered();
            emitClause(item.start, item.end, path, QString(), ClauseKind::Paragraph,
                       int(path.size()), item.start);
            return;
        }
        if (item.marker->family == NumberMarker::Family::Bullet) {
            emitList({item});
            return;
        }
        const NumberMarker m = m_outline.resolve(*item.marker);
        const QStringView content = whole.sliced(m.contentStart);
        if (!m.isItemStyle() && item.singleLine &&
            (item.headingLine || looksLikeNumberedTitle(content))) {
            m_outline.placeNumbered(m, whole.toString(), true);
            return;
        }
        const QStringView title = runInTitle(content);
        const QString label = title.isEmpty() ? m.number : m.number + u' ' + title.toString();
        const QStringList path = m_outline.placeNumbered(m, label, false);
        emitClause(item.start, item.end, path, m.number,
                   m.isItemStyle() ? ClauseKind::ListItem : ClauseKind::Section, int(path.size()),
                   item.start + m.contentStart);
    }

    void emitList(const QList<Item> &items)
    {
        const QStringList path = m_outline.placeUnnumbered();
        int minIndent = items.front().indent;
        for (const Item &item : items)
            minIndent = std::min(minIndent, item.indent);
        for (const Item &item : items) {
            const NumberMarker &m = *item.marker;
            const int level = (item.indent - minIndent) / 2;
            const bool bullet = m.family == NumberMarker::Family::Bullet;
            const int start = bullet ? item.start + m.contentStart : item.start;
            if (start >= item.end)
                continue; // a bare "- "
            emitClause(start, item.end, path, m.number, ClauseKind::ListItem,
                       int(path.size()) + level, item.start + m.contentStart);
        }
    }

    void emitTable(const QList<Line> &lines)
    {
        const QStringList path = m_outline.placeUnnumbered();
        for (const Line &l : lines) {
            const int s = firstNonBlank(l);
            const int e = trimmedEnd(l);
            bool separator = true; // "| --- | :---: |"
            for (int k = s; k < e && separator; ++k) {
                const QChar c = m_text[k];
                separator = c == u'|' || c == u'-' || c == u':' || isBlankChar(c);
            }
            if (separator || !hasWords(s, e))
                continue;
            m_out.append(ClauseSpan{s, e, path, QString(), ClauseKind::TableRow, int(path.size())});
        }
    }

    /// Text without a letter or digit ("---", "***", a lone zero-width
    /// joiner) is layout residue, not a clause.
    bool hasWords(int start, int end) const
    {
        for (int k = start; k < end; ++k) {
            if (m_text[k].isLetterOrNumber())
                return true;
        }
        return false;
    }

    void emitClause(int start, int end, const QStringList &path, const QString &number,
                    ClauseKind kind, int depth, int scanFrom)
    {
        if (!hasWords(start, end))
            return;
        const int threshold = m_options.sentenceSplitThreshold;
        if (threshold > 0 && end - start > threshold) {
            const auto pieces = SentenceSplitter::split(
                m_view.sliced(start, end - start), scanFrom - start, m_options.minSentenceLength);
            if (pieces.size() > 1) {
                for (const auto &[s, e] : pieces)
                    m_out.append(ClauseSpan{start + s, start + e, path, number,
                                            ClauseKind::Sentence, depth});
                return;
            }
        }
        m_out.append(ClauseSpan{start, end, path, number, kind, depth});
    }

    const QString &m_text;
    const QStringView m_view;
    const SegmenterOptions m_options;
    int m_lastNonBlank = 0;
    OutlineTracker m_outline;
    QList<ClauseSpan> m_out;
};

} // namespace

QList<ClauseSpan> Segmenter::segment(const QString &canonicalText, const SegmenterOptions &options)
{
    return SegmentBuilder(canonicalText, options).run();
}

} // namespace cw
