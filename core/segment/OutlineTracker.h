#pragma once

#include "segment/NumberMarker.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cw {

/// The document outline seen so far while segmenting: which headings enclose
/// the current position. Two layers:
///  - Markdown headings, nested by level (`#` … `######`);
///  - below the innermost Markdown heading, an outline built from numbering
///    and plain headings, nested by *style*: a style seen for the first time
///    nests inside the current one ("4." → "4.2" → "(a)" → "(i)"), a style
///    already open closes everything below it ("(b)" after "(i)"), and dotted
///    decimals nest by their number of components ("4.2" goes after "4.",
///    "5." closes "4.2"). Every Markdown heading resets this layer.
///
/// Numbered headings do not nest under title-case plain headings (captions
/// such as "Table of Contents"); they do nest under ALL-CAPS ones (document
/// titles such as "GENERAL TERMS AND CONDITIONS").
///
/// Entries are either titles (a numbered or plain heading line, not a clause)
/// or clause parents (a numbered clause whose sub-items nest under it, e.g.
/// "4.2 Fees. You will pay:" over "(a) …"). Unnumbered text closes clause
/// parents, so its path names only headings.
class OutlineTracker
{
public:
    /// A Markdown heading of `level` 1..6; `text` without the '#' marks.
    void heading(int level, const QString &text);

    /// A numbered line. Closes what the numbering closes, returns the path
    /// that encloses it, then opens it with `label` (its heading text if it is
    /// a title, "4.2 Fees" or "4.2" if it is a clause parent).
    QStringList placeNumbered(const NumberMarker &marker, const QString &label, bool isTitle);

    /// A heading line without '#' or number ("LIMITATION OF LIABILITY",
    /// "How We Use Data"); capitals and title case are two nesting styles.
    void plainHeading(bool capitals, const QString &text);

    /// Unnumbered text (paragraph, list, table): closes clause parents and
    /// returns the enclosing headings.
    QStringList placeUnnumbered();

    /// Decides whether an ambiguous "(i)", "v." or "X." continues an
    /// alphabetic list that is open ("(h)" before it) or is a Roman numeral.
    NumberMarker resolve(const NumberMarker &marker) const;

    QStringList path() const;

private:
    enum class EntryKind { Numbered, PlainCapitals, PlainTitle };
    struct Entry
    {
        EntryKind kind = EntryKind::Numbered;
        NumberMarker marker; ///< meaningful for Numbered
        bool isTitle = true;
        QString label;
    };

    /// Marks the cached path stale; every change of the outline calls it.
    void changed() { m_pathValid = false; }

    QList<std::pair<int, QString>> m_headings; ///< Markdown level, text
    QList<Entry> m_outline;
    // path() as last built: clauses under the same headings get one shared
    // list (same data pointer), which later steps compare and hash by pointer.
    mutable QStringList m_path;
    mutable bool m_pathValid = false;
};

} // namespace cw
