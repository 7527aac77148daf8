#include "archive/ClauseRepository.h"
#include "archive/Database.h"
#include "archive/DocumentRepository.h"
#include "archive/FlagRepository.h"
#include "archive/PlatformRepository.h"
#include "archive/VersionRepository.h"
#include "memo/MemoProviders.h"

#include "memo/MemoText.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace cw {

namespace {

QString tr(const char *s, int n = -1)
{
    return n < 0 ? QCoreApplication::translate("cw::LineageChangeProvider", s) : translateCount("cw::LineageChangeProvider", s, n);
}

QString where(const Clause &c)
{
    if (!c.headingPath.isEmpty())
        return c.headingPath.constLast();
    return c.text.left(60).simplified() + (c.text.size() > 60 ? QStringLiteral("…") : QString());
}

constexpr int kMaxPoints = 12;

} // namespace

Result<MemoChange> LineageChangeProvider::change(const Database &db, qint64 fromVersionId,
                                                 qint64 toVersionId) const
{
    const QString op = tr("summarising a change");
    VersionRepository versions(db);
    auto from = versions.get(fromVersionId, false);
    auto to = versions.get(toVersionId, false);
    if (!from)
        return from.error();
    if (!to)
        return to.error();
    if (!from->has_value() || !to->has_value())
        return makeError(op, tr("no such version"));
    const Version &a = **from;
    const Version &b = **to;
    if (a.documentId != b.documentId)
        return makeError(op, tr("the two versions belong to different documents"));
    auto doc = DocumentRepository(db).get(a.documentId);
    if (!doc)
        return doc.error();
    if (!doc->has_value())
        return makeError(op, tr("no such document"));
    auto platform = PlatformRepository(db).get((*doc)->platformId);
    if (!platform)
        return platform.error();

    MemoChange out;
    out.platform = platform->has_value() ? (*platform)->name : QString();
    out.documentTitle = (*doc)->title.isEmpty() ? (*doc)->termsType : (*doc)->title;
    out.documentRecordId = (*doc)->recordId();
    out.fromVersion = a.number;
    out.toVersion = b.number;
    out.fromDate = a.firstSeen;
    out.toDate = b.firstSeen;
    out.source = tr("clause lineage");

    ClauseRepository clauses(db);
    auto oldClauses = clauses.forVersion(a.id);
    auto newClauses = clauses.forVersion(b.id);
    if (!oldClauses)
        return oldClauses.error();
    if (!newClauses)
        return newClauses.error();
    QHash<qint64, Clause> oldByLineage;
    for (const Clause &c : *oldClauses)
        oldByLineage.insert(c.lineageId, c);
    QList<Clause> added, modified;
    QSet<qint64> touched;
    int moved = 0;
    for (const Clause &c : *newClauses) {
        auto it = oldByLineage.find(c.lineageId);
        if (it == oldByLineage.end()) {
            added.append(c);
            touched.insert(c.lineageId);
            continue;
        }
        if (it->textHash != c.textHash) {
            modified.append(c);
            touched.insert(c.lineageId);
        } else if (c.lineageStatus == LineageStatus::Moved) {
            ++moved;
        }
        oldByLineage.erase(it);
    }
    QList<Clause> removed = oldByLineage.values();
    std::sort(removed.begin(), removed.end(),
              [](const Clause &x, const Clause &y) { return x.ordinal < y.ordinal; });
    for (const Clause &c : removed)
        touched.insert(c.lineageId);

    // A removed and an added clause under the same heading read as one clause
    // reworded (the interim segmenter gives a reworded clause a new lineage).
    QStringList points;
    int reworded = int(modified.size());
    for (const Clause &c : modified)
        points << tr("Reworded: %1").arg(where(c));
    for (qsizetype i = 0; i < added.size();) {
        const Clause &c = added[i];
        auto match = std::find_if(removed.begin(), removed.end(), [&](const Clause &r) {
            return !r.headingPath.isEmpty() && r.headingPath == c.headingPath;
        });
        if (match != removed.end()) {
            points << tr("Reworded: %1").arg(where(c));
            removed.erase(match);
            added.removeAt(i);
            ++reworded;
        } else {
            ++i;
        }
    }
    for (const Clause &c : added)
        points << tr("Added: %1").arg(where(c));
    for (const Clause &c : removed)
        points << tr("Removed: %1").arg(where(c));
    if (points.size() > kMaxPoints) {
        const int more = int(points.size()) - kMaxPoints;
        points = points.mid(0, kMaxPoints);
        points << tr("… and %n more change(s).", more);
    }
    out.points = points;

    FlagQuery q;
    q.documentId = a.documentId;
    q.currentOnly = false;
    auto flags = FlagRepository(db).query(q);
    if (!flags)
        return flags.error();
    for (const FlagRow &f : *flags)
        if (touched.contains(f.flag.lineageId) && f.flag.status != ReviewStatus::Rejected)
            out.flagsTouched << f.flag.recordId();
    out.flagsTouched.sort();

    const bool textChanged = a.textSha256 != b.textSha256;
    out.silent = textChanged && !a.declaredUpdated.isEmpty() && a.declaredUpdated == b.declaredUpdated;
    QString summary;
    if (!textChanged) {
        summary = tr("The text did not change.");
    } else {
        summary = tr("%1 reworded, %2 added, %3 removed")
                      .arg(tr("%n clause(s)", reworded))
                      .arg(added.size())
                      .arg(removed.size());
        if (moved)
            summary += tr(", %n moved", moved);
        summary += QLatin1Char('.');
        if (!out.flagsTouched.isEmpty())
            summary += QLatin1Char(' ') + tr("The change touches %n flagged clause(s).",
                                             int(out.flagsTouched.size()));
        if (out.silent)
            summary += QLatin1Char(' ') +
                       tr("The document's own “last updated” date (%1) did not change: a silent change.")
                           .arg(b.declaredUpdated);
        else if (!b.declaredUpdated.isEmpty() && b.declaredUpdated != a.declaredUpdated)
            summary += QLatin1Char(' ') +
                       tr("The document announces it as updated on %1.").arg(b.declaredUpdated);
    }
    out.summary = summary;
    return out;
}

} // namespace cw
