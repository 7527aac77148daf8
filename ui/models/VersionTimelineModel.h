#pragma once

#include "archive/TimelineRepository.h"

#include <QAbstractTableModel>

namespace cw {
class Database;
}

namespace cw::ui {

/// A document's captures, oldest first: new versions (with what changed),
/// verifications and suspect captures. Small (tens of rows): loaded whole.
class VersionTimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Captured, Event, Changes, LastVerified, Declared, Count };
    enum Role {
        VersionIdRole = Qt::UserRole + 1, ///< qint64, 0 when none
        VersionNumberRole,
        OutcomeRole,  ///< int(CaptureOutcome)
        IsChangeRole, ///< bool: a new version after the first
        SuspectRole,
    };

    explicit VersionTimelineModel(QObject *parent = nullptr);

    Status reload(const Database &db, qint64 documentId);
    void clear();
    const QList<TimelineEntry> &entries() const { return m_entries; }
    /// The version before `versionId` in this document, or 0.
    qint64 previousVersion(qint64 versionId) const;
    /// The row of the capture that made `versionId`, or -1.
    int rowOfVersion(qint64 versionId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString eventText(const TimelineEntry &e);
    static QString changesText(const TimelineEntry &e);

private:
    QList<TimelineEntry> m_entries;
};

} // namespace cw::ui
