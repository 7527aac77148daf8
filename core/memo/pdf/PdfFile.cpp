#include "memo/pdf/PdfFile.h"

#include "memo/pdf/PdfParser.h"

#include <QCoreApplication>
#include <QSet>

namespace cw::pdf {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("cw::PdfFile", s);
}

Error fileError(const QString &message)
{
    return makeError(tr("reading the PDF"), message);
}

constexpr int kMaxPages = 100000;

} // namespace

Result<PdfFile> PdfFile::parse(const QByteArray &bytes)
{
    PdfFile f;
    f.m_bytes = bytes;
    if (!bytes.startsWith("%PDF-"))
        return fileError(tr("not a PDF file (no %PDF- header)"));
    const qsizetype at = bytes.lastIndexOf("startxref");
    if (at < 0)
        return fileError(tr("no startxref: the file is truncated or damaged"));
    PdfParser p(bytes, at + 9);
    bool ok = false;
    f.m_startXref = p.nextToken().toLongLong(&ok);
    if (!ok || f.m_startXref <= 0 || f.m_startXref >= bytes.size())
        return fileError(tr("startxref does not point into the file"));
    CW_TRY(f.readXrefChain());
    return f;
}

Status PdfFile::readXrefChain()
{
    QSet<qsizetype> seen;
    qsizetype offset = m_startXref;
    bool newest = true;
    while (true) {
        if (seen.contains(offset) || offset <= 0 || offset >= m_bytes.size())
            return fileError(tr("a cross-reference section is missing or loops"));
        seen.insert(offset);
        PdfParser p(m_bytes, offset);
        if (!p.acceptKeyword("xref"))
            return fileError(
                tr("no classic cross-reference table at byte %1 (cross-reference streams are "
                   "not supported)")
                    .arg(offset));
        while (true) {
            const qsizetype save = p.position();
            const QByteArray first = p.nextToken();
            if (first == "trailer")
                break;
            bool okFirst = false, okCount = false;
            const int start = first.toInt(&okFirst);
            const int count = p.nextToken().toInt(&okCount);
            if (!okFirst || !okCount || start < 0 || count < 0 || count > 10000000) {
                p.seek(save);
                return fileError(tr("a damaged cross-reference table at byte %1").arg(save));
            }
            for (int i = 0; i < count; ++i) {
                bool okOffset = false;
                const qsizetype objOffset = p.nextToken().toLongLong(&okOffset);
                p.nextToken(); // generation
                const QByteArray type = p.nextToken();
                if (!okOffset || (type != "n" && type != "f"))
                    return fileError(tr("a damaged cross-reference entry near byte %1")
                                         .arg(p.position()));
                // Newer sections were read first; they win.
                if (type == "n" && !m_offsets.contains(start + i))
                    m_offsets.insert(start + i, objOffset);
                else if (type == "f" && !m_offsets.contains(start + i))
                    m_offsets.insert(start + i, -1);
            }
        }
        auto trailer = p.parseValue();
        if (!trailer || !trailer->isDict())
            return fileError(tr("a damaged trailer after the cross-reference table at byte %1")
                                 .arg(offset));
        if (newest)
            m_trailer = *trailer;
        newest = false;
        const PdfValue *prev = trailer->get("Prev");
        if (!prev)
            return {};
        offset = qsizetype(prev->toInteger());
    }
}

Result<qsizetype> PdfFile::offsetOf(int num) const
{
    const qsizetype off = m_offsets.value(num, -1);
    if (off <= 0 || off >= m_bytes.size())
        return fileError(tr("object %1 is not in the cross-reference table").arg(num));
    return off;
}

Result<PdfValue> PdfFile::object(int num) const
{
    auto off = offsetOf(num);
    if (!off)
        return off.error();
    PdfParser p(m_bytes, *off);
    auto obj = p.parseIndirectObject();
    if (!obj)
        return obj.error();
    if (obj->num != num)
        return fileError(tr("the cross-reference entry of object %1 points to object %2")
                             .arg(num)
                             .arg(obj->num));
    return obj->value;
}

Result<QByteArray> PdfFile::streamData(int num) const
{
    auto off = offsetOf(num);
    if (!off)
        return off.error();
    PdfParser p(m_bytes, *off);
    auto obj = p.parseIndirectObject();
    if (!obj)
        return obj.error();
    if (obj->streamStart < 0)
        return fileError(tr("object %1 is not a stream").arg(num));
    auto length = resolvedEntry(obj->value, "Length");
    if (!length)
        return length.error();
    const qint64 n = length->toInteger();
    if (!length->isNumber() || n < 0 || obj->streamStart + n > m_bytes.size())
        return fileError(tr("stream %1 has a bad /Length").arg(num));
    return m_bytes.mid(obj->streamStart, qsizetype(n));
}

Result<PdfValue> PdfFile::resolve(const PdfValue &v) const
{
    PdfValue current = v;
    for (int hops = 0; current.isRef(); ++hops) {
        if (hops > 32)
            return fileError(tr("a chain of references loops"));
        auto next = object(current.refNumber());
        if (!next)
            return next.error();
        current = std::move(*next);
    }
    return current;
}

Result<PdfValue> PdfFile::resolvedEntry(const PdfValue &dict, const QByteArray &key) const
{
    const PdfValue *v = dict.isDict() ? dict.get(key) : nullptr;
    if (!v)
        return PdfValue::null();
    return resolve(*v);
}

Result<QList<PdfPage>> PdfFile::pages() const
{
    auto root = resolvedEntry(m_trailer, "Root");
    if (!root)
        return root.error();
    const PdfValue *pagesRef = root->isDict() ? root->get("Pages") : nullptr;
    if (!pagesRef || !pagesRef->isRef())
        return fileError(tr("the catalog has no page tree"));

    QList<PdfPage> out;
    QSet<int> visited;
    // Depth-first over the tree; media boxes are inherited from ancestors.
    struct Frame
    {
        int num;
        PdfValue mediaBox;
    };
    QList<Frame> stack{{pagesRef->refNumber(), PdfValue()}};
    QList<Frame> ordered;
    while (!stack.isEmpty()) {
        const Frame f = stack.takeLast();
        if (visited.contains(f.num) || visited.size() > kMaxPages)
            return fileError(tr("the page tree loops or is too large"));
        visited.insert(f.num);
        auto node = object(f.num);
        if (!node)
            return node.error();
        PdfValue box = f.mediaBox;
        if (auto mb = resolvedEntry(*node, "MediaBox"); mb && mb->isArray())
            box = *mb;
        const PdfValue *type = node->get("Type");
        if (type && type->isName("Page")) {
            PdfPage page;
            page.num = f.num;
            page.dict = *node;
            if (box.isArray() && box.size() == 4) {
                page.x0 = box.at(0).toDouble();
                page.y0 = box.at(1).toDouble();
                page.x1 = box.at(2).toDouble();
                page.y1 = box.at(3).toDouble();
            }
            out.append(page);
            continue;
        }
        auto kids = resolvedEntry(*node, "Kids");
        if (!kids)
            return kids.error();
        if (!kids->isArray())
            return fileError(tr("a page tree node has no /Kids"));
        for (qsizetype i = kids->size() - 1; i >= 0; --i) // reversed: the stack pops the first
            if (kids->at(i).isRef())
                stack.append({kids->at(i).refNumber(), box});
    }
    return out;
}

Result<QHash<QByteArray, int>> PdfFile::namedDestinationPages(const QList<PdfPage> &pages) const
{
    QHash<int, int> pageIndex;
    for (int i = 0; i < pages.size(); ++i)
        pageIndex.insert(pages[i].num, i);
    QHash<QByteArray, int> out;
    auto addDest = [&](const QByteArray &name, const PdfValue &dest) -> Status {
        auto resolved = resolve(dest);
        if (!resolved)
            return resolved.error();
        PdfValue d = *resolved;
        if (d.isDict()) { // << /D [page …] >>
            auto inner = resolvedEntry(d, "D");
            if (!inner)
                return inner.error();
            d = *inner;
        }
        if (d.isArray() && d.size() > 0 && d.at(0).isRef() && pageIndex.contains(d.at(0).refNumber()))
            out.insert(name, pageIndex.value(d.at(0).refNumber()));
        return {};
    };

    auto root = resolvedEntry(m_trailer, "Root");
    if (!root)
        return root.error();
    auto dests = resolvedEntry(*root, "Dests");
    if (!dests)
        return dests.error();
    if (dests->isDict())
        for (const QByteArray &key : dests->keys())
            CW_TRY(addDest(key, *dests->get(key)));

    // The name tree under /Names /Dests (PDF 1.2+), walked breadth-first.
    auto names = resolvedEntry(*root, "Names");
    if (!names)
        return names.error();
    auto tree = names->isDict() ? resolvedEntry(*names, "Dests") : Result<PdfValue>(PdfValue());
    if (!tree)
        return tree.error();
    QList<PdfValue> queue;
    if (tree->isDict())
        queue.append(*tree);
    for (int guard = 0; !queue.isEmpty() && guard < kMaxPages; ++guard) {
        const PdfValue node = queue.takeFirst();
        auto leaf = resolvedEntry(node, "Names");
        if (!leaf)
            return leaf.error();
        for (qsizetype i = 0; leaf->isArray() && i + 1 < leaf->size(); i += 2)
            CW_TRY(addDest(leaf->at(i).bytes(), leaf->at(i + 1)));
        auto kids = resolvedEntry(node, "Kids");
        if (!kids)
            return kids.error();
        for (qsizetype i = 0; kids->isArray() && i < kids->size(); ++i) {
            auto kid = resolve(kids->at(i));
            if (!kid)
                return kid.error();
            queue.append(*kid);
        }
    }
    return out;
}

Result<QList<PdfLink>> PdfFile::links(const PdfPage &page) const
{
    QList<PdfLink> out;
    auto annots = resolvedEntry(page.dict, "Annots");
    if (!annots)
        return annots.error();
    for (qsizetype i = 0; annots->isArray() && i < annots->size(); ++i) {
        auto a = resolve(annots->at(i));
        if (!a)
            return a.error();
        const PdfValue *subtype = a->isDict() ? a->get("Subtype") : nullptr;
        if (!subtype || !subtype->isName("Link"))
            continue;
        auto rect = resolvedEntry(*a, "Rect");
        if (!rect)
            return rect.error();
        auto dest = resolvedEntry(*a, "Dest");
        if (!dest)
            return dest.error();
        if (dest->isNull()) { // << /A << /S /GoTo /D name >> >>
            auto action = resolvedEntry(*a, "A");
            if (!action)
                return action.error();
            if (action->isDict()) {
                auto d = resolvedEntry(*action, "D");
                if (!d)
                    return d.error();
                dest = *d;
            }
        }
        if (!rect->isArray() || rect->size() != 4 || !(dest->isName() || dest->isString()))
            continue;
        PdfLink link;
        link.x0 = qMin(rect->at(0).toDouble(), rect->at(2).toDouble());
        link.x1 = qMax(rect->at(0).toDouble(), rect->at(2).toDouble());
        link.y0 = qMin(rect->at(1).toDouble(), rect->at(3).toDouble());
        link.y1 = qMax(rect->at(1).toDouble(), rect->at(3).toDouble());
        link.destination = dest->bytes();
        out.append(link);
    }
    return out;
}

} // namespace cw::pdf
