#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

namespace cw {

/// What kind of unit of text a clause is.
enum class ClauseKind {
    Section,   ///< a numbered block: "4.2 Fees. You will pay …", "Article 5 …", "§ 3 …"
    Paragraph, ///< an unnumbered paragraph
    ListItem,  ///< a list item ("- …", "(a) …", "iv) …", items of an ordered list)
    Sentence,  ///< one sentence of a paragraph/section/item too long to be one clause
    TableRow,  ///< one row of a table, pipes included
};

/// Stable key as stored in the archive and in JSON.
inline QString clauseKindKey(ClauseKind k)
{
    switch (k) {
    case ClauseKind::Section:
        return QStringLiteral("section");
    case ClauseKind::Paragraph:
        return QStringLiteral("paragraph");
    case ClauseKind::ListItem:
        return QStringLiteral("list_item");
    case ClauseKind::Sentence:
        return QStringLiteral("sentence");
    case ClauseKind::TableRow:
        return QStringLiteral("table_row");
    }
    return QStringLiteral("paragraph");
}

inline std::optional<ClauseKind> clauseKindFromKey(QStringView key)
{
    for (ClauseKind k : {ClauseKind::Section, ClauseKind::Paragraph, ClauseKind::ListItem,
                         ClauseKind::Sentence, ClauseKind::TableRow}) {
        if (key == clauseKindKey(k))
            return k;
    }
    return std::nullopt;
}

/// One clause of a version's canonical text.
///
/// Invariants (Segmenter guarantees them): 0 <= start < end <= text.size();
/// text.mid(start, end - start) is non-empty and has no leading or trailing
/// white space; clauses are in text order and do not overlap. Offsets are
/// QString (UTF-16) indices into the canonical text.
struct ClauseSpan
{
    int start = 0;
    int end = 0; ///< exclusive
    QStringList
        headingPath; ///< enclosing headings, outermost first ("Terms", "4. Payment", "4.2 Fees")
    QString
        number; ///< "4.2", "(a)", "§ 3", "Article 5" or empty; a sentence carries its paragraph's
    ClauseKind kind = ClauseKind::Paragraph;
    int depth = 0; ///< headingPath.size(), plus the indent level for nested list items

    int length() const { return end - start; }
    QStringView textIn(const QString &text) const
    {
        return QStringView(text).sliced(start, end - start);
    }

    friend bool operator==(const ClauseSpan &, const ClauseSpan &) = default;
};

} // namespace cw

// Every member is relocatable (QString and QStringList are), so a growing
// QList of spans (the segmenter's output) is moved with realloc instead of
// span by span.
Q_DECLARE_TYPEINFO(cw::ClauseSpan, Q_RELOCATABLE_TYPE);
