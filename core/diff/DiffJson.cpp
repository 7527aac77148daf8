#include "diff/DiffJson.h"

#include <QJsonArray>

#include <cmath>

namespace cw {

namespace {

QJsonValue rounded(float v)
{
    return std::round(double(v) * 1000.0) / 1000.0;
}

QJsonObject side(int block, int count, qsizetype start, qsizetype length)
{
    return QJsonObject{{QStringLiteral("block"), count > 0 ? block : -1},
                       {QStringLiteral("count"), count},
                       {QStringLiteral("start"), qint64(start)},
                       {QStringLiteral("length"), qint64(length)}};
}

QJsonArray range(qsizetype start, qsizetype length)
{
    return QJsonArray{qint64(start), qint64(length)};
}

QJsonObject spanJson(const VersionDiff &d, const DiffSpan &s)
{
    QJsonObject o{{QStringLiteral("kind"), DiffJson::spanKindKey(s.kind)},
                  {QStringLiteral("left"), range(s.leftStart, s.leftLength)},
                  {QStringLiteral("right"), range(s.rightStart, s.rightLength)}};
    const bool fromLeft = s.kind == DiffSpan::Kind::Delete || s.kind == DiffSpan::Kind::MovedFrom;
    o.insert(QStringLiteral("text"), fromLeft ? d.oldText.mid(s.leftStart, s.leftLength)
                                              : d.newText.mid(s.rightStart, s.rightLength));
    return o;
}

QJsonObject rowJson(const VersionDiff &d, const DiffRow &r)
{
    QJsonObject o{{QStringLiteral("kind"), DiffJson::rowKindKey(r.kind)},
                  {QStringLiteral("left"), side(r.leftBlock, r.leftBlockCount, r.leftStart, r.leftLength)},
                  {QStringLiteral("right"),
                   side(r.rightBlock, r.rightBlockCount, r.rightStart, r.rightLength)},
                  {QStringLiteral("similarity"), rounded(r.similarity)}};
    if (r.moveId >= 0)
        o.insert(QStringLiteral("move"), r.moveId);
    if (r.renumbered)
        o.insert(QStringLiteral("renumbered"), true);
    QJsonArray spans;
    for (const DiffSpan &s : r.spans)
        spans.append(spanJson(d, s));
    o.insert(QStringLiteral("spans"), spans);
    return o;
}

} // namespace

QString DiffJson::spanKindKey(DiffSpan::Kind kind)
{
    switch (kind) {
    case DiffSpan::Kind::Insert: return QStringLiteral("insert");
    case DiffSpan::Kind::Delete: return QStringLiteral("delete");
    case DiffSpan::Kind::MovedFrom: return QStringLiteral("movedFrom");
    case DiffSpan::Kind::MovedTo: return QStringLiteral("movedTo");
    case DiffSpan::Kind::Equal: break;
    }
    return QStringLiteral("equal");
}

QString DiffJson::rowKindKey(DiffRow::Kind kind)
{
    switch (kind) {
    case DiffRow::Kind::Modified: return QStringLiteral("modified");
    case DiffRow::Kind::Deleted: return QStringLiteral("deleted");
    case DiffRow::Kind::Inserted: return QStringLiteral("inserted");
    case DiffRow::Kind::MovedFrom: return QStringLiteral("movedFrom");
    case DiffRow::Kind::MovedTo: return QStringLiteral("movedTo");
    case DiffRow::Kind::Equal: break;
    }
    return QStringLiteral("equal");
}

QJsonObject DiffJson::toJson(const VersionDiff &d)
{
    const DiffStats &s = d.stats;
    const QJsonObject stats{{QStringLiteral("wordsAdded"), s.wordsAdded},
                            {QStringLiteral("wordsRemoved"), s.wordsRemoved},
                            {QStringLiteral("wordsMoved"), s.wordsMoved},
                            {QStringLiteral("blocksAdded"), s.blocksAdded},
                            {QStringLiteral("blocksRemoved"), s.blocksRemoved},
                            {QStringLiteral("blocksModified"), s.blocksModified},
                            {QStringLiteral("blocksMoved"), s.blocksMoved},
                            {QStringLiteral("blocksRenumbered"), s.blocksRenumbered},
                            {QStringLiteral("blocksChanged"), s.blocksChanged()}};
    QJsonArray hunks;
    for (const DiffHunk &h : d.hunks) {
        QJsonObject o{{QStringLiteral("changed"), h.changed},
                      {QStringLiteral("left"), side(h.leftBlock, h.leftBlockCount, h.leftStart, h.leftLength)},
                      {QStringLiteral("right"),
                       side(h.rightBlock, h.rightBlockCount, h.rightStart, h.rightLength)}};
        if (h.changed) {
            QJsonArray rows;
            for (const DiffRow &r : h.rows)
                rows.append(rowJson(d, r));
            o.insert(QStringLiteral("rows"), rows);
        }
        hunks.append(o);
    }
    QJsonArray moves;
    for (const DiffMove &m : d.moves) {
        moves.append(QJsonObject{
            {QStringLiteral("id"), m.id},
            {QStringLiteral("left"), side(m.leftBlock, m.blockCount, m.leftStart, m.leftLength)},
            {QStringLiteral("right"), side(m.rightBlock, m.blockCount, m.rightStart, m.rightLength)},
            {QStringLiteral("similarity"), rounded(m.similarity)},
            {QStringLiteral("words"), m.words}});
    }
    return QJsonObject{
        {QStringLiteral("stats"), stats},
        {QStringLiteral("fallback"),
         QJsonObject{{QStringLiteral("used"), d.fallbackUsed},
                     {QStringLiteral("reason"), d.fallbackReason}}},
        {QStringLiteral("blocks"),
         QJsonObject{{QStringLiteral("left"), qint64(d.leftBlocks.size())},
                     {QStringLiteral("right"), qint64(d.rightBlocks.size())}}},
        {QStringLiteral("hunks"), hunks},
        {QStringLiteral("moves"), moves}};
}

} // namespace cw
