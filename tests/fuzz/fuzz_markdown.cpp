// libFuzzer target for the Markdown path of the extractor (outside input: Open
// Terms Archive files, analysts' files). Beyond "no crash, no sanitizer report",
// it checks the contracts the rest of Clausewatch relies on:
// - the text is canonical: TextNormalizer::normalize(text) == text;
// - extraction is deterministic: the same bytes give the same text;
// - no block is written twice as blank lines ("\n\n\n" never appears).

#include "extract/Extractor.h"
#include "extract/text/TextNormalizer.h"

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(size));
    cw::ExtractHints hints;
    hints.contentType = QStringLiteral("text/markdown");
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
