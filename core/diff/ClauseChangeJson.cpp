#include "diff/ClauseChangeJson.h"

#include "diff/JsonWriter.h"

#include <QJsonDocument>

namespace cw {

namespace {

void writeClause(JsonWriter &w, const Clause &c)
{
    w.raw('{');
    if (c.id)
        w.key("clause").number(c.id).raw(',');
    w.key("ordinal").number(c.ordinal);
    w.raw(',').key("start").number(c.start);
    w.raw(',').key("length").number(c.end - c.start);
    w.raw(',').key("number").string(c.number);
    w.raw(',').key("headingPath").strings(c.headingPath);
    w.raw('}');
}

void writeFlag(JsonWriter &w, const ClauseFlagRef &f)
{
    w.raw('{').key("record").string(f.recordId());
    w.raw(',').key("type").string(f.typeKey);
    w.raw(',').key("name").string(f.typeName);
    w.raw(',').key("severity").string(severityKey(f.severity));
    w.raw(',').key("status").string(reviewStatusKey(f.status));
    w.raw(',').key("changedSinceReview").boolean(f.changedSinceReview);
    w.raw('}');
}

void writeChange(JsonWriter &w, const ClauseChange &c)
{
    w.raw('{').key("kind").string(clauseChangeKindKey(c.kind));
    w.raw(',').key("wordingChanged").boolean(c.wordingChanged);
    w.raw(',').key("similarity").real(c.similarity);
    w.raw(',').key("renumbered").boolean(c.renumbered);
    if (c.lineageId)
        w.raw(',').key("lineage").number(c.lineageId);
    if (c.before)
        writeClause(w.raw(',').key("old"), *c.before);
    if (c.after)
        writeClause(w.raw(',').key("new"), *c.after);
    w.raw(',').key("text").string(c.clause().text);
    w.raw(',').key("wordsAdded").number(c.wordsAdded);
    w.raw(',').key("wordsRemoved").number(c.wordsRemoved);
    w.raw(',').key("edits").raw('[');
    for (qsizetype i = 0; i < c.edits.size(); ++i) {
        const ClauseEdit &e = c.edits[i];
        if (i)
            w.raw(',');
        w.raw('{').key("removed").string(e.removed);
        w.raw(',').key("added").string(e.added);
        w.raw(',').key("left").range(e.oldStart, e.oldLength);
        w.raw(',').key("right").range(e.newStart, e.newLength);
        w.raw('}');
    }
    w.raw("],").key("flags").raw('[');
    for (qsizetype i = 0; i < c.flags.size(); ++i) {
        if (i)
            w.raw(',');
        writeFlag(w, c.flags[i]);
    }
    w.raw("]}");
}

} // namespace

void ClauseChangeJson::write(JsonWriter &w, const ClauseChangeList &l)
{
    w.raw('{').key("counts").raw('{');
    const std::pair<const char *, int> counts[] = {{"old", l.oldClauses},
                                                   {"new", l.newClauses},
                                                   {"added", l.added},
                                                   {"removed", l.removed},
                                                   {"modified", l.modified},
                                                   {"moved", l.moved},
                                                   {"movedModified", l.movedModified},
                                                   {"renumbered", l.renumbered},
                                                   {"unchanged", l.unchanged},
                                                   {"changed", l.changed()}};
    bool first = true;
    for (const auto &[k, v] : counts) {
        if (!first)
            w.raw(',');
        first = false;
        w.key(k).number(v);
    }
    w.raw("},").key("flagsTouched").raw('{');
    w.key("high").number(l.flagsTouched.high);
    w.raw(',').key("medium").number(l.flagsTouched.medium);
    w.raw(',').key("low").number(l.flagsTouched.low);
    w.raw("},").key("changes").raw('[');
    bool firstChange = true;
    for (const ClauseChange &c : l.changes) {
        if (c.kind == ClauseChange::Kind::Renumbered)
            continue;
        if (!firstChange)
            w.raw(',');
        firstChange = false;
        writeChange(w, c);
    }
    // Renumbering alone can touch thousands of clauses (a section moved near
    // the top renumbers all after it): listed compactly, as ordinal pairs.
    w.raw("],").key("renumbered").raw('[');
    bool firstRenumbered = true;
    for (const ClauseChange &c : l.changes) {
        if (c.kind != ClauseChange::Kind::Renumbered)
            continue;
        if (!firstRenumbered)
            w.raw(',');
        firstRenumbered = false;
        w.raw('[').number(c.before->ordinal).raw(',').number(c.after->ordinal).raw(']');
    }
    w.raw("]}");
}

void ClauseChangeJson::write(JsonWriter &w, const ChangeSummary &s)
{
    w.raw('{').key("headline").string(s.headline);
    w.raw(',').key("points").strings(s.points);
    w.raw(',').key("text").string(s.text());
    w.raw('}');
}

QJsonObject ClauseChangeJson::toJson(const ClauseChangeList &list)
{
    QByteArray bytes;
    JsonWriter w(bytes);
    write(w, list);
    return QJsonDocument::fromJson(bytes).object();
}

QJsonObject ClauseChangeJson::toJson(const ChangeSummary &summary)
{
    QByteArray bytes;
    JsonWriter w(bytes);
    write(w, summary);
    return QJsonDocument::fromJson(bytes).object();
}

} // namespace cw
