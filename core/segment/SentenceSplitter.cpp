#include "segment/SentenceSplitter.h"

#include <QSet>
#include <QString>

namespace cw {

namespace {

bool isSpace(QChar c)
{
    return c.isSpace();
}

bool isTerminal(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == QChar(0x2026); // … ellipsis
}

bool isClosing(QChar c)
{
    return c == u'"' || c == u'\'' || c == QChar(0x201D) || c == QChar(0x2019) ||
           c == QChar(0x00BB) || c == u')' || c == u']';
}

bool isOpening(QChar c)
{
    return c == u'"' || c == u'\'' || c == QChar(0x201C) || c == QChar(0x2018) ||
           c == QChar(0x00AB) || c == u'(' || c == u'[';
}

/// Words that are abbreviations and (practically) never end a sentence: they
/// stand before a name, a number or a further word. Compared case-insensitively,
/// except the few in kNeverFinalExactCase where lower case is a real word.
const QSet<QString> &neverFinal()
{
    static const QSet<QString> set = {
        QStringLiteral("mr"),   QStringLiteral("mrs"),   QStringLiteral("ms"),
        QStringLiteral("dr"),   QStringLiteral("prof"),  QStringLiteral("st"),
        QStringLiteral("e.g"),  QStringLiteral("i.e"),   QStringLiteral("viz"),
        QStringLiteral("cf"),   QStringLiteral("vs"),    QStringLiteral("approx"),
        QStringLiteral("para"), QStringLiteral("paras"), QStringLiteral("pp"),
        QStringLiteral("fig"),  QStringLiteral("ref"),   QStringLiteral("vol"),
        QStringLiteral("ch"),   QStringLiteral("jan"),   QStringLiteral("feb"),
        QStringLiteral("apr"),  QStringLiteral("jun"),   QStringLiteral("jul"),
        QStringLiteral("aug"),  QStringLiteral("sep"),   QStringLiteral("sept"),
        QStringLiteral("oct"),  QStringLiteral("nov"),   QStringLiteral("dec"),
        QStringLiteral("incl"), QStringLiteral("esp"),   QStringLiteral("ave"),
        QStringLiteral("blvd"), QStringLiteral("mt"),    QStringLiteral("ft"),
        QStringLiteral("gen"),  QStringLiteral("gov"),   QStringLiteral("hon"),
        QStringLiteral("rev"),  QStringLiteral("capt"),  QStringLiteral("lt"),
        QStringLiteral("col"),  QStringLiteral("sgt"),   QStringLiteral("messrs"),
        QStringLiteral("ca"),   QStringLiteral("nr"),    QStringLiteral("tel"),
        QStringLiteral("subs"), QStringLiteral("ss"),
    };
    return set;
}

/// Never final, but only as written ("No. 5" but "the answer is no.").
const QSet<QString> &neverFinalExactCase()
{
    static const QSet<QString> set = {
        QStringLiteral("No"),   QStringLiteral("Nos"), QStringLiteral("Art"),
        QStringLiteral("Arts"), QStringLiteral("Sec"), QStringLiteral("Secs"),
        QStringLiteral("Mar"),  QStringLiteral("Nr"),  QStringLiteral("p"),
        QStringLiteral("v"),    QStringLiteral("Cl"),
    };
    return set;
}

/// Abbreviations that often end a sentence as well ("… provided by Acme Inc.").
const QSet<QString> &maybeFinal()
{
    static const QSet<QString> set = {
        QStringLiteral("inc"),  QStringLiteral("ltd"),  QStringLiteral("co"),
        QStringLiteral("corp"), QStringLiteral("llc"),  QStringLiteral("llp"),
        QStringLiteral("plc"),  QStringLiteral("bros"), QStringLiteral("etc"),
        QStringLiteral("al"),   QStringLiteral("jr"),   QStringLiteral("sr"),
        QStringLiteral("dept"), QStringLiteral("univ"), QStringLiteral("assn"),
    };
    return set;
}

/// Typical sentence openers in policy text; after a "maybe final" abbreviation
/// a boundary is assumed only before one of these (case-insensitive).
const QSet<QString> &sentenceOpeners()
{
    static const QSet<QString> set = {
        QStringLiteral("the"),
        QStringLiteral("this"),
        QStringLiteral("that"),
        QStringLiteral("these"),
        QStringLiteral("those"),
        QStringLiteral("you"),
        QStringLiteral("your"),
        QStringLiteral("we"),
        QStringLiteral("our"),
        QStringLiteral("us"),
        QStringLiteral("if"),
        QStringLiteral("in"),
        QStringLiteral("it"),
        QStringLiteral("its"),
        QStringLiteral("any"),
        QStringLiteral("all"),
        QStringLiteral("each"),
        QStringLiteral("every"),
        QStringLiteral("such"),
        QStringLiteral("no"),
        QStringLiteral("please"),
        QStringLiteral("for"),
        QStringLiteral("to"),
        QStringLiteral("when"),
        QStringLiteral("where"),
        QStringLiteral("unless"),
        QStringLiteral("except"),
        QStringLiteral("subject"),
        QStringLiteral("notwithstanding"),
        QStringLiteral("nothing"),
        QStringLiteral("by"),
        QStringLiteral("as"),
        QStringLiteral("at"),
        QStringLiteral("on"),
        QStringLiteral("upon"),
        QStringLiteral("after"),
        QStringLiteral("before"),
        QStringLiteral("during"),
        QStringLiteral("some"),
        QStringLiteral("other"),
        QStringLiteral("there"),
        QStringLiteral("they"),
        QStringLiteral("their"),
        QStringLiteral("he"),
        QStringLiteral("she"),
        QStringLiteral("i"),
        QStringLiteral("a"),
        QStringLiteral("an"),
        QStringLiteral("also"),
        QStringLiteral("however"),
        QStringLiteral("furthermore"),
        QStringLiteral("moreover"),
        QStringLiteral("additionally"),
        QStringLiteral("accordingly"),
        QStringLiteral("therefore"),
        QStringLiteral("thus"),
        QStringLiteral("otherwise"),
        QStringLiteral("without"),
        QStringLiteral("with"),
        QStringLiteral("under"),
        QStringLiteral("neither"),
        QStringLiteral("either"),
        QStringLiteral("both"),
        QStringLiteral("not"),
        QStringLiteral("only"),
        QStringLiteral("once"),
        QStringLiteral("further"),
        QStringLiteral("although"),
        QStringLiteral("because"),
        QStringLiteral("since"),
        QStringLiteral("while"),
        QStringLiteral("what"),
        QStringLiteral("which"),
        QStringLiteral("who"),
        QStringLiteral("how"),
        QStringLiteral("why"),
        QStringLiteral("many"),
        QStringLiteral("most"),
        QStringLiteral("certain"),
        QStringLiteral("following"),
        QStringLiteral("so"),
        QStringLiteral("then"),
        QStringLiteral("here"),
        QStringLiteral("do"),
        QStringLiteral("note"),
        QStringLiteral("see"),
        QStringLiteral("should"),
        QStringLiteral("may"),
        QStringLiteral("must"),
        QStringLiteral("will"),
    };
    return set;
}

/// The word just before the terminal punctuation at `dot`: letters, digits,
/// inner dots, apostrophes and hyphens; leading quotes and brackets dropped.
QStringView wordBefore(QStringView text, int dot)
{
    int b = dot;
    while (b > 0 && !isSpace(text[b - 1]) && !isOpening(text[b - 1]))
        --b;
    return text.sliced(b, dot - b);
}

/// "U.S", "e.g", "a.m", "S.A": letters separated by dots; also as the last
/// part of a compound ("EU-U.S", "Swiss-U.S").
bool isDottedAcronym(QStringView w)
{
    const qsizetype join = std::max(w.lastIndexOf(u'-'), w.lastIndexOf(u'/'));
    if (join >= 0)
        w = w.sliced(join + 1);
    if (w.size() < 3)
        return false;
    for (qsizetype k = 0; k < w.size(); ++k) {
        const bool wantLetter = k % 2 == 0;
        if (wantLetter ? !w[k].isLetter() : w[k] != u'.')
            return false;
    }
    return w.size() % 2 == 1;
}

QStringView nextWord(QStringView text, int from)
{
    int b = from;
    while (b < text.size() && isOpening(text[b]))
        ++b;
    int e = b;
    while (e < text.size() && text[e].isLetter())
        ++e;
    return text.sliced(b, e - b);
}

bool isOpenerWord(QStringView w)
{
    return !w.isEmpty() && sentenceOpeners().contains(w.toString().toLower());
}

/// Can a sentence start at `m` (first non-blank after the punctuation)?
bool canStartSentence(QStringView text, int m)
{
    const QChar c = text[m];
    if (c.isUpper() || c.isDigit() || c == QChar(0x00A7))
        return true;
    if (isOpening(c) && m + 1 < text.size()) {
        const QChar d = text[m + 1];
        return d.isUpper() || d.isDigit();
    }
    return false;
}

enum class Verdict { Boundary, NoBoundary, IfOpenerFollows };

Verdict judgePeriod(QStringView text, int dot)
{
    const QStringView raw = wordBefore(text, dot);
    if (raw.isEmpty())
        return Verdict::Boundary;
    if (isClosing(raw.back()))
        return Verdict::Boundary; // `"Services".` or "(see below)."
    const QString word = raw.toString();
    if (neverFinalExactCase().contains(word))
        return Verdict::NoBoundary;
    const QString lower = word.toLower();
    if (neverFinal().contains(lower))
        return Verdict::NoBoundary;
    if (maybeFinal().contains(lower) || isDottedAcronym(raw))
        return Verdict::IfOpenerFollows;
    if (raw.size() == 1 && raw[0].isLetter())
        return Verdict::IfOpenerFollows; // an initial: "J. Smith" vs "Plan B. The"
    return Verdict::Boundary;
}

} // namespace

QList<std::pair<int, int>> SentenceSplitter::split(QStringView text, int scanFrom,
                                                   int minSentenceLength)
{
    QList<std::pair<int, int>> pieces;
    const int n = int(text.size());
    int start = 0;
    while (start < n && isSpace(text[start]))
        ++start;
    if (start >= n)
        return pieces;

    for (int i = std::max(start, scanFrom); i < n; ++i) {
        if (!isTerminal(text[i]))
            continue;
        int j = i;
        while (j < n && isTerminal(text[j]))
            ++j;
        int k = j;
        while (k < n && isClosing(text[k]))
            ++k;
        if (k >= n)
            break;
        if (!isSpace(text[k])) { // "3.5", "e.g.", "U.S.", "example.com"
            i = j - 1;
            continue;
        }
        int m = k;
        while (m < n && isSpace(text[m]))
            ++m;
        if (m >= n)
            break;
        if (!canStartSentence(text, m)) {
            i = j - 1;
            continue;
        }
        const QStringView run = text.sliced(i, j - i);
        Verdict verdict = Verdict::Boundary;
        if (run.contains(u'!') || run.contains(u'?'))
            verdict = Verdict::Boundary;
        else if (run.size() > 1 || run[0] == QChar(0x2026))
            verdict = Verdict::IfOpenerFollows; // ellipsis
        else
            verdict = judgePeriod(text, i);
        const bool boundary =
            verdict == Verdict::Boundary ||
            (verdict == Verdict::IfOpenerFollows && isOpenerWord(nextWord(text, m)));
        if (boundary) {
            pieces.append({start, k});
            start = m;
        }
        i = m - 1;
    }
    int end = n;
    while (end > start && isSpace(text[end - 1]))
        --end;
    pieces.append({start, end});

    // Merge fragments: a short piece joins the next one (or the previous one
    // when it is last).
    QList<std::pair<int, int>> merged;
    merged.reserve(pieces.size());
    for (qsizetype p = 0; p < pieces.size(); ++p) {
        auto piece = pieces[p];
        if (!merged.isEmpty() && merged.back().second - merged.back().first < minSentenceLength) {
            merged.back().second = piece.second;
            continue;
        }
        merged.append(piece);
    }
    if (merged.size() > 1 && merged.back().second - merged.back().first < minSentenceLength) {
        const int endLast = merged.back().second;
        merged.removeLast();
        merged.back().second = endLast;
    }
    return merged;
}

} // namespace cw
