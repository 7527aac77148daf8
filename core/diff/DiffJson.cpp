#include "diff/DiffJson.h"

#include "diff/JsonWriter.h"

#include <QJsonArray>

#include <charconv>
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

namespace {

// Streaming writer for toJsonBytes(); mirrors the functions above.
class Writer
{
public:
    explicit Writer(const VersionDiff &d) : m_d(d), m_json(m_out) { m_out.reserve(4096); }

    QByteArray take() { return std::move(m_out); }

    void raw(const char *s) { m_out.append(s); }
    void raw(char c) { m_out.append(c); }
    void number(qint64 v) { m_json.number(v); }
    void string(QStringView s) { m_json.string(s); }
    void key(const char *k) { m_json.key(k); }

    /// Unrounded (unlike JsonWriter::real): the diff's JSON keeps what
    /// toJson() writes.
    void real(double v)
    {
        if (v == std::floor(v) && std::abs(v) < 1e15) {
            number(qint64(v));
            return;
        }
        char buf[32];
        const auto r = std::to_chars(buf, buf + sizeof buf, v);
        m_out.append(buf, r.ptr - buf);
    }

    void side(int block, int count, qsizetype start, qsizetype length)
    {
        raw("{\"block\":");
        number(count > 0 ? block : -1);
        raw(",\"count\":");
        number(count);
        raw(",\"start\":");
        number(start);
        raw(",\"length\":");
        number(length);
        raw('}');
    }

    void range(qsizetype start, qsizetype length)
    {
        raw('[');
        number(start);
        raw(',');
        number(length);
        raw(']');
    }

    void span(const DiffSpan &s)
    {
        raw("{\"kind\":");
        string(DiffJson::spanKindKey(s.kind));
        raw(",\"left\":");
        range(s.leftStart, s.leftLength);
        raw(",\"right\":");
        range(s.rightStart, s.rightLength);
        raw(",\"text\":");
        const bool fromLeft = s.kind == DiffSpan::Kind::Delete || s.kind == DiffSpan::Kind::MovedFrom;
        string(fromLeft ? QStringView(m_d.oldText).mid(s.leftStart, s.leftLength)
                        : QStringView(m_d.newText).mid(s.rightStart, s.rightLength));
        raw('}');
    }

    void row(const DiffRow &r)
    {
        raw("{\"kind\":");
        string(DiffJson::rowKindKey(r.kind));
        raw(",\"left\":");
        side(r.leftBlock, r.leftBlockCount, r.leftStart, r.leftLength);
        raw(",\"right\":");
        side(r.rightBlock, r.rightBlockCount, r.rightStart, r.rightLength);
        raw(",\"similarity\":");
        real(rounded(r.similarity).toDouble());
        if (r.moveId >= 0) {
            raw(",\"move\":");
            number(r.moveId);
        }
        if (r.renumbered)
            raw(",\"renumbered\":true");
        raw(",\"spans\":[");
        for (qsizetype i = 0; i < r.spans.size(); ++i) {
            if (i)
                raw(',');
            span(r.spans[i]);
        }
        raw("]}");
    }

    void document()
    {
        const DiffStats &s = m_d.stats;
        raw("{\"stats\":{");
        const std::pair<const char *, int> counts[] = {
            {"wordsAdded", s.wordsAdded},         {"wordsRemoved", s.wordsRemoved},
            {"wordsMoved", s.wordsMoved},         {"blocksAdded", s.blocksAdded},
            {"blocksRemoved", s.blocksRemoved},   {"blocksModified", s.blocksModified},
            {"blocksMoved", s.blocksMoved},       {"blocksRenumbered", s.blocksRenumbered},
            {"blocksChanged", s.blocksChanged()}};
        bool first = true;
        for (const auto &[k, v] : counts) {
            if (!first)
                raw(',');
            first = false;
            key(k);
            number(v);
        }
        raw("},\"fallback\":{\"used\":");
        raw(m_d.fallbackUsed ? "true" : "false");
        raw(",\"reason\":");
        string(m_d.fallbackReason);
        raw("},\"blocks\":{\"left\":");
        number(m_d.leftBlocks.size());
        raw(",\"right\":");
        number(m_d.rightBlocks.size());
        raw("},\"hunks\":[");
        for (qsizetype i = 0; i < m_d.hunks.size(); ++i) {
            const DiffHunk &h = m_d.hunks[i];
            if (i)
                raw(',');
            raw("{\"changed\":");
            raw(h.changed ? "true" : "false");
            raw(",\"left\":");
            side(h.leftBlock, h.leftBlockCount, h.leftStart, h.leftLength);
            raw(",\"right\":");
            side(h.rightBlock, h.rightBlockCount, h.rightStart, h.rightLength);
            if (h.changed) {
                raw(",\"rows\":[");
                for (qsizetype k = 0; k < h.rows.size(); ++k) {
                    if (k)
                        raw(',');
                    row(h.rows[k]);
                }
                raw(']');
            }
            raw('}');
        }
        raw("],\"moves\":[");
        for (qsizetype i = 0; i < m_d.moves.size(); ++i) {
            const DiffMove &m = m_d.moves[i];
            if (i)
                raw(',');
            raw("{\"id\":");
            number(m.id);
            raw(",\"left\":");
            side(m.leftBlock, m.blockCount, m.leftStart, m.leftLength);
            raw(",\"right\":");
            side(m.rightBlock, m.blockCount, m.rightStart, m.rightLength);
            raw(",\"similarity\":");
            real(rounded(m.similarity).toDouble());
            raw(",\"words\":");
            number(m.words);
            raw('}');
        }
        raw("]}");
    }

private:
    const VersionDiff &m_d;
    QByteArray m_out;
    JsonWriter m_json; ///< strings, numbers and keys, into m_out
};

} // namespace

QByteArray DiffJson::toJsonBytes(const VersionDiff &diff)
{
    Writer w(diff);
    w.document();
    return w.take();
}

} // namespace cw
