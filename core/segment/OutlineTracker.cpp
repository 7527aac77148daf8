#include "segment/OutlineTracker.h"

namespace cw {

void OutlineTracker::heading(int level, const QString &text)
{
    while (!m_headings.isEmpty() && m_headings.back().first >= level)
        m_headings.removeLast();
    m_headings.append({level, text});
    m_outline.clear();
    changed();
}

QStringList OutlineTracker::placeNumbered(const NumberMarker &marker, const QString &label,
                                          bool isTitle)
{
    const qsizetype n = m_outline.size();
    qsizetype at = -1;
    for (qsizetype k = n - 1; k >= 0; --k) {
        const Entry &e = m_outline[k];
        if (e.kind == EntryKind::Numbered && e.marker.sameStyle(marker)) {
            at = k; // a sibling: replace it and close what is below it
            break;
        }
    }
    if (at < 0) {
        // Same family at another depth: "4.2" after "4." nests under the last
        // shallower number; "5." after "4.2" replaces the first of the family.
        qsizetype lastShallower = -1;
        qsizetype firstOfFamily = -1;
        for (qsizetype k = 0; k < n; ++k) {
            const Entry &e = m_outline[k];
            if (e.kind != EntryKind::Numbered || !e.marker.sameFamily(marker))
                continue;
            if (firstOfFamily < 0)
                firstOfFamily = k;
            if (e.marker.level < marker.level)
                lastShallower = k;
        }
        if (lastShallower >= 0) {
            at = lastShallower + 1;
        } else if (firstOfFamily >= 0) {
            at = firstOfFamily;
        } else {
            at = n; // a new style opens one level deeper…
            // …except that numbered headings do not nest under a title-case
            // plain heading ("Table of Contents", "Overview" in bold): such a
            // line is a caption more often than a parent of numbered sections.
            while (isTitle && at > 0 && m_outline[at - 1].kind == EntryKind::PlainTitle)
                --at;
        }
    }
    if (at != n) {
        m_outline.resize(at);
        changed();
    }
    QStringList enclosing = path();
    m_outline.append(Entry{EntryKind::Numbered, marker, isTitle, label});
    changed();
    return enclosing;
}

void OutlineTracker::plainHeading(bool capitals, const QString &text)
{
    placeUnnumbered();
    const EntryKind kind = capitals ? EntryKind::PlainCapitals : EntryKind::PlainTitle;
    qsizetype at = m_outline.size();
    for (qsizetype k = m_outline.size() - 1; k >= 0; --k) {
        if (m_outline[k].kind == kind) {
            at = k;
            break;
        }
    }
    m_outline.resize(at);
    m_outline.append(Entry{kind, NumberMarker{}, true, text});
    changed();
}

QStringList OutlineTracker::placeUnnumbered()
{
    while (!m_outline.isEmpty() && !m_outline.back().isTitle) {
        m_outline.removeLast();
        changed();
    }
    return path();
}

NumberMarker OutlineTracker::resolve(const NumberMarker &marker) const
{
    if (!marker.alphaRomanAmbiguous)
        return marker;
    const NumberMarker alpha = marker.asAlpha();
    for (qsizetype k = m_outline.size() - 1; k >= 0; --k) {
        const Entry &e = m_outline[k];
        if (e.kind != EntryKind::Numbered)
            continue;
        if (e.marker.sameStyle(alpha))
            return e.marker.ordinal == alpha.ordinal - 1 ? alpha : marker;
        if (e.marker.sameStyle(marker))
            return marker;
    }
    return marker;
}

QStringList OutlineTracker::path() const
{
    if (m_pathValid)
        return m_path;
    QStringList p;
    p.reserve(m_headings.size() + m_outline.size());
    for (const auto &h : m_headings)
        p.append(h.second);
    for (const Entry &e : m_outline)
        p.append(e.label);
    m_path = std::move(p);
    m_pathValid = true;
    return m_path;
}

} // namespace cw
