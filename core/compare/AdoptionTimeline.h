#pragma once

#include "model/LineageStatus.h"

#include <QList>
#include <QString>

namespace cw {

/// One version of a document, for the timeline.
struct TimelineVersion
{
    qint64 id = 0;
    int number = 0;
    QString firstSeen; ///< UTC ISO 8601
};

/// A document and its versions in order.
struct TimelineDocument
{
    qint64 platformId = 0;
    QString platform;
    qint64 documentId = 0;
    QString termsType;
    QList<TimelineVersion> versions; ///< oldest first
};

/// A clause of a flagged lineage (of the type in question) in one version.
struct LineagePresence
{
    qint64 versionId = 0;
    qint64 lineageId = 0;
    LineageStatus status = LineageStatus::New;
};

enum class AdoptionEventKind {
    FirstCapture, ///< present in the document's first archived version (adopted before we looked)
    Introduced,   ///< absent in the previous version, present in this one
    Changed,      ///< present in both, and a clause of the type was added, reworded or removed
    Dropped,      ///< present in the previous version, absent in this one
};

/// "first_capture", "introduced", "changed", "dropped".
QString adoptionEventKey(AdoptionEventKind k);

struct AdoptionEvent
{
    qint64 platformId = 0;
    QString platform;
    qint64 documentId = 0;
    QString termsType;
    qint64 versionId = 0;
    int versionNumber = 0;
    QString date; ///< the version's first_seen
    AdoptionEventKind kind = AdoptionEventKind::Introduced;
    int clausesBefore = 0; ///< clauses of the type in the previous version
    int clausesAfter = 0;  ///< … and in this one
};

/// When each platform introduced, changed or dropped a clause type, from the
/// clause lineage across versions. Pure.
///
/// `presence` lists, for every version, the clauses whose lineage carries a
/// (non-rejected) flag of the type. A version with none is "absent". Events
/// come out sorted by date, then platform name, then document.
class AdoptionTimeline
{
public:
    static QList<AdoptionEvent> build(const QList<TimelineDocument> &documents,
                                      const QList<LineagePresence> &presence);
};

} // namespace cw
