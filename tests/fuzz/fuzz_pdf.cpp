// libFuzzer target for the memo's own PDF reader (core/memo/pdf), which
// verify-memo runs on any file it is given. Beyond "no crash, no sanitizer
// report, no hang": every Error is one line, and what parses can be walked —
// objects, streams, the page tree, named destinations and links — without
// failing differently on a second pass (the reader is pure).

#include "memo/pdf/PdfFile.h"

#include <QByteArray>
#include <cstdint>
#include <cstdlib>

namespace {

void oneLine(const cw::Error &e)
{
    if (e.toString().contains(u'\n'))
        std::abort();
}

/// Walks everything the reader offers; returns a digest of what it saw.
qsizetype walk(const cw::pdf::PdfFile &file)
{
    qsizetype seen = 0;
    const int count = std::min(file.objectCount(), 4096);
    for (int n = 1; n < count; ++n) {
        if (auto o = file.object(n); o)
            ++seen;
        else
            oneLine(o.error());
        if (auto s = file.streamData(n); s)
            seen += s->size();
    }
    auto pages = file.pages();
    if (!pages) {
        oneLine(pages.error());
        return seen;
    }
    seen += pages->size();
    if (auto dests = file.namedDestinationPages(*pages); dests)
        seen += dests->size();
    else
        oneLine(dests.error());
    for (const auto &page : *pages) {
        if (auto links = file.links(page); links)
            seen += links->size();
        else
            oneLine(links.error());
    }
    return seen;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto file = cw::pdf::PdfFile::parse(bytes);
    if (!file) {
        oneLine(file.error());
        return 0;
    }
    if (walk(*file) != walk(*file))
        std::abort(); // pure: the same answers twice
    return 0;
}
