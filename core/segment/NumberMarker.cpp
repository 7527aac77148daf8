#include "segment/NumberMarker.h"

#include <algorithm>
#include <array>

namespace cw {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}
bool isAsciiLower(QChar c)
{
    return c >= u'a' && c <= u'z';
}
bool isAsciiUpper(QChar c)
{
    return c >= u'A' && c <= u'Z';
}
bool isAsciiLetter(QChar c)
{
    return isAsciiLower(c) || isAsciiUpper(c);
}
bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t' || c == QChar(0xA0);
}

int skipBlanks(QStringView s, int i)
{
    while (i < s.size() && isBlank(s[i]))
        ++i;
    return i;
}

/// Value of a Roman numeral written in one case with i, v, x, l only (1..89),
/// or 0 when `s` is not such a numeral in canonical form ("iiii", "vx" → 0).
/// Higher letters are left out on purpose: "mix." or "did." are words.
int romanValue(QStringView s)
{
    if (s.isEmpty() || s.size() > 7)
        return 0;
    const bool upper = isAsciiUpper(s[0]);
    int total = 0;
    int prev = 0;
    for (qsizetype k = s.size() - 1; k >= 0; --k) {
        const QChar c = s[k];
        if (isAsciiUpper(c) != upper)
            return 0;
        int v = 0;
        switch (c.toLower().unicode()) {
        case u'i':
            v = 1;
            break;
        case u'v':
            v = 5;
            break;
        case u'x':
            v = 10;
            break;
        case u'l':
            v = 50;
            break;
        default:
            return 0;
        }
        total += v < prev ? -v : v;
        prev = std::max(prev, v);
    }
    if (total <= 0 || total > 89)
        return 0;
    // Canonical re-encoding rejects "iiii", "vv", "ic" and friends.
    static const std::array<const char *, 10> ones = {"",  "i",  "ii",  "iii",  "iv",
                                                      "v", "vi", "vii", "viii", "ix"};
    static const std::array<const char *, 9> tens = {"",  "x",  "xx",  "xxx", "xl",
                                                     "l", "lx", "lxx", "lxxx"};
    const QString canonical = QLatin1String(tens[total / 10]) + QLatin1String(ones[total % 10]);
    return canonical.compare(s, Qt::CaseInsensitive) == 0 ? total : 0;
}

/// Reads "4", "4.2", "4.2.1" (each component 1..3 digits) from `i`. Returns
/// the number of components, or 0 when there is no such number (also for
/// "2024" or "1.2345": four digits are a year or an amount, not a clause).
/// On success `i` is left after the last digit; a trailing '.' is not read.
int readDottedNumber(QStringView s, int &i, int &lastValue)
{
    int k = i;
    int components = 0;
    while (true) {
        const int start = k;
        int value = 0;
        while (k < s.size() && isAsciiDigit(s[k])) {
            if (k - start < 3)
                value = value * 10 + s[k].digitValue();
            ++k;
        }
        const int digits = k - start;
        if (digits == 0 || digits > 3)
            return 0;
        ++components;
        lastValue = value;
        if (k + 1 < s.size() && s[k] == u'.' && isAsciiDigit(s[k + 1])) {
            ++k;
            continue;
        }
        i = k;
        return components;
    }
}

/// After a number that is not closed by punctuation ("4.2", "Article 5",
/// "§ 3"), the text must not run on as a sentence: "3.5 million", "Section 5
/// of the Act". Accept end of line, a separator, or a non-lower-case start.
bool acceptsOpenNumberFollow(QStringView s, int afterNumber, int &contentStart)
{
    if (afterNumber >= s.size()) {
        contentStart = int(s.size());
        return true;
    }
    const QChar c = s[afterNumber];
    if (c == u'.' || c == u':' || c == u')') {
        if (afterNumber + 1 < s.size() && !isBlank(s[afterNumber + 1]))
            return false; // "5.x", "5:30"
        contentStart = skipBlanks(s, afterNumber + 1);
        return true;
    }
    if (!isBlank(c))
        return false;
    int k = skipBlanks(s, afterNumber);
    if (k < s.size() && (s[k] == u'-' || s[k] == QChar(0x2013) || s[k] == QChar(0x2014)) &&
        (k + 1 >= s.size() || isBlank(s[k + 1]))) {
        contentStart = skipBlanks(s, k + 1);
        return true;
    }
    if (k < s.size() && s[k].isLower())
        return false;
    contentStart = k;
    return true;
}

struct Keyword
{
    const char *word;
    bool abbreviation; ///< written with a trailing '.'
};

constexpr std::array<Keyword, 16> kKeywords = {{
    {"article", false},
    {"section", false},
    {"clause", false},
    {"chapter", false},
    {"part", false},
    {"schedule", false},
    {"annex", false},
    {"appendix", false},
    {"exhibit", false},
    {"paragraph", false},
    {"rule", false},
    {"title", false},
    {"art", true},
    {"sec", true},
    {"para", true},
    {"cl", true},
}};

std::optional<NumberMarker> parseKeyword(QStringView s)
{
    int i = 0;
    while (i < s.size() && isAsciiLetter(s[i]))
        ++i;
    const QStringView word = s.first(i);
    if (word.size() < 2)
        return std::nullopt;
    // Title case or all capitals only: "article 5" mid-line is prose.
    const bool allUpper = std::all_of(word.begin(), word.end(), isAsciiUpper);
    const bool titleCase =
        isAsciiUpper(word[0]) && std::all_of(word.begin() + 1, word.end(), isAsciiLower);
    if (!allUpper && !titleCase)
        return std::nullopt;
    const QString lower = word.toString().toLower();
    const Keyword *found = nullptr;
    for (const Keyword &k : kKeywords) {
        if (lower == QLatin1String(k.word)) {
            found = &k;
            break;
        }
    }
    if (!found)
        return std::nullopt;
    if (found->abbreviation) {
        if (i >= s.size() || s[i] != u'.')
            return std::nullopt;
        ++i;
    }
    if (i >= s.size() || !isBlank(s[i]))
        return std::nullopt;
    const int numStart = skipBlanks(s, i);
    int k = numStart;
    NumberMarker m;
    m.family = NumberMarker::Family::Keyword;
    m.keyword = lower;
    m.upper = allUpper;
    if (k < s.size() && isAsciiDigit(s[k])) {
        int last = 0;
        m.level = readDottedNumber(s, k, last);
        if (m.level == 0)
            return std::nullopt;
        m.ordinal = last;
        if (k < s.size() && isAsciiLower(s[k]) && (k + 1 >= s.size() || !isAsciiLetter(s[k + 1])))
            ++k; // "Section 12a"
    } else {
        int e = k;
        while (e < s.size() && isAsciiLetter(s[e]))
            ++e;
        const QStringView token = s.sliced(k, e - k);
        if (const int r = romanValue(token);
            r > 0 && (isAsciiUpper(token[0]) || token.size() > 1)) {
            m.ordinal = r;
        } else if (token.size() == 1 && isAsciiUpper(token[0])) {
            m.ordinal = token[0].unicode() - u'A' + 1; // "Part A", "Schedule B"
        } else {
            return std::nullopt;
        }
        k = e;
    }
    int contentStart = 0;
    if (!acceptsOpenNumberFollow(s, k, contentStart))
        return std::nullopt;
    m.markerEnd = k;
    m.contentStart = contentStart;
    // Display form with whitespace normalised: "Article 5", "Sec. 4".
    m.number = s.first(i).toString() + u' ' + s.sliced(numStart, k - numStart).toString();
    return m;
}

std::optional<NumberMarker> parseSectionSign(QStringView s)
{
    int i = 1;
    if (i < s.size() && s[i] == QChar(0x00A7))
        ++i;
    const QString sign = s.first(i).toString();
    i = skipBlanks(s, i);
    const int numStart = i;
    int last = 0;
    NumberMarker m;
    m.family = NumberMarker::Family::SectionSign;
    m.level = readDottedNumber(s, i, last);
    if (m.level == 0)
        return std::nullopt;
    m.ordinal = last;
    if (i < s.size() && isAsciiLower(s[i]) && (i + 1 >= s.size() || !isAsciiLetter(s[i + 1])))
        ++i; // "§ 3a"
    int contentStart = 0;
    if (!acceptsOpenNumberFollow(s, i, contentStart))
        return std::nullopt;
    m.markerEnd = i;
    m.contentStart = contentStart;
    m.number = sign + u' ' + s.sliced(numStart, i - numStart).toString();
    return m;
}

} // namespace

std::optional<NumberMarker> NumberMarker::parse(QStringView s)
{
    if (s.isEmpty())
        return std::nullopt;
    const QChar c0 = s[0];

    // Bullets: "- ", "* ", "+ ", "• ".
    if ((c0 == u'-' || c0 == u'*' || c0 == u'+' || c0 == QChar(0x2022)) && s.size() > 1 &&
        isBlank(s[1])) {
        NumberMarker m;
        m.family = Family::Bullet;
        m.markerEnd = 1;
        m.contentStart = skipBlanks(s, 1);
        return m;
    }

    if (c0 == QChar(0x00A7))
        return parseSectionSign(s);

    // "(4)", "(a)", "(iv)", "(A)".
    if (c0 == u'(') {
        const int close = int(s.indexOf(u')'));
        if (close < 2 || close > 6)
            return std::nullopt;
        if (close + 1 < s.size() && !isBlank(s[close + 1]))
            return std::nullopt;
        const QStringView inner = s.sliced(1, close - 1);
        NumberMarker m;
        m.wrap = Wrap::BothParens;
        if (std::all_of(inner.begin(), inner.end(), isAsciiDigit)) {
            if (inner.size() > 3)
                return std::nullopt;
            m.family = Family::Decimal;
            m.ordinal = inner.toInt();
        } else if (const int r = romanValue(inner); r > 0) {
            m.family = Family::Roman;
            m.upper = isAsciiUpper(inner[0]);
            m.ordinal = r;
            m.alphaRomanAmbiguous = inner.size() == 1;
        } else if (inner.size() == 1 && isAsciiLetter(inner[0])) {
            m.family = Family::Alpha;
            m.upper = isAsciiUpper(inner[0]);
            m.ordinal = inner[0].toLower().unicode() - u'a' + 1;
        } else {
            return std::nullopt;
        }
        m.markerEnd = close + 1;
        m.contentStart = skipBlanks(s, close + 1);
        m.number = s.first(close + 1).toString();
        return m;
    }

    // "4.", "4.2", "4.2.", "4)".
    if (isAsciiDigit(c0)) {
        int i = 0;
        int last = 0;
        NumberMarker m;
        m.family = Family::Decimal;
        m.level = readDottedNumber(s, i, last);
        if (m.level == 0)
            return std::nullopt;
        m.ordinal = last;
        const QString digits = s.first(i).toString();
        if (i < s.size() && (s[i] == u'.' || s[i] == u')')) {
            m.wrap = s[i] == u'.' ? Wrap::Dot : Wrap::CloseParen;
            if (i + 1 < s.size() && !isBlank(s[i + 1]))
                return std::nullopt; // "4.x", "4)x"
            m.markerEnd = i + 1;
            m.contentStart = skipBlanks(s, i + 1);
            // The dot closes the number and is not part of it; the paren is.
            m.number = m.wrap == Wrap::Dot ? digits : digits + u')';
            return m;
        }
        if (m.level < 2)
            return std::nullopt; // "30 days": a bare integer is not a clause number
        int contentStart = 0;
        if (!acceptsOpenNumberFollow(s, i, contentStart) || (i < s.size() && !isBlank(s[i])))
            return std::nullopt;
        m.markerEnd = i;
        m.contentStart = contentStart;
        m.number = digits;
        return m;
    }

    if (!isAsciiLetter(c0))
        return std::nullopt;

    if (auto keyword = parseKeyword(s))
        return keyword;

    // "a.", "A.", "iv.", "IV.", "a)", "iv)".
    int e = 0;
    while (e < s.size() && isAsciiLetter(s[e]) && e < 8)
        ++e;
    if (e >= s.size() || (s[e] != u'.' && s[e] != u')'))
        return std::nullopt;
    if (e + 1 < s.size() && !isBlank(s[e + 1]))
        return std::nullopt; // "e.g.", "U.S."
    const QStringView token = s.first(e);
    NumberMarker m;
    m.wrap = s[e] == u'.' ? Wrap::Dot : Wrap::CloseParen;
    m.upper = isAsciiUpper(token[0]);
    if (const int r = romanValue(token); r > 0) {
        m.family = Family::Roman;
        m.ordinal = r;
        m.alphaRomanAmbiguous = token.size() == 1;
    } else if (token.size() == 1) {
        m.family = Family::Alpha;
        m.ordinal = token[0].toLower().unicode() - u'a' + 1;
    } else {
        return std::nullopt;
    }
    m.markerEnd = e + 1;
    m.contentStart = skipBlanks(s, e + 1);
    m.number = m.wrap == Wrap::Dot ? token.toString() : s.first(e + 1).toString();
    return m;
}

bool NumberMarker::sameStyle(const NumberMarker &o) const
{
    return sameFamily(o) && level == o.level;
}

bool NumberMarker::sameFamily(const NumberMarker &o) const
{
    if (family != o.family)
        return false;
    // "4." and "4.2" / "4.2." are one dotted-decimal family; "4)" and "(4)" are not.
    const auto dotted = [](Wrap w) { return w == Wrap::None || w == Wrap::Dot; };
    if (wrap != o.wrap && !(family == Family::Decimal && dotted(wrap) && dotted(o.wrap)))
        return false;
    switch (family) {
    case Family::Keyword:
        return keyword == o.keyword;
    case Family::Alpha:
    case Family::Roman:
        return upper == o.upper;
    case Family::Decimal:
    case Family::SectionSign:
    case Family::Bullet:
        break;
    }
    return true;
}

bool NumberMarker::isItemStyle() const
{
    if (family == Family::Bullet || wrap == Wrap::CloseParen || wrap == Wrap::BothParens)
        return true;
    return (family == Family::Alpha || family == Family::Roman) && !upper;
}

NumberMarker NumberMarker::asAlpha() const
{
    NumberMarker m = *this;
    if (family != Family::Roman || !alphaRomanAmbiguous)
        return m;
    m.family = Family::Alpha;
    m.alphaRomanAmbiguous = false;
    switch (ordinal) {
    case 1:
        m.ordinal = 9;
        break; // i
    case 5:
        m.ordinal = 22;
        break; // v
    case 10:
        m.ordinal = 24;
        break; // x
    default:
        break;
    }
    return m;
}

} // namespace cw
