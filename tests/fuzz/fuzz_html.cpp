// libFuzzer target for the HTML path of the extractor (outside input: any web
// page). Beyond "no crash, no sanitizer report", it checks the contracts the rest
// of Clausewatch relies on:
// - the text is canonical: TextNormalizer::normalize(text) == text;
// - extraction is deterministic: the same bytes give the same text;
// - no block is written twice as blank lines ("\n\n\n" never appears).
// The first input byte, when it is '#' or '.', turns the first line into a
// `select` selector, so that the selector parser and matcher are fuzzed too.

#include "extract/Extractor.h"
#include "extract/text/TextNormalizer.h"

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(size));
    cw::ExtractHints hints;
    hints.contentType = QStringLiteral("text/html");
    if (!raw.isEmpty() && (raw[0] == '#' || raw[0] == '.')) {
        const qsizetype nl = raw.indexOf('\n');
        if (nl > 0) {
            hints.selectCss = QString::fromUtf8(raw.left(nl));
            raw = raw.mid(nl + 1);
        }
    }
    const cw::Extractor extractor;
    auto first = extractor.extract(raw, hints);
    if (!first.ok()) {
        if (first.error().toString().contains(u'\n'))
            std::abort(); // errors are one line
        return 0;
    }
    const QString &text = first->text;
    if (cw::TextNormalizer::normalize(text) != text)
        std::abort();
    if (text.contains(u"\n\n\n"))
        std::abort();
    auto second = extractor.extract(raw, hints);
    if (!second.ok() || second->text != text)
        std::abort();
    return 0;
}
