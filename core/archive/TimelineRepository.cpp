#include "archive/TimelineRepository.h"

#include "archive/Database.h"
#include "archive/Rows.h"

#include <QHash>

namespace cw {

namespace {

struct VersionStats
{
    int added = 0;
    int modified = 0;
    int moved = 0;
    int removed = 0;
    int flagsReturned = 0;
};

} // namespace

Result<QList<TimelineEntry>> TimelineRepository::forDocument(qint64 documentId) const
{
    // Clause changes per version: the lineage status of each clause says how
    // it relates to the previous version; removed lineages are those of the
    // previous version that do not reach this one.
    // Clause changes per version, from the lineage status of each clause
    // (counted in the index). A lineage appears at most once per version, so
    // the lineages of the previous version that do not continue here are its
    // clause count minus this version's continuing (not new) clauses.
    auto stats = m_db.prepare(R"SQL(
        WITH doc_versions AS MATERIALIZED (
            SELECT id, number FROM versions INDEXED BY versions_meta_by_document
            WHERE document_id = ?1),
        counted AS (
            SELECT dv.id, dv.number,
                (SELECT count(*) FROM clauses c INDEXED BY clauses_version_status
                  WHERE c.version_id = dv.id) AS total,
                (SELECT count(*) FROM clauses c INDEXED BY clauses_version_status
                  WHERE c.version_id = dv.id AND c.lineage_status = 'new') AS added,
                (SELECT count(*) FROM clauses c INDEXED BY clauses_version_status
                  WHERE c.version_id = dv.id AND c.lineage_status = 'modified') AS modified,
                (SELECT count(*) FROM clauses c INDEXED BY clauses_version_status
                  WHERE c.version_id = dv.id AND c.lineage_status = 'moved') AS moved
            FROM doc_versions dv)
        SELECT cur.id, cur.added, cur.modified, cur.moved,
               max(0, prev.total - (cur.total - cur.added))
        FROM counted cur JOIN counted prev ON prev.number = cur.number - 1)SQL");
    if (!stats)
        return stats.error();
    stats->bind(1, documentId);
    QHash<qint64, VersionStats> byVersion;
    CW_TRY(forEachRow(*stats, [&](const Statement &s) {
        byVersion.insert(s.int64(0), VersionStats{s.integer(1), s.integer(2), s.integer(3),
                                                  s.integer(4), 0});
    }));
    // Flags returned to review, per version of this document (few rows:
    // the partial index holds only changed flags).
    auto returned = m_db.prepare(R"SQL(
        SELECT c.version_id, count(*)
        FROM flags f INDEXED BY flags_changed
        JOIN clauses c INDEXED BY clauses_search_meta ON c.id = f.clause_id
        WHERE f.changed_since_review = 1
          AND c.version_id IN (SELECT id FROM versions INDEXED BY versions_meta_by_document
                               WHERE document_id = ?1)
        GROUP BY c.version_id)SQL");
    if (!returned)
        return returned.error();
    returned->bind(1, documentId);
    CW_TRY(forEachRow(*returned, [&](const Statement &s) {
        auto it = byVersion.find(s.int64(0));
        if (it != byVersion.end())
            it->flagsReturned = s.integer(1);
    }));

    auto st = m_db.prepare(R"SQL(
        SELECT s.id, s.captured_at, s.outcome, s.quality = 'suspect', s.quality_reason,
               s.origin_kind, s.version_id, coalesce(v.number, 0),
               coalesce(v.declared_updated, ''), coalesce(v.last_verified, '')
        FROM snapshots s INDEXED BY snapshots_timeline
        LEFT JOIN versions v INDEXED BY versions_meta_by_id ON v.id = s.version_id
        WHERE s.document_id = ?1
        ORDER BY s.captured_at, s.id)SQL");
    if (!st)
        return st.error();
    st->bind(1, documentId);
    return collectRows<TimelineEntry>(*st, [&](const Statement &s) {
        TimelineEntry e;
        e.snapshotId = s.int64(0);
        e.capturedAt = s.text(1);
        e.outcome = captureOutcomeFromKey(s.text(2));
        e.suspect = s.int64(3) != 0;
        e.qualityReason = s.text(4);
        e.originKind = s.text(5);
        e.versionId = s.optInt64(6);
        e.versionNumber = s.integer(7);
        e.declaredUpdated = s.text(8);
        e.lastVerified = s.text(9);
        if (e.outcome == CaptureOutcome::Version && e.versionId) {
            const VersionStats v = byVersion.value(*e.versionId);
            e.clausesAdded = v.added;
            e.clausesModified = v.modified;
            e.clausesMoved = v.moved;
            e.clausesRemoved = v.removed;
            e.flagsReturned = v.flagsReturned;
        }
        return e;
    });
}

} // namespace cw
