#include "compare/AdoptionTimeline.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace cw {

QString adoptionEventKey(AdoptionEventKind k)
{
    switch (k) {
    case AdoptionEventKind::FirstCapture:
        return QStringLiteral("first_capture");
    case AdoptionEventKind::Changed:
        return QStringLiteral("changed");
    case AdoptionEventKind::Dropped:
        return QStringLiteral("dropped");
    case AdoptionEventKind::Introduced:
        break;
    }
    return QStringLiteral("introduced");
}

QList<AdoptionEvent> AdoptionTimeline::build(const QList<TimelineDocument> &documents,
                                             const QList<LineagePresence> &presence)
{
    struct InVersion
    {
        QSet<qint64> lineages;
        bool wordingChanged = false;
    };
    QHash<qint64, InVersion> byVersion;
    for (const LineagePresence &p : presence) {
        InVersion &v = byVersion[p.versionId];
        v.lineages.insert(p.lineageId);
        if (lineageWordingChanged(p.status))
            v.wordingChanged = true;
    }

    QList<AdoptionEvent> out;
    for (const TimelineDocument &d : documents) {
        const InVersion none;
        const InVersion *previous = nullptr;
        for (qsizetype i = 0; i < d.versions.size(); ++i) {
            const TimelineVersion &v = d.versions.at(i);
            const auto it = byVersion.constFind(v.id);
            const InVersion &now = it == byVersion.cend() ? none : *it;
            const InVersion &was = previous ? *previous : none;
            AdoptionEvent e;
            e.platformId = d.platformId;
            e.platform = d.platform;
            e.documentId = d.documentId;
            e.termsType = d.termsType;
            e.versionId = v.id;
            e.versionNumber = v.number;
            e.date = v.firstSeen;
            e.clausesBefore = int(was.lineages.size());
            e.clausesAfter = int(now.lineages.size());
            bool keep = true;
            if (i == 0) {
                e.kind = AdoptionEventKind::FirstCapture;
                keep = !now.lineages.isEmpty();
            } else if (was.lineages.isEmpty() && !now.lineages.isEmpty()) {
                e.kind = AdoptionEventKind::Introduced;
            } else if (!was.lineages.isEmpty() && now.lineages.isEmpty()) {
                e.kind = AdoptionEventKind::Dropped;
            } else if (!now.lineages.isEmpty() &&
                       (now.wordingChanged || now.lineages != was.lineages)) {
                e.kind = AdoptionEventKind::Changed;
            } else {
                keep = false;
            }
            if (keep)
                out.append(e);
            previous = &now;
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const AdoptionEvent &a, const AdoptionEvent &b) {
        if (a.date != b.date)
            return a.date < b.date;
        const int cmp = QString::compare(a.platform, b.platform, Qt::CaseInsensitive);
        if (cmp != 0)
            return cmp < 0;
        return a.documentId < b.documentId;
    });
    return out;
}

} // namespace cw
