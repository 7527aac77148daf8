#pragma once

#include "util/Result.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace cw {
class Database;
}

namespace cw::ui {

class DocumentListModel;
class TimelineStrip;
class VersionTimelineModel;

/// The selected platform's documents and, for the current document, its
/// captures: a timeline strip and a table (versions with what changed,
/// verifications, suspect captures), with "Compare with previous" and
/// "Read this version".
class DocumentPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentPanel(QWidget *parent = nullptr);

    /// Shows a platform's documents (0: none), keeping the current document
    /// when it is still listed.
    Status reload(const Database *db, qint64 platformId, const QString &platformName);
    /// Selects a document and, when given, the capture that made a version.
    bool selectDocument(qint64 documentId, qint64 versionId = 0);
    qint64 currentDocumentId() const;
    /// The version of the selected capture (its verified version for a
    /// verification), or the newest version when none is selected.
    qint64 currentVersionId() const;
    /// The version before the current one, or 0.
    qint64 previousVersionId() const;

    QTableView *documentView() const { return m_documents; }
    QTableView *versionView() const { return m_versions; }
    TimelineStrip *timeline() const { return m_timeline; }
    QPushButton *compareButton() const { return m_compare; }
    QPushButton *readButton() const { return m_read; }
    VersionTimelineModel *timelineModel() const { return m_timelineModel; }

Q_SIGNALS:
    void compareRequested(qint64 oldVersionId, qint64 newVersionId);
    void readRequested(qint64 versionId);
    /// A document's captures could not be read (the message is for people).
    void loadFailed(const QString &message);

private:
    void loadTimeline();
    void updateButtons();

    const Database *m_db = nullptr;
    DocumentListModel *m_documentModel;
    VersionTimelineModel *m_timelineModel;
    QLabel *m_title;
    QTableView *m_documents;
    TimelineStrip *m_timeline;
    QTableView *m_versions;
    QPushButton *m_compare;
    QPushButton *m_read;
    qint64 m_loadedDocument = 0;
};

} // namespace cw::ui
