#include "services/VersionComparison.h"

#include "archive/ClauseRepository.h"
#include "archive/Database.h"
#include "archive/DocumentRepository.h"
#include "archive/PlatformRepository.h"
#include "archive/SnapshotRepository.h"
#include "archive/VersionRepository.h"
#include "diff/ClauseChangeJson.h"
#include "diff/ClauseChanges.h"
#include "diff/DiffJson.h"
#include "diff/JsonWriter.h"
#include "diff/VersionDiffer.h"
#include "segment/Segmenter.h"
#include "util/Time.h"

#include <QCoreApplication>
#include <QDateTime>
#include <thread>

namespace cw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::VersionComparison", text);
}

Error cancelledError(const QString &operation)
{
    return makeError(operation, tr("the comparison was cancelled"), QStringLiteral("cancelled"));
}

/// Flags of every lineage the two versions' clauses belong to, with their
/// clause type names.
Result<ClauseChanges::FlagsByLineage> flagsOf(const Database &db, qint64 oldId, qint64 newId)
{
    auto st = db.prepare(
        "SELECT f.id, f.lineage_id, f.type_key, coalesce(t.name, f.type_key), f.severity, "
        "f.status, f.changed_since_review FROM flags f "
        "LEFT JOIN clause_types t ON t.key = f.type_key "
        "WHERE f.lineage_id IN (SELECT lineage_id FROM clauses WHERE version_id IN (?1, ?2)) "
        "ORDER BY f.id");
    if (!st)
        return st.error();
    st->bind(1, oldId).bind(2, newId);
    ClauseChanges::FlagsByLineage out;
    while (true) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        ClauseFlagRef f;
        f.id = st->int64(0);
        f.typeKey = st->text(2);
        f.typeName = st->text(3);
        f.severity = severityFromKey(st->text(4)).value_or(Severity::Medium);
        f.status = reviewStatusFromKey(st->text(5));
        f.changedSinceReview = st->integer(6) != 0;
        out[st->int64(1)].append(f);
    }
    return out;
}

Result<ComparedVersion> describe(const Database &db, const Version &v)
{
    ComparedVersion c;
    c.id = v.id;
    c.number = v.number;
    c.label = tr("Version %1").arg(v.number);
    c.capturedAt = v.firstSeen;
    c.lastVerified = v.lastVerified;
    c.declaredUpdated = v.declaredUpdated;
    c.textSha256 = v.textSha256;
    if (v.firstSnapshotId) {
        auto snap = SnapshotRepository(db).get(*v.firstSnapshotId, false);
        if (!snap)
            return snap.error();
        if (snap->has_value()) {
            c.rawSha256 = (*snap)->rawSha256;
            c.source = (*snap)->origin;
        }
    }
    return c;
}

void writeSide(JsonWriter &w, const ComparedVersion &v)
{
    w.raw('{');
    if (v.id)
        w.key("id").number(v.id).raw(',').key("number").number(v.number).raw(',');
    w.key("label").string(v.label);
    w.raw(',').key("capturedAt").string(v.capturedAt);
    w.raw(',').key("declaredUpdated").string(v.declaredUpdated);
    w.raw(',').key("textSha256").string(v.textSha256);
    w.raw(',').key("rawSha256").string(v.rawSha256);
    w.raw(',').key("source").string(v.source);
    w.raw('}');
}

} // namespace

RedlineHeader VersionComparison::redlineHeader() const
{
    RedlineHeader h;
    h.platform = platform;
    h.document = documentTitle;
    h.termsType = termsType;
    h.recordId = documentRecordId;
    h.title = documentTitle.isEmpty()
                  ? tr("Redline: %1 → %2").arg(oldVersion.label, newVersion.label)
                  : tr("Redline: %1").arg(documentTitle);
    h.generatedAt = toIsoUtc(QDateTime::currentDateTimeUtc());
    const auto side = [](const ComparedVersion &v) {
        RedlineHeader::Side s;
        s.label = v.label;
        s.capturedAt = v.capturedAt;
        s.declaredUpdated = v.declaredUpdated;
        s.textSha256 = v.textSha256;
        s.rawSha256 = v.rawSha256;
        s.source = v.source;
        return s;
    };
    h.oldSide = side(oldVersion);
    h.newSide = side(newVersion);
    return h;
}

QByteArray VersionComparison::toJsonBytes() const
{
    return toJsonBytes(DiffJson::toJsonBytes(diff));
}

QByteArray VersionComparison::toJsonBytes(QByteArray diffJson) const
{
    QByteArray out = std::move(diffJson);
    // The engine's object, re-opened to add the comparison's members.
    if (out.endsWith('}'))
        out.chop(1);
    out.reserve(out.size() + 4096 + clauses.changes.size() * 200);
    JsonWriter w(out);
    w.raw(',').key("clauses");
    ClauseChangeJson::write(w, clauses);
    w.raw(',').key("summary");
    ClauseChangeJson::write(w, summary);
    w.raw(',').key("versions").raw('{').key("old");
    writeSide(w, oldVersion);
    w.raw(',').key("new");
    writeSide(w, newVersion);
    w.raw('}');
    if (documentId) {
        w.raw(',').key("document").raw('{').key("id").number(documentId);
        w.raw(',').key("record").string(documentRecordId);
        w.raw(',').key("platform").string(platform);
        w.raw(',').key("title").string(documentTitle);
        w.raw(',').key("type").string(termsType);
        w.raw('}');
    }
    w.raw('}');
    return out;
}

Result<VersionComparison> compareVersions(const Database &db, qint64 oldVersionId,
                                          qint64 newVersionId, const DiffOptions &options,
                                          const std::atomic_bool *cancel)
{
    const QString op = tr("comparing versions %1 and %2").arg(oldVersionId).arg(newVersionId);
    VersionRepository versions(db);
    auto oldV = versions.get(oldVersionId);
    if (!oldV)
        return oldV.error();
    auto newV = versions.get(newVersionId);
    if (!newV)
        return newV.error();
    if (!oldV->has_value())
        return makeError(op, tr("there is no version %1").arg(oldVersionId));
    if (!newV->has_value())
        return makeError(op, tr("there is no version %1").arg(newVersionId));
    const Version &o = **oldV;
    const Version &n = **newV;
    if (o.documentId != n.documentId)
        return makeError(op, tr("the versions belong to different documents (%1 and %2)")
                                 .arg(recordId(RecordKind::Document, o.documentId),
                                      recordId(RecordKind::Document, n.documentId)));

    VersionComparison c;
    c.documentId = o.documentId;
    c.options = options;
    auto doc = DocumentRepository(db).get(o.documentId);
    if (!doc)
        return doc.error();
    if (doc->has_value()) {
        const Document &d = **doc;
        c.documentTitle = d.title;
        c.termsType = d.termsType;
        c.documentRecordId = d.recordId();
        auto platform = PlatformRepository(db).get(d.platformId);
        if (!platform)
            return platform.error();
        if (platform->has_value())
            c.platform = (*platform)->name;
    }
    auto oldSide = describe(db, o);
    if (!oldSide)
        return oldSide.error();
    auto newSide = describe(db, n);
    if (!newSide)
        return newSide.error();
    c.oldVersion = std::move(*oldSide);
    c.newVersion = std::move(*newSide);

    ClauseRepository clauses(db);
    auto oldClauses = clauses.forVersion(o.id);
    if (!oldClauses)
        return oldClauses.error();
    auto newClauses = clauses.forVersion(n.id);
    if (!newClauses)
        return newClauses.error();
    auto flags = flagsOf(db, o.id, n.id);
    if (!flags)
        return flags.error();
    if (cancel && cancel->load())
        return cancelledError(op);

    c.diff = VersionDiffer::diff(o.text, n.text, options, cancel);
    if (c.diff.cancelled)
        return cancelledError(op);
    c.clauses = ClauseChanges::fromLineage(*oldClauses, *newClauses, c.diff, *flags, options);
    c.summary = ChangeSummary::build(c.clauses, c.diff.stats);
    return c;
}

VersionComparison compareTexts(const QString &oldText, const QString &newText,
                               const DiffOptions &options, const std::atomic_bool *cancel,
                               const DiffReadyHook &diffReady)
{
    VersionComparison c;
    c.options = options;
    QList<ClauseSpan> oldSpans;
    QList<ClauseSpan> newSpans;
    // Segmentation is independent of the diff: on large texts each side is
    // segmented on a thread of its own meanwhile (a thread costs ~0.1 ms; the
    // segmentation of a 700 KB pair costs about as much as its diff).
    constexpr qsizetype kParallelFrom = 64 * 1024;
    if (oldText.size() + newText.size() >= kParallelFrom) {
        std::thread oldWorker([&] { oldSpans = Segmenter::segment(oldText); });
        std::thread newWorker([&] { newSpans = Segmenter::segment(newText); });
        c.diff = VersionDiffer::diff(oldText, newText, options, cancel);
        oldWorker.join();
        newWorker.join();
    } else {
        c.diff = VersionDiffer::diff(oldText, newText, options, cancel);
        if (!c.diff.cancelled) {
            oldSpans = Segmenter::segment(oldText);
            newSpans = Segmenter::segment(newText);
        }
    }
    if (c.diff.cancelled)
        return c;
    if (diffReady)
        diffReady(c.diff);
    c.clauses = ClauseChanges::fromSegments(c.diff, oldSpans, newSpans, options);
    c.summary = ChangeSummary::build(c.clauses, c.diff.stats);
    return c;
}

} // namespace cw
