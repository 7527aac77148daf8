#include "extract/DeclaredDateParser.h"

#include <QRegularExpression>
#include <algorithm>
#include <array>
#include <bit>

namespace cw {

namespace {

constexpr auto kMonth = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
                        "aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
constexpr auto kWeekday = "(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?"
                          "\\.?,?\\s+)?";

int monthNumber(QStringView name)
{
    static const char *const kPrefixes[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                            "jul", "aug", "sep", "oct", "nov", "dec"};
    const QString lower = name.left(3).toString().toLower();
    for (int i = 0; i < 12; ++i)
        if (lower == QLatin1String(kPrefixes[i]))
            return i + 1;
    return 0;
}

int fullYear(int y, qsizetype digits)
{
    if (digits == 2)
        return y < 70 ? 2000 + y : 1900 + y;
    return y;
}

bool plausible(const QDate &d)
{
    return d.isValid() && d.year() >= 1970 && d.year() <= 2100;
}

// Compiled once per thread: QRegularExpression objects are reentrant, not meant
// to be shared between threads.
struct Patterns
{
    const QRegularExpression::PatternOptions ci = QRegularExpression::CaseInsensitiveOption;
    QRegularExpression label{
        QStringLiteral(
            "(?<![a-z0-9])(?:(?:last|recently)\\s+(updated|modified|revised|amended|changed|"
            "reviewed)|(?:date\\s+of\\s+)?last\\s+(update|revision|modification|"
            "amendment)|(effective)(?:\\s+date)?|(updated|revised|modified|amended)|"
            "(revision|update|modification)\\s+date|date\\s+of\\s+(revision|modification|update)|"
            "version\\s+date|date\\s+of\\s+(?:issue|publication)|in\\s+(?:force|"
            "effect)\\s+(?:from|since|as\\s+of)|valid\\s+(?:from|since|as\\s+of))(?![a-z0-9])"),
        ci};
    // What may stand between a label and its date.
    QRegularExpression connector{
        QStringLiteral("(?:[\\s:：\\-–—(\\[*_]|\\b(?:on|as\\s+of|from|since|date|dated|is|was|"
                       "at|of)\\b)*"),
        ci};
    QRegularExpression iso{QStringLiteral("\\s*(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)")};
    QRegularExpression monthDayYear{
        QStringLiteral("\\s*%1%2\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)")
            .arg(QLatin1String(kWeekday), QLatin1String(kMonth)),
        ci};
    QRegularExpression dayMonthYear{
        QStringLiteral("\\s*%1(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?[\\s\\-]+%2\\.?,?[\\s\\-]+"
                       "(\\d{4})(?!\\d)")
            .arg(QLatin1String(kWeekday), QLatin1String(kMonth)),
        ci};
    QRegularExpression numeric{
        QStringLiteral("\\s*(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?!\\d)")};
    QRegularExpression monthYear{
        QStringLiteral("\\s*%1\\.?,?\\s+(\\d{4})(?!\\d)").arg(QLatin1String(kMonth)), ci};
};

const Patterns &patterns()
{
    thread_local const Patterns p;
    return p;
}

QRegularExpressionMatch anchored(const QRegularExpression &re, QStringView s)
{
    return re.match(s, 0, QRegularExpression::NormalMatch,
                    QRegularExpression::AnchorAtOffsetMatchOption);
}

QString kindOf(const QRegularExpressionMatch &m)
{
    const QString word = (m.captured(1) + m.captured(2) + m.captured(3) + m.captured(4) +
                          m.captured(5) + m.captured(6))
                             .toLower();
    if (word.startsWith(u"updat") || word == u"changed" || word == u"reviewed")
        return QStringLiteral("updated");
    if (word.startsWith(u"effective"))
        return QStringLiteral("effective");
    if (word.startsWith(u"modif"))
        return QStringLiteral("modified");
    if (word.startsWith(u"revis") || word.startsWith(u"amend"))
        return QStringLiteral("revised");
    return QStringLiteral("other");
}

} // namespace

std::optional<QDate> DeclaredDateParser::parseDate(QStringView s, qsizetype *consumed,
                                                   bool *monthOnly)
{
    const Patterns &p = patterns();
    auto done = [&](const QDate &d, const QRegularExpressionMatch &m,
                    bool month) -> std::optional<QDate> {
        if (!plausible(d))
            return std::nullopt;
        if (consumed)
            *consumed = m.capturedEnd(0);
        if (monthOnly)
            *monthOnly = month;
        return d;
    };
    if (auto m = anchored(p.iso, s); m.hasMatch()) {
        if (auto d = done(QDate(m.capturedView(1).toInt(), m.capturedView(3).toInt(),
                                m.capturedView(4).toInt()),
                          m, false))
            return d;
    }
    if (auto m = anchored(p.monthDayYear, s); m.hasMatch()) {
        if (auto d = done(QDate(m.capturedView(3).toInt(), monthNumber(m.capturedView(1)),
                                m.capturedView(2).toInt()),
                          m, false))
            return d;
    }
    if (auto m = anchored(p.dayMonthYear, s); m.hasMatch()) {
        if (auto d = done(QDate(m.capturedView(3).toInt(), monthNumber(m.capturedView(2)),
                                m.capturedView(1).toInt()),
                          m, false))
            return d;
    }
    if (auto m = anchored(p.numeric, s); m.hasMatch()) {
        int a = m.capturedView(1).toInt();
        int b = m.capturedView(3).toInt();
        const int year = fullYear(m.capturedView(4).toInt(), m.capturedLength(4));
        // '/' and '-': US month/day; '.': day.month. Swap when the order is impossible.
        bool monthFirst = m.capturedView(2) != u".";
        if (monthFirst && a > 12 && b <= 12)
            monthFirst = false;
        else if (!monthFirst && b > 12 && a <= 12)
            monthFirst = true;
        const QDate date = monthFirst ? QDate(year, a, b) : QDate(year, b, a);
        if (auto d = done(date, m, false))
            return d;
    }
    if (auto m = anchored(p.monthYear, s); m.hasMatch()) {
        if (auto d =
                done(QDate(m.capturedView(2).toInt(), monthNumber(m.capturedView(1)), 1), m, true))
            return d;
    }
    return std::nullopt;
}

QList<DeclaredDate> DeclaredDateParser::findAll(const QString &text, int max)
{
    // Running the label expression over a whole document costs more than the rest
    // of the extraction; find the words a label starts with in one pass first, and
    // run the expressions only on small windows around them.
    static const char *const kStems[] = {"updat",   "modif",     "revis",     "amend",
                                         "changed", "reviewed",  "effective", "version",
                                         "force",   "in effect", "valid"};
    // The stems by their first letter (a bit per stem), so that a word start
    // is compared only with the stems it can begin.
    static const std::array<quint16, 26> kStemsByFirst = [] {
        std::array<quint16, 26> byFirst{};
        for (size_t k = 0; k < std::size(kStems); ++k)
            byFirst[size_t(kStems[k][0] - 'a')] |= quint16(1u << k);
        return byFirst;
    }();
    QList<qsizetype> hits;
    const qsizetype n = text.size();
    const QChar *t = text.constData();
    for (qsizetype i = 0; i < n; ++i) {
        if (i > 0 && t[i - 1].isLetter())
            continue;                                 // key words start a word
        const char16_t first = t[i].unicode() | 0x20; // ASCII lower case
        if (first < u'a' || first > u'z')
            continue;
        for (quint16 bits = kStemsByFirst[first - u'a']; bits; bits &= quint16(bits - 1)) {
            const char *stem = kStems[std::countr_zero(bits)];
            qsizetype k = 1;
            while (stem[k] && i + k < n && (t[i + k].unicode() | 0x20) == char16_t(stem[k]))
                ++k;
            if (!stem[k]) {
                hits.append(i);
                break;
            }
        }
    }

    QList<DeclaredDate> out;
    const Patterns &p = patterns();
    qsizetype scannedTo = 0; // windows never overlap, so no statement is found twice
    for (const qsizetype hit : hits) {
        if (out.size() >= max)
            break;
        // Start the window at a word boundary up to ~30 characters before the key
        // word, to include "Last", "Date of last" and the like.
        qsizetype from = std::max(scannedTo, hit - 30);
        while (from > scannedTo && from < hit && text[from - 1].isLetterOrNumber())
            --from;
        if (from > hit)
            continue;
        const qsizetype to = std::min(text.size(), hit + 40);
        auto it = p.label.globalMatch(QStringView(text).mid(from, to - from));
        while (it.hasNext() && out.size() < max) {
            const QRegularExpressionMatch label = it.next();
            const qsizetype labelStart = from + label.capturedStart(0);
            const qsizetype afterLabel = from + label.capturedEnd(0);
            scannedTo = std::max(scannedTo, afterLabel);
            // Small windows only: PCRE validates the whole subject on every match.
            const auto conn = anchored(p.connector, QStringView(text).mid(afterLabel, 48));
            const qsizetype dateStart = afterLabel + (conn.hasMatch() ? conn.capturedEnd(0) : 0);
            // The date must follow closely: a label and its date sit in one statement.
            if (dateStart - afterLabel > 24)
                continue;
            qsizetype consumed = 0;
            bool monthOnly = false;
            const auto date =
                parseDate(QStringView(text).mid(dateStart, 64), &consumed, &monthOnly);
            if (!date)
                continue;
            DeclaredDate d;
            d.date = *date;
            d.monthPrecision = monthOnly;
            d.kind = kindOf(label);
            d.label = label.captured(0);
            d.start = labelStart;
            d.length = dateStart + consumed - labelStart;
            out.append(d);
            scannedTo = std::max(scannedTo, dateStart + consumed);
        }
    }
    return out;
}

std::optional<DeclaredDate> DeclaredDateParser::find(const QString &text)
{
    const QList<DeclaredDate> all = findAll(text, 1);
    if (all.isEmpty())
        return std::nullopt;
    return all.first();
}

} // namespace cw
