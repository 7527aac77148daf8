#include "extract/text/PlainTextExtractor.h"

#include "extract/text/BlockWriter.h"
#include "extract/text/TextNormalizer.h"

#include <QList>
#include <algorithm>

namespace cw {

namespace {

constexpr qsizetype kMaxHeadingLength = 90;
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

QString PlainTextExtractor::extract(QStringView input)
{
    // Work on normalised characters and line endings first (CR LF, NBSP, …).
    const QString text = TextNormalizer::normalizeCharacters(input);
    const QList<QStringView> lines = QStringView(text).split(u'\n');
    bool anyBlank = false;
    for (qsizetype i = 0; i + 1 < lines.size() && !anyBlank; ++i)
        anyBlank = i > 0 && lines[i].trimmed().isEmpty();

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
        if (!anyBlank && !(pendingIsItem && indent > 0)) {
            flush();
            writer.paragraph(line);
            continue;
        }
        if (!pending.isEmpty())
            pending.append(u' ');
        pending.append(line);
    }
    flush();
    return writer.finish();
}

} // namespace cw
