#include "diff/ChangeSummary.h"

#include "diff/ClauseChanges.h"
#include "segment/ClauseHash.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace cw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::ChangeSummary", text);
}

/// English-style count phrase: "1 clause" / "3 clauses".
QString clauseCount(int n)
{
    return n == 1 ? tr("1 clause") : tr("%1 clauses").arg(n);
}

QString severityWord(Severity s)
{
    switch (s) {
    case Severity::High:
        return tr("High");
    case Severity::Medium:
        return tr("Medium");
    case Severity::Low:
        break;
    }
    return tr("Low");
}

QString heading(const QString &h)
{
    return QStringLiteral("‘%1’").arg(h.simplified());
}

/// At most `maxWords` words of `text`, white space collapsed, in quotes.
QString quoted(const QString &text, int maxWords)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString s = words.mid(0, maxWords).join(QLatin1Char(' '));
    if (words.size() > maxWords)
        s += QChar(0x2026);
    return QStringLiteral("“%1”").arg(s);
}

/// "A", "A and B", "A, B and C".
QString joinAnd(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    return tr("%1 and %2")
        .arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.last());
}

/// Distinct clause types of some flags, highest severity first:
/// "Class-action waiver (High) and Jury-trial waiver (High)".
QString flagTypes(const QList<ClauseFlagRef> &flags)
{
    QList<ClauseFlagRef> sorted = flags;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const ClauseFlagRef &a, const ClauseFlagRef &b) {
                         return int(a.severity) > int(b.severity);
                     });
    QStringList items;
    QSet<QString> seen;
    for (const ClauseFlagRef &f : std::as_const(sorted)) {
        if (f.status == ReviewStatus::Rejected || seen.contains(f.typeKey))
            continue;
        seen.insert(f.typeKey);
        items << QStringLiteral("%1 (%2)").arg(f.typeName.isEmpty() ? f.typeKey : f.typeName,
                                               severityWord(f.severity));
    }
    return joinAnd(items);
}

int highestSeverity(const QList<ClauseFlagRef> &flags)
{
    int s = 0;
    for (const ClauseFlagRef &f : flags)
        if (f.status != ReviewStatus::Rejected)
            s = std::max(s, int(f.severity));
    return s;
}

QString excerpt(const QString &text)
{
    return quoted(text, 6);
}

/// "clause 4.2 under ‘4. Fees’", "a clause under ‘Fees’", "clause 4.2", or an
/// excerpt; `useHeading` false when the heading is only the document's title.
QString clauseLabel(const Clause &c, bool useHeading = true)
{
    const QString h = !useHeading || c.headingPath.isEmpty() ? QString() : c.headingPath.last();
    if (!c.number.isEmpty() && !h.isEmpty())
        return tr("clause %1 under %2").arg(c.number, heading(h));
    if (!c.number.isEmpty())
        return tr("clause %1").arg(c.number);
    if (!h.isEmpty())
        return tr("a clause under %1").arg(heading(h));
    return tr("the clause %1").arg(excerpt(c.text));
}

/// Whether a heading path says where a clause is: not empty, and not only the
/// document's title (a first heading above nearly every clause).
bool informativePath(const QStringList &path, const QHash<QString, int> &sizes, int total)
{
    if (path.isEmpty())
        return false;
    if (path.size() > 1)
        return true;
    return sizes.value(clauseSectionKey(path, 1)) * 10 < total * 9;
}

/// The words two texts start with, when there are at least two.
QString commonLead(const QString &a, const QString &b)
{
    const QStringList wa = a.simplified().split(QLatin1Char(' '));
    const QStringList wb = b.simplified().split(QLatin1Char(' '));
    qsizetype n = 0;
    while (n < wa.size() && n < wb.size() && n < 6 && wa[n] == wb[n])
        ++n;
    return n >= 2 ? wa.mid(0, n).join(QLatin1Char(' ')) : QString();
}

/// How a changed clause is named: "‘3.4 Price changes’" for a clause that is
/// its heading's text, "clause 4.2 under ‘4. Fees’" for a numbered one, else
/// its opening words ("“Last updated: …”").
QString changedLabel(const ClauseChange &c, const ClauseChangeList &list)
{
    const Clause &n = *c.after;
    if (informativePath(n.headingPath, list.newSectionSizes, list.newClauses))
        return n.number.isEmpty() ? heading(n.headingPath.last()) : clauseLabel(n);
    if (!n.number.isEmpty())
        return tr("clause %1").arg(n.number);
    const QString lead = commonLead(c.before->text, n.text);
    return lead.isEmpty() ? excerpt(n.text) : QStringLiteral("“%1 …”").arg(lead);
}

/// A point: "New: a; b; c; and 2 more."
QString point(const QString &lead, const QStringList &items, int maxItems)
{
    if (items.isEmpty())
        return {};
    QStringList shown = items.mid(0, maxItems);
    if (items.size() > maxItems)
        shown << tr("and %1 more").arg(items.size() - maxItems);
    return lead.arg(shown.join(QStringLiteral("; ")));
}

/// A section (heading prefix) that exists on one side only and whose clauses
/// are all in `changes`: the shallowest such heading of `path`, as a depth
/// (0 = none).
int wholeSectionDepth(const QStringList &path, const QHash<QString, int> &thisSide,
                      const QSet<QString> &otherSideNames, const QHash<QString, int> &changedUnder)
{
    for (qsizetype d = 1; d <= path.size(); ++d) {
        if (otherSideNames.contains(clauseSectionName(path, d)))
            continue;
        const QString key = clauseSectionKey(path, d);
        if (changedUnder.value(key) == thisSide.value(key, -1))
            return int(d);
        return 0;
    }
    return 0;
}

/// How many of `changes` lie under each heading prefix of their clause.
QHash<QString, int> countUnder(const QList<const ClauseChange *> &changes, bool newSide)
{
    QHash<QString, int> out;
    for (const ClauseChange *c : changes) {
        const QStringList &path = newSide ? c->after->headingPath : c->before->headingPath;
        for (qsizetype d = 1; d <= path.size(); ++d)
            ++out[clauseSectionKey(path, d)];
    }
    return out;
}

struct Item
{
    QString text;
    int severity = 0; ///< highest flag severity (ordering: flagged first)
    int order = 0;
};

QStringList ordered(QList<Item> items)
{
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        return a.order < b.order;
    });
    QStringList out;
    for (const Item &i : std::as_const(items))
        out << i.text;
    return out;
}

/// Items for added (newSide) or removed clauses: whole sections first found,
/// then runs of clauses under the same heading.
QStringList addedOrRemoved(const QList<const ClauseChange *> &changes, bool newSide,
                           const ClauseChangeList &list)
{
    const QHash<QString, int> &thisSide = newSide ? list.newSectionSizes : list.oldSectionSizes;
    const QSet<QString> &otherSide = newSide ? list.oldSectionNames : list.newSectionNames;
    const QHash<QString, int> under = countUnder(changes, newSide);
    QList<Item> items;
    QHash<QString, int> sectionItem; // section key → index in items
    struct Run
    {
        QString key;
        int count = 0;
        QList<ClauseFlagRef> flags;
        const Clause *first = nullptr;
    };
    QList<Run> runs;
    for (int i = 0; i < int(changes.size()); ++i) {
        const ClauseChange *c = changes[i];
        const Clause &clause = newSide ? *c->after : *c->before;
        const int depth = wholeSectionDepth(clause.headingPath, thisSide, otherSide, under);
        if (depth > 0) {
            const QString key = clauseSectionKey(clause.headingPath, depth);
            if (!sectionItem.contains(key)) {
                QList<ClauseFlagRef> flags;
                for (const ClauseChange *o : changes) {
                    const Clause &oc = newSide ? *o->after : *o->before;
                    if (clauseSectionKey(oc.headingPath, depth) == key)
                        flags += o->flags;
                }
                const int n = under.value(key);
                QString text = tr("section %1 (%2)")
                                   .arg(heading(clause.headingPath[depth - 1]), clauseCount(n));
                if (!flagTypes(flags).isEmpty())
                    text += tr(" with %1").arg(flagTypes(flags));
                sectionItem.insert(key, int(items.size()));
                items.append({text, highestSeverity(flags), i});
            }
            continue;
        }
        const QString key = clauseSectionKey(clause.headingPath, clause.headingPath.size());
        if (!runs.isEmpty() && runs.last().key == key && runs.last().flags.isEmpty() &&
            c->flags.isEmpty()) {
            ++runs.last().count;
            continue;
        }
        runs.append({key, 1, c->flags, &clause});
        Item item;
        item.order = i;
        items.append(item); // a run's text is filled below, once the run is complete
    }
    // Fill the run items (those with empty text), in order.
    int r = 0;
    for (Item &item : items) {
        if (!item.text.isEmpty())
            continue;
        const Run &run = runs[r++];
        const Clause &c = *run.first;
        const bool useHeading =
            informativePath(c.headingPath, thisSide, newSide ? list.newClauses : list.oldClauses);
        const QString h = !useHeading || c.headingPath.isEmpty() ? QString() : c.headingPath.last();
        const QString types = flagTypes(run.flags); // empty when all were rejected
        if (!types.isEmpty()) {
            item.severity = highestSeverity(run.flags);
            item.text = h.isEmpty() ? types : tr("%1 under %2").arg(types, heading(h));
        } else if (run.count == 1) {
            item.text = clauseLabel(c, useHeading);
        } else {
            item.text = h.isEmpty() ? clauseCount(run.count)
                                    : tr("%1 under %2").arg(clauseCount(run.count), heading(h));
        }
    }
    return ordered(items);
}

QString wordsPhrase(int added, int removed)
{
    const QString a = added == 1 ? tr("1 word added") : tr("%1 words added").arg(added);
    const QString r = removed == 1 ? tr("1 word removed") : tr("%1 words removed").arg(removed);
    if (added == 0)
        return r;
    if (removed == 0)
        return a;
    return tr("%1, %2").arg(a, r);
}

/// What changed inside a clause: the edits quoted when there are few (a single
/// edit is always quoted, cut after maxQuotedWords), else word counts.
QString editDetail(const ClauseChange &c, const ChangeSummaryOptions &o)
{
    QList<ClauseEdit> edits;
    for (const ClauseEdit &e : c.edits)
        if (ClauseChanges::wordCount(e.added) + ClauseChanges::wordCount(e.removed) > 0)
            edits.append(e);
    if (edits.isEmpty()) {
        if (!c.edits.isEmpty())
            return tr("punctuation or spacing changed");
        return tr("wording changed (%1% similar)").arg(qRound(c.similarity * 100));
    }
    bool quotable = edits.size() == 1 || edits.size() <= o.maxQuotedEdits;
    if (edits.size() > 1)
        for (const ClauseEdit &e : std::as_const(edits))
            quotable = quotable && ClauseChanges::wordCount(e.added) <= o.maxQuotedWords &&
                       ClauseChanges::wordCount(e.removed) <= o.maxQuotedWords;
    if (!quotable)
        return wordsPhrase(c.wordsAdded, c.wordsRemoved);
    QStringList parts;
    for (const ClauseEdit &e : std::as_const(edits)) {
        const bool hasAdded = ClauseChanges::wordCount(e.added) > 0;
        const bool hasRemoved = ClauseChanges::wordCount(e.removed) > 0;
        if (hasAdded && hasRemoved)
            parts << tr("%1 replaced by %2")
                         .arg(quoted(e.removed, o.maxQuotedWords),
                              quoted(e.added, o.maxQuotedWords));
        else if (hasAdded)
            parts << tr("added %1").arg(quoted(e.added, o.maxQuotedWords));
        else
            parts << tr("removed %1").arg(quoted(e.removed, o.maxQuotedWords));
    }
    return parts.join(QStringLiteral(", "));
}

QStringList modifiedItems(const QList<const ClauseChange *> &changes, const ClauseChangeList &list,
                          const ChangeSummaryOptions &o)
{
    QList<Item> items;
    for (int i = 0; i < int(changes.size()); ++i) {
        const ClauseChange &c = *changes[i];
        QString label = changedLabel(c, list);
        const QString types = flagTypes(c.flags);
        if (!types.isEmpty())
            label += QStringLiteral(" (%1)").arg(types);
        items.append({tr("%1 — %2").arg(label, editDetail(c, o)), highestSeverity(c.flags), i});
    }
    return ordered(items);
}

/// Where a moved unit went: the heading at `depth` (1-based) with all its
/// clauses, or (depth 0) the clause itself.
QString movedWhere(const Clause &before, const Clause &after, int depth)
{
    const QString oldNumber = ClauseHash::leadingNumber(
        depth > 0 ? QStringView(before.headingPath.value(depth - 1)) : QStringView(before.text));
    const QString newNumber = ClauseHash::leadingNumber(
        depth > 0 ? QStringView(after.headingPath.value(depth - 1)) : QStringView(after.text));
    if (!oldNumber.isEmpty() && !newNumber.isEmpty() && oldNumber != newNumber)
        return tr("from section %1 to section %2").arg(oldNumber, newNumber);
    // The headings above the unit.
    const qsizetype oldParent = depth > 0 ? depth - 1 : before.headingPath.size();
    const qsizetype newParent = depth > 0 ? depth - 1 : after.headingPath.size();
    if (newParent > 0 && clauseSectionName(before.headingPath, oldParent) !=
                             clauseSectionName(after.headingPath, newParent))
        return tr("now under %1").arg(heading(after.headingPath[newParent - 1]));
    return tr("to another position");
}

QStringList movedItems(const QList<const ClauseChange *> &changes, const ClauseChangeList &list)
{
    const QHash<QString, int> under = countUnder(changes, true);
    QList<Item> items;
    QSet<QString> done;
    for (int i = 0; i < int(changes.size()); ++i) {
        const ClauseChange &c = *changes[i];
        const QStringList &path = c.after->headingPath;
        // The shallowest heading all of whose clauses moved (not the whole document).
        int depth = 0;
        for (qsizetype d = 1; d <= path.size(); ++d) {
            const QString key = clauseSectionKey(path, d);
            const int size = list.newSectionSizes.value(key);
            if (size < list.newClauses && under.value(key) == size) {
                depth = int(d);
                break;
            }
        }
        QString text;
        if (depth > 0) {
            const QString key = clauseSectionKey(path, depth);
            if (done.contains(key))
                continue;
            done.insert(key);
            QList<ClauseFlagRef> flags;
            bool wording = false;
            for (const ClauseChange *o : changes) {
                if (clauseSectionKey(o->after->headingPath, depth) == key) {
                    flags += o->flags;
                    wording = wording || o->wordingChanged;
                }
            }
            const QString name = ClauseHash::normalise(path[depth - 1]);
            text = tr("%1 (%2) %3")
                       .arg(heading(name.isEmpty() ? path[depth - 1] : name),
                            clauseCount(under.value(key)), movedWhere(*c.before, *c.after, depth));
            if (wording)
                text += tr(", with changed wording");
            items.append({text, highestSeverity(flags), i});
            continue;
        }
        const bool useHeading =
            informativePath(c.before->headingPath, list.oldSectionSizes, list.oldClauses);
        text =
            tr("%1 %2").arg(clauseLabel(*c.before, useHeading), movedWhere(*c.before, *c.after, 0));
        const QString types = flagTypes(c.flags);
        if (!types.isEmpty())
            text += QStringLiteral(" (%1)").arg(types);
        if (c.wordingChanged)
            text += tr(", with changed wording");
        items.append({text, highestSeverity(c.flags), i});
    }
    return ordered(items);
}

} // namespace

QString ChangeSummary::text() const
{
    QStringList all{headline};
    all += points;
    return all.join(QLatin1Char(' '));
}

ChangeSummary ChangeSummary::build(const ClauseChangeList &list, const DiffStats &stats,
                                   const ChangeSummaryOptions &o)
{
    ChangeSummary s;
    const int changed = list.changed();
    if (changed == 0) {
        if (list.renumbered > 0)
            s.headline =
                tr("No clause wording changed; %1 renumbered.").arg(clauseCount(list.renumbered));
        else if (stats.blocksChanged() > 0 || stats.blocksRenumbered > 0)
            s.headline = tr("No clause changed; only headings or layout differ.");
        else
            s.headline = tr("No changes.");
        return s;
    }
    s.headline = changed == 1 ? tr("1 clause changed.") : tr("%1 clauses changed.").arg(changed);

    QList<const ClauseChange *> added, removed, modified, moved;
    for (const ClauseChange &c : list.changes) {
        switch (c.kind) {
        case ClauseChange::Kind::Added:
            added << &c;
            break;
        case ClauseChange::Kind::Removed:
            removed << &c;
            break;
        case ClauseChange::Kind::Modified:
            modified << &c;
            break;
        case ClauseChange::Kind::Moved:
            moved << &c;
            break;
        default:
            break;
        }
    }
    const QString pointNew = point(tr("New: %1."), addedOrRemoved(added, true, list), o.maxItems);
    const QString pointRemoved =
        point(tr("Removed: %1."), addedOrRemoved(removed, false, list), o.maxItems);
    const QString pointChanged =
        point(tr("Changed: %1."), modifiedItems(modified, list, o), o.maxItems);
    const QString pointMoved = point(tr("Moved: %1."), movedItems(moved, list), o.maxItems);
    for (const QString &p : {pointNew, pointRemoved, pointChanged, pointMoved})
        if (!p.isEmpty())
            s.points << p;
    if (list.renumbered > 0)
        s.points << tr("Renumbered only: %1.").arg(clauseCount(list.renumbered));
    const FlagsTouched &f = list.flagsTouched;
    if (f.total() > 0) {
        QStringList parts;
        if (f.high)
            parts << QStringLiteral("%1 %2").arg(f.high).arg(severityWord(Severity::High));
        if (f.medium)
            parts << QStringLiteral("%1 %2").arg(f.medium).arg(severityWord(Severity::Medium));
        if (f.low)
            parts << QStringLiteral("%1 %2").arg(f.low).arg(severityWord(Severity::Low));
        s.points << tr("Flagged clauses touched: %1.").arg(parts.join(QStringLiteral(", ")));
    }
    return s;
}

} // namespace cw
