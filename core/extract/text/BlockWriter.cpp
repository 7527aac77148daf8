#include "extract/text/BlockWriter.h"

#include "extract/text/TextNormalizer.h"

#include <algorithm>

namespace cw {

void BlockWriter::startBlock(Group group)
{
    if (!m_out.isEmpty())
        m_out.append((group != Group::None && group == m_group) ? u"\n" : u"\n\n");
    m_group = group;
}

void BlockWriter::heading(int level, QStringView text)
{
    const QString t = TextNormalizer::normalizeInline(text);
    if (t.isEmpty())
        return;
    level = std::clamp(level, 1, 6);
    startBlock(Group::None);
    m_out.append(QString(level, u'#'));
    m_out.append(u' ');
    m_out.append(t);
    if (m_firstHeading.isEmpty()) {
        m_firstHeading = t;
        m_firstHeadingLevel = level;
    }
}

void BlockWriter::paragraph(QStringView text)
{
    const QString t = TextNormalizer::normalizeInline(text);
    if (t.isEmpty())
        return;
    startBlock(Group::None);
    m_out.append(t);
}

void BlockWriter::listItem(int depth, QStringView marker, QStringView text)
{
    const QString t = TextNormalizer::normalizeInline(text);
    if (t.isEmpty())
        return;
    const QString m = TextNormalizer::normalizeInline(marker);
    startBlock(Group::List);
    m_out.append(QString(2 * std::clamp(depth, 0, MaxListDepth), u' '));
    if (!m.isEmpty()) {
        m_out.append(m);
        m_out.append(u' ');
    }
    m_out.append(t);
}

void BlockWriter::tableRow(const QList<QString> &cells)
{
    QString row;
    bool any = false;
    for (const QString &cell : cells) {
        const QString t = TextNormalizer::normalizeInline(cell);
        if (t.isEmpty()) {
            row.append(u"| ");
            continue;
        }
        any = true;
        row.append(u"| ");
        row.append(t);
        row.append(u' ');
    }
    if (!any)
        return;
    startBlock(Group::Table);
    m_out.append(row);
    m_out.append(u'|');
}

void BlockWriter::endGroup()
{
    m_group = Group::None;
}

void BlockWriter::appendCanonical(QStringView canonical)
{
    const QString t = TextNormalizer::normalize(canonical);
    if (t.isEmpty())
        return;
    startBlock(Group::None);
    m_out.append(t);
    m_group = Group::None;
}

QString BlockWriter::finish() const
{
    // Every piece of m_out went through normalizeInline() or normalize(), and
    // the separators are '\n': the character pass over the whole would be a
    // copy that changes nothing (a tenth of a Markdown extraction).
    return TextNormalizer::normalizeMapped(m_out);
}

} // namespace cw
