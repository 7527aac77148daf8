#include "browse/DocumentPanel.h"

#include "browse/TimelineStrip.h"
#include "models/DocumentListModel.h"
#include "models/VersionTimelineModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cw::ui {

namespace {
QTableView *makeTable(QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setShowGrid(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}
} // namespace

DocumentPanel::DocumentPanel(QWidget *parent)
    : QWidget(parent), m_documentModel(new DocumentListModel(this)),
      m_timelineModel(new VersionTimelineModel(this))
{
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    QFont tf = m_title->font();
    tf.setBold(true);
    m_title->setFont(tf);

    m_documents = makeTable(this, QStringLiteral("documentView"));
    m_documents->setModel(m_documentModel);
    QHeaderView *dh = m_documents->horizontalHeader();
    dh->setSectionResizeMode(QHeaderView::ResizeToContents);
    dh->setSectionResizeMode(int(DocumentListModel::Column::Title), QHeaderView::Stretch);
    m_documents->setColumnHidden(int(DocumentListModel::Column::LastVerified), true);
    m_documents->setMaximumHeight(m_documents->verticalHeader()->defaultSectionSize() * 4 +
                                  dh->sizeHint().height() + 4);

    m_timeline = new TimelineStrip(this);
    m_versions = makeTable(this, QStringLiteral("versionView"));
    m_versions->setModel(m_timelineModel);
    QHeaderView *vh = m_versions->horizontalHeader();
    vh->setSectionResizeMode(QHeaderView::ResizeToContents);
    vh->setSectionResizeMode(int(VersionTimelineModel::Column::Changes), QHeaderView::Stretch);

    m_compare = new QPushButton(tr("Compare with Previous"), this);
    m_compare->setToolTip(tr("Show what changed between this version and the one before"));
    m_read = new QPushButton(tr("Read This Version"), this);
    m_read->setToolTip(tr("Open the whole text of this version in the reader"));

    auto *versionsTitle = new QLabel(tr("Versions and captures"), this);
    versionsTitle->setFont(tf);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_read);
    buttons->addWidget(m_compare);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_documents);
    layout->addSpacing(4);
    layout->addWidget(versionsTitle);
    layout->addWidget(m_timeline);
    layout->addWidget(m_versions, 1);
    layout->addLayout(buttons);

    connect(m_documents->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DocumentPanel::loadTimeline);
    connect(m_versions->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_timeline->setCurrent(current.row());
                updateButtons();
            });
    connect(m_timeline, &TimelineStrip::entryClicked, this, [this](int row) {
        m_versions->setCurrentIndex(m_timelineModel->index(row, 0));
    });
    connect(m_compare, &QPushButton::clicked, this, [this] {
        const qint64 previous = previousVersionId();
        if (previous)
            Q_EMIT compareRequested(previous, currentVersionId());
    });
    connect(m_read, &QPushButton::clicked, this, [this] {
        if (const qint64 v = currentVersionId())
            Q_EMIT readRequested(v);
    });
    connect(m_versions, &QTableView::doubleClicked, m_read, &QPushButton::click);
    updateButtons();
}

Status DocumentPanel::reload(const Database *db, qint64 platformId, const QString &platformName)
{
    m_db = db;
    const qint64 keep = currentDocumentId();
    m_title->setText(platformId ? tr("Documents of %1").arg(platformName) : tr("Documents"));
    Status status;
    if (db) // no platform: id -1 lists nothing
        status = m_documentModel->reload(*db, platformId ? platformId : -1);
    m_loadedDocument = 0;
    if (!(keep && selectDocument(keep)) && m_documentModel->rowCount() > 0)
        m_documents->setCurrentIndex(m_documentModel->index(0, 0));
    loadTimeline();
    return status;
}

bool DocumentPanel::selectDocument(qint64 documentId, qint64 versionId)
{
    for (int r = 0; r < m_documentModel->rowCount(); ++r) {
        if (m_documentModel->documentId(r) != documentId)
            continue;
        m_documents->setCurrentIndex(m_documentModel->index(r, 0));
        loadTimeline();
        if (versionId) {
            const int row = m_timelineModel->rowOfVersion(versionId);
            if (row >= 0)
                m_versions->setCurrentIndex(m_timelineModel->index(row, 0));
        }
        return true;
    }
    return false;
}

qint64 DocumentPanel::currentDocumentId() const
{
    return m_documentModel->documentId(m_documents->currentIndex().row());
}

qint64 DocumentPanel::currentVersionId() const
{
    const QModelIndex idx = m_versions->currentIndex();
    if (idx.isValid()) {
        const qint64 v = idx.data(VersionTimelineModel::VersionIdRole).toLongLong();
        if (v)
            return v;
    }
    // The newest version of the document.
    const auto &entries = m_timelineModel->entries();
    for (auto it = entries.rbegin(); it != entries.rend(); ++it)
        if (it->outcome == CaptureOutcome::Version && it->versionId)
            return *it->versionId;
    return 0;
}

qint64 DocumentPanel::previousVersionId() const
{
    return m_timelineModel->previousVersion(currentVersionId());
}

void DocumentPanel::loadTimeline()
{
    const qint64 doc = currentDocumentId();
    if (doc == m_loadedDocument && doc != 0)
        return;
    m_loadedDocument = doc;
    m_timelineModel->clear();
    if (m_db && doc)
        if (auto s = m_timelineModel->reload(*m_db, doc); !s)
            Q_EMIT loadFailed(s.error().toString());
    m_timeline->setEntries(m_timelineModel->entries());
    // The newest capture is where a reader starts.
    if (m_timelineModel->rowCount() > 0)
        m_versions->setCurrentIndex(m_timelineModel->index(m_timelineModel->rowCount() - 1, 0));
    m_versions->scrollToBottom();
    updateButtons();
}

void DocumentPanel::updateButtons()
{
    m_compare->setEnabled(previousVersionId() != 0);
    m_read->setEnabled(currentVersionId() != 0);
}

} // namespace cw::ui
