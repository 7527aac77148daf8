#include "reader/DocumentReader.h"

#include "archive/ClauseRepository.h"
#include "archive/DocumentRepository.h"
#include "archive/PlatformRepository.h"
#include "archive/ProvisionRepository.h"
#include "archive/SnapshotRepository.h"
#include "archive/VersionRepository.h"
#include "detail/ProvisionHtml.h"
#include "reader/OriginalView.h"
#include "reader/ReaderTextView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cw::ui {

DocumentReader::DocumentReader(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel(tr("No document open"), this);
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.25);
    tf.setBold(true);
    m_title->setFont(tf);
    m_title->setTextFormat(Qt::PlainText);
    m_info = new QLabel(this);
    m_info->setForegroundRole(QPalette::PlaceholderText);
    m_versions = new QComboBox(this);
    m_versions->setToolTip(tr("Version of the document to read"));
    m_versions->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_original = new QPushButton(tr("View Original…"), this);
    m_original->setToolTip(tr("The snapshot exactly as captured (JavaScript off, network blocked)"));
    m_text = new ReaderTextView(this);

    auto *top = new QHBoxLayout;
    top->setSpacing(10);
    top->addWidget(m_title);
    top->addWidget(m_info, 1);
    top->addWidget(m_versions);
    top->addWidget(m_original);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addWidget(m_text, 1);

    connect(m_versions, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling && m_versions->currentData().toLongLong() != m_versionId)
            if (auto s = showVersion(m_versions->currentData().toLongLong()); !s)
                Q_EMIT loadFailed(s.error().toString());
    });
    connect(m_original, &QPushButton::clicked, this, [this] { viewOriginal(); });
    connect(m_text, &ReaderTextView::flagActivated, this, &DocumentReader::flagActivated);
    m_original->setEnabled(false);
}

void DocumentReader::setDatabase(const Database *db)
{
    m_db = db;
    m_versionId = 0;
    m_snapshotId.reset();
    m_title->setText(tr("No document open"));
    m_info->clear();
    m_versions->clear();
    m_text->setContent({}, {}, {});
    m_original->setEnabled(false);
}

Status DocumentReader::showVersion(qint64 versionId, qint64 clauseId)
{
    if (!m_db)
        return {};
    if (versionId != m_versionId) {
        auto version = VersionRepository(*m_db).get(versionId);
        if (!version)
            return version.error();
        if (!version->has_value())
            return makeError(tr("opening version %1").arg(versionId), tr("there is no such version"));
        const Version &v = **version;
        auto clauses = ClauseRepository(*m_db).forVersion(versionId);
        if (!clauses)
            return clauses.error();
        auto flags = ProvisionRepository(*m_db).flagsInVersion(versionId);
        if (!flags)
            return flags.error();
        auto doc = DocumentRepository(*m_db).get(v.documentId);
        if (!doc)
            return doc.error();
        auto all = VersionRepository(*m_db).forDocument(v.documentId);
        if (!all)
            return all.error();
        QString platform;
        if (doc->has_value()) {
            auto p = PlatformRepository(*m_db).get((*doc)->platformId);
            if (p && p->has_value())
                platform = (*p)->name;
        }
        m_versionId = versionId;
        m_snapshotId = v.firstSnapshotId;
        m_title->setText(doc->has_value() ? QStringLiteral("%1 — %2").arg(platform, (*doc)->termsType)
                                          : tr("Document"));
        m_filling = true;
        m_versions->clear();
        for (const Version &other : *all)
            m_versions->addItem(tr("Version %1 — %2").arg(other.number).arg(other.firstSeen.left(10)),
                                other.id);
        m_versions->setCurrentIndex(m_versions->findData(versionId));
        m_filling = false;
        m_text->setContent(v.text, *clauses, *flags);
        const int flagged = m_text->flaggedClauseCount();
        m_info->setText(tr("captured %1 · %2")
                            .arg(ProvisionHtml::utc(v.firstSeen),
                                 flagged == 1 ? tr("1 flagged clause")
                                              : tr("%1 flagged clauses").arg(flagged)));
        m_original->setEnabled(m_snapshotId.has_value());
    }
    if (clauseId)
        m_text->scrollToClause(clauseId);
    return {};
}

OriginalView *DocumentReader::viewOriginal()
{
    if (!m_db || !m_snapshotId)
        return nullptr;
    auto snap = SnapshotRepository(*m_db).get(*m_snapshotId, true);
    if (!snap || !snap->has_value())
        return nullptr;
    if (m_originalView)
        m_originalView->close();
    m_originalView = new OriginalView(**snap, this);
    m_originalView->setAttribute(Qt::WA_DeleteOnClose);
    m_originalView->show();
    return m_originalView;
}

} // namespace cw::ui
