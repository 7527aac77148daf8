#include "capture/CaptureQuality.h"

#include "extract/Extractor.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace cw {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("cw::CaptureQuality", text, nullptr, n);
}

QualityVerdict suspect(QString code, QString reason)
{
    return {true, std::move(reason), std::move(code)};
}

int wordCount(const QString &text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool w = c.isLetterOrNumber();
        if (w && !inWord)
            ++words;
        inWord = w;
    }
    return words;
}

const char *containsAny(const QString &hay, std::initializer_list<const char *> needles)
{
    for (const char *n : needles)
        if (hay.contains(QLatin1String(n), Qt::CaseInsensitive))
            return n;
    return nullptr;
}

const char *containsAny(const QByteArray &lowerHay, std::initializer_list<const char *> needles)
{
    for (const char *n : needles)
        if (lowerHay.contains(n))
            return n;
    return nullptr;
}

// Challenge pages: Cloudflare, Akamai, Imperva/Incapsula, DataDome, PerimeterX,
// AWS WAF, hCaptcha/reCAPTCHA walls, and generic "blocked" pages.
const char *botPhrase(const QString &text)
{
    return containsAny(text, {"verify you are human",
                              "verifying you are human",
                              "verify that you are human",
                              "confirm you are human",
                              "are you a robot",
                              "are you human",
                              "not a robot",
                              "checking your browser",
                              "checking if the site connection is secure",
                              "enable javascript and cookies",
                              "please enable javascript",
                              "please enable js",
                              "you need to enable javascript",
                              "javascript is required",
                              "javascript is disabled",
                              "requires javascript",
                              "turn on javascript",
                              "access denied",
                              "access to this page has been denied",
                              "you have been blocked",
                              "you don't have permission to access",
                              "you do not have permission to access",
                              "request blocked",
                              "request unsuccessful",
                              "pardon our interruption",
                              "unusual traffic",
                              "automated queries",
                              "just a moment",
                              "attention required",
                              "ddos protection",
                              "press & hold",
                              "press and hold",
                              "captcha",
                              "security check",
                              "bot detection",
                              "one more step",
                              "error 1020",
                              "403 forbidden"});
}

// Markup only challenge pages carry (not the scripts that normal pages load too).
const char *challengeMarkup(const QByteArray &lowerRaw)
{
    return containsAny(lowerRaw,
                       {"cf-browser-verification", "cf_chl_opt", "challenge-platform",
                        "cf-challenge", "px-captcha", "captcha-delivery", "_incapsula_resource",
                        "incapsula incident", "awswaf", "aws-waf-token"});
}

// Markup that means "the text is behind a captcha or JavaScript" — only telling
// when the page shows next to no text of its own.
const char *gateMarkup(const QByteArray &lowerRaw)
{
    return containsAny(lowerRaw,
                       {"g-recaptcha", "h-captcha", "enable javascript", "javascript is required",
                        "requires javascript", "javascript is disabled", "turn on javascript"});
}

const char *errorPhrase(const QString &text)
{
    return containsAny(text, {"page not found",
                              "404 not found",
                              "error 404",
                              "404 error",
                              "not found (404)",
                              "page you requested",
                              "page you were looking for",
                              "page you are looking for",
                              "page you're looking for",
                              "page cannot be found",
                              "page could not be found",
                              "page can't be found",
                              "page doesn't exist",
                              "page does not exist",
                              "page no longer exists",
                              "page isn't available",
                              "page is not available",
                              "internal server error",
                              "bad gateway",
                              "service unavailable",
                              "gateway timeout",
                              "something went wrong",
                              "an error occurred",
                              "an error has occurred",
                              "under maintenance"});
}

bool errorTitle(const QString &title)
{
    thread_local const QRegularExpression re(
        QStringLiteral("(^|\\W)(400|401|403|404|410|429|500|502|503|504)(\\W|$)|not found|"
                       "^error\\b|server error|unavailable"),
        QRegularExpression::CaseInsensitiveOption);
    return !title.isEmpty() && re.match(title).hasMatch();
}

bool isCodeLine(QStringView line)
{
    thread_local const QRegularExpression re(QStringLiteral(
        "[{}]|=>|\\bfunction\\s*\\(|\\b(var|const|let)\\s+[\\w$]+\\s*=|"
        "[\\w$]+\\.[\\w$]+\\([^)]*\\)\\s*;|[a-z-]+\\s*:\\s*[^;\\s]+;\\s*[a-z-]+\\s*:"));
    return re.match(line).hasMatch();
}

double codeShare(const QString &text)
{
    qsizetype code = 0;
    qsizetype total = 0;
    for (const QStringView line : QStringView(text).split(u'\n')) {
        total += line.size();
        if (isCodeLine(line))
            code += line.size();
    }
    return total == 0 ? 0.0 : double(code) / double(total);
}

double junkShare(const QString &text)
{
    if (text.isEmpty())
        return 0.0;
    qsizetype junk = 0;
    for (const QChar c : text)
        if (c == QChar::ReplacementCharacter ||
            (c.category() == QChar::Other_Control && c != u'\n'))
            ++junk;
    return double(junk) / double(text.size());
}

} // namespace

QualityVerdict CaptureQuality::assess(const QByteArray &raw, const ExtractedDocument &doc,
                                      std::optional<qsizetype> previousTextLength)
{
    const bool pdf = doc.format == u"pdf";
    if ((!pdf && Extractor::looksBinary(raw)) || junkShare(doc.text) > 0.10)
        return suspect(QStringLiteral("binary"),
                       tr("The capture is binary or unreadable data, not a document"));

    const QString text = doc.text.trimmed();
    const int words = wordCount(text);
    if (words < ShortPageWords) {
        const QByteArray lowerRaw = pdf ? QByteArray() : raw.left(256 * 1024).toLower();
        if (const char *phrase = botPhrase(text + u'\n' + doc.title))
            return suspect(QStringLiteral("bot_wall"),
                           tr("Looks like a bot check or access wall (\"%1\"), not the document")
                               .arg(QLatin1String(phrase)));
        if (const char *marker = challengeMarkup(lowerRaw))
            return suspect(QStringLiteral("bot_wall"),
                           tr("Looks like a bot check (\"%1\" in the page), not the document")
                               .arg(QLatin1String(marker)));
        if (words < GatePageWords) {
            if (const char *marker = gateMarkup(lowerRaw))
                return suspect(QStringLiteral("bot_wall"),
                               tr("The page shows almost no text and asks for a captcha or "
                                  "JavaScript (\"%1\"); the document's text is missing")
                                   .arg(QLatin1String(marker)));
        }
    }
    if (text.isEmpty())
        return suspect(QStringLiteral("no_text"),
                       pdf ? tr("The PDF has no extractable text (a scanned image?)")
                           : tr("The capture has no text"));

    if (words < ErrorPageWords) {
        if (const char *phrase = errorPhrase(text))
            return suspect(QStringLiteral("error_page"),
                           tr("Looks like an error page (\"%1\"), not the document")
                               .arg(QLatin1String(phrase)));
        if (errorTitle(doc.title))
            return suspect(
                QStringLiteral("error_page"),
                tr("Looks like an error page (title \"%1\"), not the document").arg(doc.title));
    }
    if (codeShare(text) >= 0.5)
        return suspect(QStringLiteral("mostly_code"),
                       tr("The text is mostly CSS or JavaScript, not the document"));
    if (words < MinWords)
        return suspect(QStringLiteral("too_short"), tr("The text is only %n word(s) long", words));
    if (previousTextLength && *previousTextLength > 0) {
        const double ratio = double(doc.text.size()) / double(*previousTextLength);
        if (ratio < 1.0 - MaxShrink)
            return suspect(QStringLiteral("shrank"),
                           tr("The text is %1% shorter than the previous version (%2 → %3 "
                              "characters)")
                               .arg(qRound((1.0 - ratio) * 100.0))
                               .arg(*previousTextLength)
                               .arg(doc.text.size()));
    }
    return {};
}

QualityVerdict CaptureQuality::assessFailure(const QByteArray &raw, const Error &error)
{
    if (raw.isEmpty())
        return suspect(QStringLiteral("no_text"), tr("The capture is empty (0 bytes)"));
    if (Extractor::looksBinary(raw) && !raw.left(1024).contains("%PDF-"))
        return suspect(QStringLiteral("binary"), tr("The capture is binary data, not a document"));
    return suspect(QStringLiteral("extract_failed"), error.toString());
}

} // namespace cw
