#include "memo/MemoComposerDialog.h"

#include "archive/Database.h"
#include "archive/DocumentRepository.h"
#include "archive/PlatformRepository.h"
#include "archive/VersionRepository.h"
#include "dialogs/Dialogs.h"
#include "memo/MemoArchiveReader.h"
#include "memo/MemoRenderer.h"
#include "memo/MemoSigner.h"
#include "memo/MemoText.h"
#include "model/RecordId.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>
#include <QWebEnginePage>
#include <QWebEngineView>

namespace cw::ui {

namespace {

// The preview shows the memo and nothing else: links inside the memo move
// within it; any other navigation is refused.
class PreviewPage final : public QWebEnginePage
{
public:
    using QWebEnginePage::QWebEnginePage;

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override
    {
        if (type != NavigationTypeLinkClicked)
            return isMainFrame;
        return url.adjusted(QUrl::RemoveFragment) == this->url().adjusted(QUrl::RemoveFragment);
    }
};

QString safeFileName(QString s)
{
    s.replace(QRegularExpression(QStringLiteral("[^\\w\\-]+")), QStringLiteral("-"));
    return s.left(60).trimmed();
}

} // namespace

MemoComposerDialog::MemoComposerDialog(const Database &db, Dialogs &dialogs, QWidget *parent,
                                       const QString &signingKeyPath)
    : QDialog(parent), m_db(db), m_dialogs(dialogs),
      m_keyPath(signingKeyPath.isEmpty() ? MemoSigner::defaultKeyPath() : signingKeyPath)
{
    setWindowTitle(tr("New Memo"));
    resize(1280, 860);
    m_renderer = new MemoRenderer(this);
    connect(m_renderer, &MemoRenderer::printed, this, &MemoComposerDialog::onPrinted);
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(350);
    connect(m_refresh, &QTimer::timeout, this, &MemoComposerDialog::refreshPreview);

    auto *formScroll = new QScrollArea(this);
    formScroll->setWidgetResizable(true);
    formScroll->setWidget(buildForm());
    formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    formScroll->setMinimumWidth(450);

    m_preview = new QWebEngineView(this);
    auto *page = new PreviewPage(m_renderer->profile(), m_preview);
    MemoRenderer::secure(page);
    m_preview->setPage(page);
    connect(page, &QWebEnginePage::loadFinished, this, [this](bool ok) { Q_EMIT previewUpdated(ok); });

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *note = new QLabel(tr("Preview. The PDF adds page numbers, the running header and footer, "
                               "and its seal."), right);
    note->setWordWrap(true);
    rightLayout->addWidget(note);
    rightLayout->addWidget(m_preview, 1);

    auto *split = new QSplitter(this);
    split->addWidget(formScroll);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({460, 820});

    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setObjectName(QStringLiteral("memoStatus"));
    auto *buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(tr("Export PDF…"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportPdf"));
    buttons->addButton(QDialogButtonBox::Close);
    connect(m_export, &QPushButton::clicked, this, &MemoComposerDialog::exportPdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);

    loadChoices();
    updateScopeWidgets();
    scheduleRefresh();
}

MemoComposerDialog::~MemoComposerDialog()
{
    // The preview's page must go before the renderer's profile.
    delete m_preview;
    m_preview = nullptr;
}

QWidget *MemoComposerDialog::buildForm()
{
    auto *form = new QWidget(this);
    auto *layout = new QVBoxLayout(form);

    auto *scopeBox = new QGroupBox(tr("What the memo covers"), form);
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    m_scope = new QButtonGroup(this);
    m_byPlatform = new QRadioButton(tr("One platform"), scopeBox);
    m_byType = new QRadioButton(tr("One clause type across platforms"), scopeBox);
    m_byDiff = new QRadioButton(tr("The change between two versions"), scopeBox);
    m_byFlags = new QRadioButton(tr("Selected flags"), scopeBox);
    m_byPlatform->setChecked(true);
    m_platform = new QComboBox(scopeBox);
    m_platform->setObjectName(QStringLiteral("memoPlatform"));
    m_documents = new QListWidget(scopeBox);
    m_documents->setMaximumHeight(90);
    m_type = new QComboBox(scopeBox);
    m_diffDocument = new QComboBox(scopeBox);
    m_fromVersion = new QComboBox(scopeBox);
    m_toVersion = new QComboBox(scopeBox);
    m_flags = new QLineEdit(scopeBox);
    m_flags->setPlaceholderText(tr("CW-P-000012, CW-P-000015 …"));
    auto *diffRow = new QHBoxLayout;
    diffRow->addWidget(m_fromVersion);
    diffRow->addWidget(new QLabel(QStringLiteral("→"), scopeBox));
    diffRow->addWidget(m_toVersion);
    int id = 0;
    for (QRadioButton *b : {m_byPlatform, m_byType, m_byDiff, m_byFlags})
        m_scope->addButton(b, id++);
    scopeLayout->addWidget(m_byPlatform);
    scopeLayout->addWidget(m_platform);
    scopeLayout->addWidget(m_documents);
    scopeLayout->addWidget(m_byType);
    scopeLayout->addWidget(m_type);
    scopeLayout->addWidget(m_byDiff);
    scopeLayout->addWidget(m_diffDocument);
    scopeLayout->addLayout(diffRow);
    scopeLayout->addWidget(m_byFlags);
    scopeLayout->addWidget(m_flags);
    layout->addWidget(scopeBox);

    auto *optBox = new QGroupBox(tr("Contents"), form);
    auto *optLayout = new QVBoxLayout(optBox);
    m_originals = new QCheckBox(tr("Original clause wording"), optBox);
    m_plain = new QCheckBox(tr("Plain-language readings"), optBox);
    m_regulations = new QCheckBox(tr("Regulations"), optBox);
    m_changes = new QCheckBox(tr("Changes since the last review"), optBox);
    m_sinceEnabled = new QCheckBox(tr("Since"), optBox);
    m_sinceEnabled->setToolTip(tr("Otherwise: since the previous memo on the same scope."));
    m_since = new QDateEdit(QDate::currentDate().addYears(-1), optBox);
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_benchmark = new QCheckBox(tr("Cross-platform benchmark"), optBox);
    m_appendix = new QCheckBox(tr("Evidence appendix"), optBox);
    m_rejected = new QCheckBox(tr("Include flags an analyst rejected"), optBox);
    for (QCheckBox *c : {m_originals, m_plain, m_regulations, m_changes, m_benchmark, m_appendix})
        c->setChecked(true);
    auto *sinceRow = new QHBoxLayout;
    sinceRow->setContentsMargins(20, 0, 0, 0);
    sinceRow->addWidget(m_sinceEnabled);
    sinceRow->addWidget(m_since);
    sinceRow->addStretch(1);
    optLayout->addWidget(m_originals);
    optLayout->addWidget(m_plain);
    optLayout->addWidget(m_regulations);
    optLayout->addWidget(m_changes);
    optLayout->addLayout(sinceRow);
    optLayout->addWidget(m_benchmark);
    optLayout->addWidget(m_appendix);
    optLayout->addWidget(m_rejected);
    layout->addWidget(optBox);

    auto *headBox = new QGroupBox(tr("Letterhead"), form);
    auto *head = new QFormLayout(headBox);
    m_to = new QLineEdit(headBox);
    m_from = new QLineEdit(headBox);
    m_subject = new QLineEdit(headBox);
    m_subject->setPlaceholderText(tr("From the scope"));
    m_date = new QDateEdit(QDate::currentDate(), headBox);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_paper = new QComboBox(headBox);
    m_paper->addItem(tr("A4"), int(PaperSize::A4));
    m_paper->addItem(tr("US Letter"), int(PaperSize::Letter));
    head->addRow(tr("To"), m_to);
    head->addRow(tr("From"), m_from);
    head->addRow(tr("Subject"), m_subject);
    head->addRow(tr("Date"), m_date);
    head->addRow(tr("Paper"), m_paper);
    layout->addWidget(headBox);

    auto *signBox = new QGroupBox(tr("Signature"), form);
    auto *signLayout = new QVBoxLayout(signBox);
    m_sign = new QCheckBox(tr("Sign with my Ed25519 key (created on first use)"), signBox);
    auto *exportKey = new QPushButton(tr("Export My Public Key…"), signBox);
    connect(exportKey, &QPushButton::clicked, this, &MemoComposerDialog::exportPublicKey);
    signLayout->addWidget(m_sign);
    signLayout->addWidget(exportKey, 0, Qt::AlignLeft);
    layout->addWidget(signBox);
    layout->addStretch(1);

    // Any change to the form refreshes the preview after a short pause.
    connect(m_scope, &QButtonGroup::idClicked, this, [this] {
        updateScopeWidgets();
        scheduleRefresh();
    });
    connect(m_platform, &QComboBox::currentIndexChanged, this, [this] {
        reloadDocuments();
        scheduleRefresh();
    });
    connect(m_diffDocument, &QComboBox::currentIndexChanged, this, [this] {
        reloadVersions();
        scheduleRefresh();
    });
    for (QComboBox *c : {m_type, m_fromVersion, m_toVersion, m_paper})
        connect(c, &QComboBox::currentIndexChanged, this, &MemoComposerDialog::scheduleRefresh);
    for (QCheckBox *c : {m_originals, m_plain, m_regulations, m_changes, m_sinceEnabled, m_benchmark,
                         m_appendix, m_rejected, m_sign})
        connect(c, &QCheckBox::toggled, this, &MemoComposerDialog::scheduleRefresh);
    for (QLineEdit *e : {m_flags, m_to, m_from, m_subject})
        connect(e, &QLineEdit::textChanged, this, &MemoComposerDialog::scheduleRefresh);
    for (QDateEdit *d : {m_since, m_date})
        connect(d, &QDateEdit::dateChanged, this, &MemoComposerDialog::scheduleRefresh);
    connect(m_documents, &QListWidget::itemChanged, this, &MemoComposerDialog::scheduleRefresh);
    return form;
}

void MemoComposerDialog::loadChoices()
{
    QSignalBlocker b1(m_platform), b2(m_type), b3(m_diffDocument);
    if (auto platforms = PlatformRepository(m_db).all(); platforms)
        for (const Platform &p : *platforms)
            m_platform->addItem(p.name, p.id);
    if (auto types = MemoArchiveReader(m_db).clauseTypeNames(); types)
        for (const auto &[key, name] : *types)
            m_type->addItem(name, key);
    if (auto docs = DocumentRepository(m_db).summaries(); docs)
        for (const DocumentSummary &d : *docs)
            m_diffDocument->addItem(QStringLiteral("%1 — %2").arg(d.platformName,
                                                                  d.document.title.isEmpty() ? d.document.termsType
                                                                                             : d.document.title),
                                    d.document.id);
    reloadDocuments();
    reloadVersions();
}

void MemoComposerDialog::reloadDocuments()
{
    QSignalBlocker block(m_documents);
    m_documents->clear();
    const qint64 platform = m_platform->currentData().toLongLong();
    if (!platform)
        return;
    if (auto docs = DocumentRepository(m_db).summaries(platform); docs)
        for (const DocumentSummary &d : *docs) {
            auto *item = new QListWidgetItem(
                QStringLiteral("%1 (%2)").arg(d.document.title.isEmpty() ? d.document.termsType : d.document.title,
                                              d.document.recordId()),
                m_documents);
            item->setData(Qt::UserRole, d.document.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
}

void MemoComposerDialog::reloadVersions()
{
    QSignalBlocker b1(m_fromVersion), b2(m_toVersion);
    m_fromVersion->clear();
    m_toVersion->clear();
    const qint64 doc = m_diffDocument->currentData().toLongLong();
    if (!doc)
        return;
    if (auto versions = VersionRepository(m_db).forDocument(doc); versions) {
        for (const Version &v : *versions) {
            const QString label = tr("v%1 — %2").arg(QString::number(v.number), v.firstSeen.left(10));
            m_fromVersion->addItem(label, v.id);
            m_toVersion->addItem(label, v.id);
        }
        m_fromVersion->setCurrentIndex(qMax(0, int(versions->size()) - 2));
        m_toVersion->setCurrentIndex(int(versions->size()) - 1);
    }
}

void MemoComposerDialog::updateScopeWidgets()
{
    const int s = m_scope->checkedId();
    m_platform->setEnabled(s == 0);
    m_documents->setEnabled(s == 0);
    m_type->setEnabled(s == 1);
    m_diffDocument->setEnabled(s == 2);
    m_fromVersion->setEnabled(s == 2);
    m_toVersion->setEnabled(s == 2);
    m_flags->setEnabled(s == 3);
}

void MemoComposerDialog::selectPlatform(const QString &name)
{
    const int i = m_platform->findText(name, Qt::MatchFixedString);
    if (i < 0)
        return;
    m_byPlatform->setChecked(true);
    m_platform->setCurrentIndex(i);
    updateScopeWidgets();
    scheduleRefresh();
}

void MemoComposerDialog::setFlagSelection(const QList<qint64> &flagIds)
{
    QStringList ids;
    for (const qint64 id : flagIds)
        ids << recordId(RecordKind::Provision, id);
    m_byFlags->setChecked(true);
    m_flags->setText(ids.join(QStringLiteral(", ")));
    updateScopeWidgets();
    scheduleRefresh();
}

MemoSpec MemoComposerDialog::spec() const
{
    MemoSpec s;
    switch (m_scope->checkedId()) {
    case 1:
        s.scope = MemoScope::ClauseType;
        s.typeKey = m_type->currentData().toString();
        break;
    case 2:
        s.scope = MemoScope::Diff;
        s.fromVersionId = m_fromVersion->currentData().toLongLong();
        s.toVersionId = m_toVersion->currentData().toLongLong();
        break;
    case 3:
        s.scope = MemoScope::Flags;
        for (const QString &part : m_flags->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
            bool ok = false;
            qint64 id = part.toLongLong(&ok);
            if (!ok)
                id = parseRecordId(RecordKind::Provision, part).value_or(0);
            if (id > 0)
                s.flagIds << id;
        }
        break;
    default: {
        s.scope = MemoScope::Platform;
        s.platform = m_platform->currentText();
        QList<qint64> checked;
        for (int i = 0; i < m_documents->count(); ++i)
            if (m_documents->item(i)->checkState() == Qt::Checked)
                checked << m_documents->item(i)->data(Qt::UserRole).toLongLong();
        if (checked.size() != m_documents->count())
            s.documentIds = checked.isEmpty() ? QList<qint64>{-1} : checked; // none: refuse, not "all"
    }
    }
    s.options.includeOriginals = m_originals->isChecked();
    s.options.plainLanguage = m_plain->isChecked();
    s.options.regulations = m_regulations->isChecked();
    s.options.changes = m_changes->isChecked();
    if (m_changes->isChecked() && m_sinceEnabled->isChecked())
        s.options.changesSince = m_since->date().toString(Qt::ISODate);
    s.options.benchmark = m_benchmark->isChecked();
    s.options.evidenceAppendix = m_appendix->isChecked();
    s.options.includeRejected = m_rejected->isChecked();
    s.paper = PaperSize(m_paper->currentData().toInt());
    s.to = m_to->text().trimmed();
    s.from = m_from->text().trimmed();
    s.subject = m_subject->text().trimmed();
    s.date = m_date->date().toString(Qt::ISODate);
    return s;
}

void MemoComposerDialog::scheduleRefresh()
{
    m_refresh->start();
}

const MemoSigner *MemoComposerDialog::signer()
{
    if (!m_sign->isChecked())
        return nullptr;
    if (!m_signer) {
        auto s = MemoSigner::loadOrCreate(m_keyPath);
        if (!s) {
            m_sign->setChecked(false);
            m_dialogs.error(this, tr("Signing key"), s.error().toString());
            return nullptr;
        }
        m_signer = std::move(*s);
    }
    return &*m_signer;
}

void MemoComposerDialog::refreshPreview()
{
    m_refresh->stop();
    auto memo = MemoExporter::prepare(m_db, spec(), signer());
    if (!memo) {
        m_status->setText(memo.error().toString());
        m_export->setEnabled(false);
        Q_EMIT previewUpdated(false);
        return;
    }
    m_export->setEnabled(!m_renderer->isBusy());
    m_status->setText(tr("%1 · %2 · fingerprint %3…")
                          .arg(memo->content.title,
                               translateCount("cw::ui::MemoComposerDialog", "%n finding(s)",
                                              int(memo->content.findings.size())),
                               memo->fingerprint.left(16)));
    m_previewHtml = memo->html;
    m_renderer->load(m_preview->page(), memo->html);
}

void MemoComposerDialog::exportPdf()
{
    const MemoSpec s = spec();
    auto memo = MemoExporter::prepare(m_db, s, signer());
    if (!memo) {
        m_dialogs.error(this, tr("Export PDF"), memo.error().toString());
        Q_EMIT exportFailed(memo.error().toString());
        return;
    }
    const QString suggested = QDir::home().filePath(
        safeFileName(memo->content.title) + QLatin1Char('-') + memo->content.date + QStringLiteral(".pdf"));
    QString path = m_dialogs.saveFile(this, tr("Export Memo as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    m_pending = std::move(*memo);
    m_pendingPath = path;
    m_export->setEnabled(false);
    m_status->setText(tr("Printing %1…").arg(QDir::toNativeSeparators(path)));
    m_renderer->printAsync(m_pending->job);
}

void MemoComposerDialog::onPrinted(const QByteArray &pdf, const QString &error)
{
    m_export->setEnabled(true);
    if (!m_pending)
        return;
    const PreparedMemo memo = std::move(*m_pending);
    m_pending.reset();
    QString problem = error;
    if (problem.isEmpty()) {
        auto r = MemoExporter::finish(m_db, memo, pdf, m_pendingPath, m_sign->isChecked() ? signer() : nullptr);
        if (r) {
            m_status->setText(tr("Wrote %1: %2 pages, fingerprint %3…")
                                  .arg(QDir::toNativeSeparators(r->path), QString::number(r->pages),
                                       r->fingerprint.left(16)));
            m_dialogs.information(this, tr("Memo exported"),
                                  tr("%1\n\n%2 pages, %3 finding(s).\nFingerprint: %4\nPDF SHA-256: %5\n%6")
                                      .arg(QDir::toNativeSeparators(r->path), QString::number(r->pages),
                                           QString::number(r->findings), r->fingerprint, r->pdfSha256,
                                           r->signerKeyId.isEmpty() ? tr("Not signed.")
                                                                    : tr("Signed with key %1.").arg(r->signerKeyId)));
            Q_EMIT exported(r->path, r->fingerprint);
            return;
        }
        problem = r.error().toString();
    }
    m_status->setText(problem);
    m_dialogs.error(this, tr("Export PDF"), problem);
    Q_EMIT exportFailed(problem);
}

void MemoComposerDialog::exportPublicKey()
{
    const bool wasChecked = m_sign->isChecked();
    m_sign->setChecked(true);
    const MemoSigner *key = signer();
    m_sign->setChecked(wasChecked);
    if (!key)
        return;
    const QString path = m_dialogs.saveFile(this, tr("Export Public Key"),
                                            QDir::home().filePath(QStringLiteral("clausewatch-memo-key.pub.pem")),
                                            tr("PEM files (*.pem)"));
    if (path.isEmpty())
        return;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(key->publicKeyPem()) < 0 || !f.commit()) {
        m_dialogs.error(this, tr("Export Public Key"), f.errorString());
        return;
    }
    m_dialogs.information(this, tr("Export Public Key"),
                          tr("Public key %1 written to %2.").arg(key->keyId(), QDir::toNativeSeparators(path)));
}

} // namespace cw::ui
