#include "alerts/ChangeFacts.h"

#include "model/RecordId.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <algorithm>

namespace cw {

QString clauseChangeKey(ClauseChangeKind k)
{
    switch (k) {
    case ClauseChangeKind::Reworded:
        return QStringLiteral("reworded");
    case ClauseChangeKind::Removed:
        return QStringLiteral("removed");
    case ClauseChangeKind::Moved:
        return QStringLiteral("moved");
    case ClauseChangeKind::Added:
        break;
    }
    return QStringLiteral("added");
}

QJsonObject ChangeFacts::toJson() const
{
    QJsonArray clauseList;
    for (const ClauseChangeRef &c : clauses)
        clauseList.append(QJsonObject{{QStringLiteral("change"), clauseChangeKey(c.kind)},
                                      {QStringLiteral("label"), c.label},
                                      {QStringLiteral("offset"), c.offset}});
    QJsonArray flagList;
    for (const FlagTouch &f : flags)
        flagList.append(QJsonObject{{QStringLiteral("record_id"), f.recordId},
                                    {QStringLiteral("flag_id"), f.flagId},
                                    {QStringLiteral("type"), f.typeKey},
                                    {QStringLiteral("type_name"), f.typeName},
                                    {QStringLiteral("severity"), severityKey(f.severity)},
                                    {QStringLiteral("change"), f.change}});
    QJsonObject o{{QStringLiteral("platform"), platform},
                  {QStringLiteral("document"), termsType},
                  {QStringLiteral("from_version"), fromNumber},
                  {QStringLiteral("to_version"), toNumber},
                  {QStringLiteral("changed_at"), changedAt},
                  {QStringLiteral("kind"), changeKindKey(kind)},
                  {QStringLiteral("declared_before"), declaredBefore},
                  {QStringLiteral("declared_after"), declaredAfter},
                  {QStringLiteral("counts"), QJsonObject{{QStringLiteral("added"), added},
                                                         {QStringLiteral("reworded"), reworded},
                                                         {QStringLiteral("removed"), removed},
                                                         {QStringLiteral("moved"), moved},
                                                         {QStringLiteral("unchanged"), unchanged}}},
                  {QStringLiteral("clauses"), clauseList},
                  {QStringLiteral("flags"), flagList}};
    if (firstChangeOffset)
        o.insert(QStringLiteral("first_change_offset"), *firstChangeOffset);
    return o;
}

QString ChangeFactsBuilder::labelOf(const FactClause &clause)
{
    // The innermost heading names the clause, except the document title alone.
    if (clause.headingPath.size() >= 2)
        return clause.headingPath.constLast();
    const QStringList words = clause.text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() <= 6)
        return words.join(QLatin1Char(' '));
    return QStringList(words.mid(0, 6)).join(QLatin1Char(' ')) + QChar(0x2026);
}

void ChangeFactsBuilder::fill(ChangeFacts &facts, const QList<FactClause> &before,
                              const QList<FactClause> &after, const QList<FactFlag> &flags,
                              qint64 flagsAddedAfter)
{
    QHash<qint64, LineageStatus> nowStatus;
    QSet<QString> labels[4];
    auto addRef = [&](ClauseChangeKind kind, const FactClause &c, int offset) {
        const QString label = labelOf(c);
        // Several clauses under one heading are one place for a reader.
        if (labels[int(kind)].contains(label))
            return;
        labels[int(kind)].insert(label);
        facts.clauses.append({kind, label, offset});
    };

    for (const FactClause &c : after) {
        nowStatus.insert(c.lineageId, c.status);
        // A date statement's change is the kind of the change, not a clause change.
        if (ChangeClassifier::isDateStatement(c.text))
            continue;
        std::optional<ClauseChangeKind> kind;
        switch (c.status) {
        case LineageStatus::New:
            ++facts.added;
            kind = ClauseChangeKind::Added;
            break;
        case LineageStatus::Modified:
        case LineageStatus::MovedModified:
            ++facts.reworded;
            kind = ClauseChangeKind::Reworded;
            break;
        case LineageStatus::Moved:
            ++facts.moved;
            kind = ClauseChangeKind::Moved;
            break;
        case LineageStatus::Unchanged:
            ++facts.unchanged;
            break;
        }
        if (!kind)
            continue;
        if (!facts.firstChangeOffset || c.start < *facts.firstChangeOffset)
            facts.firstChangeOffset = c.start;
        addRef(*kind, c, c.start);
    }
    QSet<qint64> removedLineages;
    for (const FactClause &c : before) {
        if (nowStatus.contains(c.lineageId))
            continue;
        removedLineages.insert(c.lineageId);
        if (ChangeClassifier::isDateStatement(c.text))
            continue;
        ++facts.removed;
        addRef(ClauseChangeKind::Removed, c, -1);
    }
    // A heading whose clauses were both added and removed (sentences replaced)
    // reads as one reworded place.
    for (qsizetype i = 0; i < facts.clauses.size(); ++i) {
        const ClauseChangeRef ref = facts.clauses.at(i);
        if (ref.kind != ClauseChangeKind::Added ||
            !labels[int(ClauseChangeKind::Removed)].contains(ref.label))
            continue;
        // Removed references come after every added one, so index i stays put.
        facts.clauses.removeIf([&](const ClauseChangeRef &r) {
            return r.kind == ClauseChangeKind::Removed && r.label == ref.label;
        });
        if (labels[int(ClauseChangeKind::Reworded)].contains(ref.label)) {
            facts.clauses.removeAt(i--);
        } else {
            facts.clauses[i].kind = ClauseChangeKind::Reworded;
            labels[int(ClauseChangeKind::Reworded)].insert(ref.label);
        }
    }
    // A place already named as reworded is not named again as added or removed.
    facts.clauses.removeIf([&](const ClauseChangeRef &r) {
        return (r.kind == ClauseChangeKind::Added || r.kind == ClauseChangeKind::Removed) &&
               labels[int(ClauseChangeKind::Reworded)].contains(r.label);
    });
    // Only date statements changed: open the diff at the new date.
    if (!facts.firstChangeOffset)
        for (const FactClause &c : after)
            if (c.status != LineageStatus::Unchanged &&
                (!facts.firstChangeOffset || c.start < *facts.firstChangeOffset))
                facts.firstChangeOffset = c.start;

    for (const FactFlag &f : flags) {
        QString change;
        const auto status = nowStatus.constFind(f.lineageId);
        if (status == nowStatus.cend()) {
            if (removedLineages.contains(f.lineageId))
                change = QStringLiteral("removed");
        } else if (*status == LineageStatus::New || f.id > flagsAddedAfter) {
            change = QStringLiteral("added");
        } else if (lineageWordingChanged(*status)) {
            change = QStringLiteral("changed");
        }
        if (change.isEmpty())
            continue;
        facts.flags.append(FlagTouch{f.id, recordId(RecordKind::Provision, f.id), f.typeKey,
                                     f.typeName, f.severity, change});
    }
    // Highest severity first: what a reader must see comes first.
    std::stable_sort(
        facts.flags.begin(), facts.flags.end(),
        [](const FlagTouch &a, const FlagTouch &b) { return a.severity > b.severity; });
}

} // namespace cw
