#include "models/VersionTimelineModel.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace cw::ui {

namespace {
QString dateTime(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : iso;
}
QString date(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    if (t.isValid())
        return t.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
    return iso;
}
} // namespace

VersionTimelineModel::VersionTimelineModel(QObject *parent) : QAbstractTableModel(parent) {}

Status VersionTimelineModel::reload(const Database &db, qint64 documentId)
{
    auto rows = TimelineRepository(db).forDocument(documentId);
    if (!rows)
        return rows.error();
    beginResetModel();
    m_entries = std::move(*rows);
    endResetModel();
    return {};
}

void VersionTimelineModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

qint64 VersionTimelineModel::previousVersion(qint64 versionId) const
{
    int number = 0;
    for (const TimelineEntry &e : m_entries)
        if (e.versionId == versionId)
            number = e.versionNumber;
    for (const TimelineEntry &e : m_entries)
        if (e.outcome == CaptureOutcome::Version && e.versionNumber == number - 1 && e.versionId)
            return *e.versionId;
    return 0;
}

int VersionTimelineModel::rowOfVersion(qint64 versionId) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).outcome == CaptureOutcome::Version && m_entries.at(i).versionId == versionId)
            return i;
    return -1;
}

QString VersionTimelineModel::eventText(const TimelineEntry &e)
{
    if (e.suspect || e.outcome == CaptureOutcome::Suspect)
        return tr("⚠ Suspect capture — not used");
    switch (e.outcome) {
    case CaptureOutcome::Version:
        return e.versionNumber == 1 ? tr("Version 1 — first capture")
                                    : tr("Version %1 — changed").arg(e.versionNumber);
    case CaptureOutcome::Verification: return tr("Verified — same text as version %1").arg(e.versionNumber);
    case CaptureOutcome::Technical: return tr("Re-extracted (no change) — version %1").arg(e.versionNumber);
    case CaptureOutcome::Suspect: break;
    }
    return {};
}

QString VersionTimelineModel::changesText(const TimelineEntry &e)
{
    if (!e.isChange())
        return {};
    QStringList parts;
    if (e.clausesAdded)
        parts << tr("%1 added").arg(e.clausesAdded);
    if (e.clausesModified)
        parts << tr("%1 modified").arg(e.clausesModified);
    if (e.clausesMoved)
        parts << tr("%1 moved").arg(e.clausesMoved);
    if (e.clausesRemoved)
        parts << tr("%1 removed").arg(e.clausesRemoved);
    return parts.isEmpty() ? tr("wording only") : parts.join(QStringLiteral(", "));
}

int VersionTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int VersionTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant VersionTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEntry &e = m_entries.at(index.row());
    switch (role) {
    case VersionIdRole: return e.versionId.value_or(0);
    case VersionNumberRole: return e.versionNumber;
    case OutcomeRole: return int(e.outcome);
    case IsChangeRole: return e.isChange();
    case SuspectRole: return e.suspect;
    default: break;
    }
    const auto column = Column(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Captured: return dateTime(e.capturedAt);
        case Column::Event: return eventText(e);
        case Column::Changes: return changesText(e);
        case Column::LastVerified:
            return e.outcome == CaptureOutcome::Version ? date(e.lastVerified) : QString();
        case Column::Declared: return e.outcome == CaptureOutcome::Version ? e.declaredUpdated : QString();
        case Column::Count: break;
        }
    }
    if (role == Qt::FontRole && column == Column::Event && e.outcome == CaptureOutcome::Version) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ToolTipRole) {
        QString tip = tr("Captured %1 UTC (%2)").arg(dateTime(e.capturedAt), e.originKind);
        if (e.suspect && !e.qualityReason.isEmpty())
            tip += QLatin1Char('\n') + tr("Suspect: %1").arg(e.qualityReason);
        if (e.flagsReturned > 0)
            tip += QLatin1Char('\n') + (e.flagsReturned == 1
                                             ? tr("1 flag returned to review")
                                             : tr("%1 flags returned to review").arg(e.flagsReturned));
        return tip;
    }
    return {};
}

QVariant VersionTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Captured: return tr("Captured (UTC)");
    case Column::Event: return tr("Event");
    case Column::Changes: return tr("Clause changes");
    case Column::LastVerified: return tr("Last verified");
    case Column::Declared: return tr("Says updated");
    case Column::Count: break;
    }
    return {};
}

} // namespace cw::ui
