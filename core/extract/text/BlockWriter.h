#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace cw {

/// Accumulates the blocks of one document and writes them in the canonical text
/// format (COMMON.md). All extractors (HTML, Markdown, plain text, PDF) end here,
/// so the format is produced in exactly one place.
///
/// Every text passed in is inline text: it is run through
/// TextNormalizer::normalizeInline (so line breaks inside it become spaces) and an
/// empty result writes nothing. Consecutive list items form one block (joined by a
/// single '\n'), as do consecutive table rows, until endGroup() or a block of
/// another kind ends the group.
class BlockWriter
{
public:
    /// Deepest list nesting written; deeper items are written at this depth, so
    /// that pathological nesting cannot make the output quadratic in size.
    static constexpr int MaxListDepth = 16;

    /// `level` is clamped to 1..6.
    void heading(int level, QStringView text);
    void paragraph(QStringView text);
    /// `depth` 0 is the outermost list. `marker` is written verbatim followed by a
    /// space ("-", "1.", "(a)"); an empty marker means `text` starts with its own.
    void listItem(int depth, QStringView marker, QStringView text);
    /// One table row; rows whose cells are all empty are skipped.
    void tableRow(const QList<QString> &cells);
    /// Ends the current list or table, so that the next one starts a new block.
    void endGroup();
    /// Appends text that is already canonical (e.g. an embedded fragment extracted
    /// on its own) as whole blocks.
    void appendCanonical(QStringView canonical);

    bool isEmpty() const { return m_out.isEmpty(); }
    /// The first heading written, in normalised form ("" when none).
    const QString &firstHeading() const { return m_firstHeading; }
    /// Level of firstHeading(), 0 when none.
    int firstHeadingLevel() const { return m_firstHeadingLevel; }

    /// The canonical text: all blocks, through TextNormalizer::normalize.
    QString finish() const;

private:
    enum class Group { None, List, Table };
    void startBlock(Group group);

    QString m_out;
    Group m_group = Group::None;
    QString m_firstHeading;
    int m_firstHeadingLevel = 0;
};

} // namespace cw
