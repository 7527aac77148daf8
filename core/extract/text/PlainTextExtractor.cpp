#include "extract/text/PlainTextExtractor.h"

#include "extract/text/BlockWriter.h"
#include "extract/text/TextNormalizer.h"

#include <QList>
#include <algorithm>

namespace cw {

namespace {

constexpr qsizetype kMaxHeadingLength = 90;
constexpr qsizetype kMinWrapWidth = 40;
constexpr qsizetype kMaxWrapWidth = 140;
constexpr int kMaxHeadingWords = 12;

int wordCount(QStringView s)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : s) {
        const bool space = c.isSpace();
        if (!space && !inWord)
            ++words;
        inWord = !space;
    }
    return words;
}

bool startsWithWord(QStringView line, QStringView word)
{
    return line.size() > word.size() + 1 && line.startsWith(word, Qt::CaseInsensitive) &&
           line[word.size()] == u' ';
}

bool endsSentence(QStringView line)
{
    static const QStringView kEnds(u".!?:;\"\u201d\u2019)");
    return !line.isEmpty() && kEnds.contains(line.back());
}

} // namespace

bool PlainTextExtractor::looksLikeHeading(QStringView line)
{
    line = line.trimmed();
    if (line.isEmpty() || line.size() > kMaxHeadingLength || wordCount(line) > kMaxHeadingWords)
        return false;
    const QChar last = line.back();
    if (last == u'.' || last == u',' || last == u';' || last == u':' || last == u'?' ||
        last == u'!')
        return false;
    bool hasLetter = false, hasLower = false;
    for (const QChar c : line) {
        if (c.isLetter()) {
            hasLetter = true;
            if (c.isLower())
                hasLower = true;
        }
    }
    if (!hasLetter)
        return false;
    if (!hasLower && wordCount(line) >= 2)
        return true; // "TERMS OF SERVICE"
    for (QStringView word : {QStringView(u"Section"), QStringView(u"Article"),
                             QStringView(u"Chapter"), QStringView(u"Part")})
        if (startsWithWord(line, word) && line[word.size() + 1].isLetterOrNumber())
            return true;
    // A numbered title: "4. Disputes", "4.2 Arbitration", "IV. Liability".
    const qsizetype marker = TextNormalizer::listMarkerLength(line);
    if (marker == 0 || line.startsWith(u"- ") || line.startsWith(u"* ") ||
        line.startsWith(QChar(0x2022)) || line.startsWith(u'('))
        return false;
    const QStringView rest = line.mid(marker);
    return !rest.isEmpty() && rest.front().isUpper();
}

PlainTextExtractor::Layout PlainTextExtractor::layoutOf(const QList<QStringView> &lines)
{
    Layout layout;
    for (qsizetype i = 1; i + 1 < lines.size() && !layout.blankLines; ++i)
        layout.blankLines = lines[i].trimmed().isEmpty();
    QList<qsizetype> lengths;
    for (const QStringView raw : lines) {
        const QStringView line = raw.trimmed();
        if (!line.isEmpty() && !looksLikeHeading(line) &&
            !TextNormalizer::startsWithListMarker(line))
            lengths.append(line.size());
    }
    if (lengths.size() < 3)
        return layout;
    std::sort(lengths.begin(), lengths.end());
    const qsizetype width = lengths[(lengths.size() * 9) / 10];
    qsizetype full = 0;
    for (const qsizetype len : lengths)
        full += len * 4 >= width * 3;
    // Hard-wrapped text: most lines run close to one width, and that width is a
    // page's or a terminal's, not a paragraph's.
    layout.wrapped =
        width >= kMinWrapWidth && width <= kMaxWrapWidth && full >= 3 && full * 2 >= lengths.size();
    layout.width = width;
    return layout;
}

QString PlainTextExtractor::extract(QStringView input)
{
    // Work on normalised characters and line endings first (CR LF, NBSP, …).
    const QString text = TextNormalizer::normalizeCharacters(input);
    const QList<QStringView> lines = QStringView(text).split(u'\n');
    const Layout layout = layoutOf(lines);

    // The block being gathered: a paragraph, or a list item whose wrapped
    // continuation lines join it.
    BlockWriter writer;
    QString pending;
    bool pendingIsItem = false;
    int itemDepth = 0;
    QString itemMarker;
    auto flush = [&] {
        if (!pending.isEmpty()) {
            if (pendingIsItem)
                writer.listItem(itemDepth, itemMarker, pending);
            else
                writer.paragraph(pending);
        }
        pending.clear();
        pendingIsItem = false;
    };
    for (const QStringView rawLine : lines) {
        qsizetype indent = 0;
        while (indent < rawLine.size() && rawLine[indent] == u' ')
            ++indent;
        const QStringView line = rawLine.mid(indent).trimmed();
        if (line.isEmpty()) {
            flush();
            writer.endGroup();
            continue;
        }
        if (looksLikeHeading(line)) {
            flush();
            writer.paragraph(line);
            continue;
        }
        if (TextNormalizer::startsWithListMarker(line)) {
            flush();
            const bool bullet =
                line.startsWith(u"* ") || line.startsWith(QChar(0x2022)) || line.startsWith(u"- ");
            pendingIsItem = true;
            itemDepth = int(std::min<qsizetype>(indent / 2, 8));
            itemMarker = bullet ? QStringLiteral("-") : QString();
            pending = (bullet ? line.mid(2) : line).toString();
            continue;
        }
        if (!layout.wrapped && !layout.blankLines && !(pendingIsItem && indent > 0)) {
            flush();
            writer.paragraph(line);
            continue;
        }
        if (!pending.isEmpty())
            pending.append(u' ');
        pending.append(line);
        // In wrapped text a short line that closes a sentence ends its paragraph.
        if (layout.wrapped && line.size() * 4 < layout.width * 3 && endsSentence(line))
            flush();
    }
    flush();
    return writer.finish();
}

} // namespace cw
