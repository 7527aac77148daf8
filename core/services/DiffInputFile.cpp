#include "services/DiffInputFile.h"

#include "extract/Extractor.h"
#include "extract/PdfModule.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace cw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::DiffInputFile", text);
}

bool isListItem(QStringView line)
{
    if (line.startsWith(u"- "))
        return true;
    qsizetype i = 0;
    while (i < line.size() && i < 9 && line[i].isDigit())
        ++i;
    return i > 0 && i + 1 < line.size() && (line[i] == u'.' || line[i] == u')') &&
           line[i + 1] == u' ';
}

bool isAtxHeading(QStringView line)
{
    qsizetype n = 0;
    while (n < line.size() && line[n] == u'#')
        ++n;
    return n >= 1 && n <= 6 && n + 1 < line.size() && line[n] == u' ' && line[n + 1] != u' ' &&
           !line.endsWith(u'#');
}

/// Only '-', '=' (or only spaces): a rule or a setext underline.
bool isRuleLike(QStringView line)
{
    for (QChar c : line)
        if (c != u'-' && c != u'=' && c != u' ')
            return false;
    return true;
}

} // namespace

bool DiffInputFile::isCanonicalMarkdown(QStringView text)
{
    // The line structure first: a non-canonical file mostly fails it early,
    // while the character scan below always reads the whole text.
    bool previousBlank = true;
    bool previousList = false;
    bool listBlockEnded = false; // the block before the current blank line(s) was a list
    bool first = true;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        const QStringView line = text.mid(start, end - start);
        const bool last = end >= text.size();
        start = end + 1;
        if (line.isEmpty()) {
            if (last)
                break; // the text's final newline
            if (previousBlank || first)
                return false; // two blank lines, or a leading one
            listBlockEnded = previousList;
            previousBlank = true;
            previousList = false;
            continue;
        }
        first = false;
        if (line.front() == u' ' || line.back() == u' ' || isRuleLike(line))
            return false;
        const bool list = isListItem(line);
        if (line.front() == u'#' && !isAtxHeading(line))
            return false;
        // A line right after another is only canonical inside one list.
        if (!previousBlank && !(list && previousList))
            return false;
        // Two lists separated by a blank line are one loose list in Markdown
        // (renumbered, merged): not an identity.
        if (previousBlank && list && listBlockEnded)
            return false;
        previousBlank = false;
        previousList = list;
    }
    if (previousBlank && !first && text.endsWith(u"\n\n"))
        return false;
    bool ascii = true;
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'*':
        case u'_':
        case u'`':
        case u'[':
        case u']':
        case u'<':
        case u'>':
        case u'&':
        case u'\\':
        case u'|':
        case u'~':
        case u'\t':
        case u'\r':
            return false;
        default:
            if (c.unicode() >= 0x80)
                ascii = false;
        }
    }
    return ascii || text.toString().normalized(QString::NormalizationForm_C) == text;
}

bool DiffInputFile::isStructured(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const char *s : {"md", "markdown", "html", "htm", "xhtml", "pdf"})
        if (suffix == QLatin1String(s))
            return true;
    return false;
}

Result<DiffInput> DiffInputFile::read(const QString &path)
{
    const QString op = tr("reading %1").arg(path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(op, f.errorString());
    DiffInput in;
    in.raw = f.readAll();
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool markdown = suffix == QLatin1String("md") || suffix == QLatin1String("markdown");
    if (!isStructured(path) || markdown) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = utf8.decode(in.raw);
        if (!utf8.hasError() && !in.raw.contains('\0')) {
            const bool bom = text.startsWith(QChar(0xFEFF));
            if (bom)
                text.remove(0, 1);
            if (!markdown) {
                const bool cr = text.contains(u'\r');
                if (cr)
                    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
                in.textIsRaw = !bom && !cr;
                in.text = std::move(text);
                in.format = QStringLiteral("canonical");
                return in;
            }
            if (isCanonicalMarkdown(text)) {
                while (text.endsWith(u'\n'))
                    text.chop(1);
                in.text = std::move(text);
                in.format = QStringLiteral("canonical");
                return in;
            }
        }
    }
    ExtractHints hints;
    hints.fileName = QFileInfo(path).fileName();
    hints.findDeclaredDate = false; // a comparison of files does not show it
    Extractor extractor;
    if (Extractor::detectFormat(in.raw, hints) == QLatin1String("pdf"))
        extractor.setPdfTextReader(PdfModule::reader());
    auto extracted = extractor.extract(in.raw, hints);
    if (!extracted)
        return makeError(op, extracted.error().toString());
    in.text = std::move(extracted->text);
    in.format = extracted->format;
    return in;
}

} // namespace cw
