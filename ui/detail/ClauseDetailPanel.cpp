#include "detail/ClauseDetailPanel.h"

#include "archive/Database.h"
#include "detail/ProvisionHtml.h"
#include "models/PeerFlagModel.h"
#include "models/SeverityStyle.h"
#include "review/SeverityBadgeDelegate.h"
#include "settings/Appearance.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cw::ui {

namespace {

QFrame *card(QWidget *parent, const QString &title, QLabel *body, QLabel *extra1 = nullptr,
             QLabel *extra2 = nullptr)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("detailCard"));
    frame->setStyleSheet(QStringLiteral(
        "QFrame#detailCard { background: palette(base); border: 1px solid palette(mid);"
        " border-radius: 6px; }"));
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->setSpacing(6);
    auto *heading = new QLabel(title, frame);
    QFont f = heading->font();
    f.setBold(true);
    f.setCapitalization(QFont::AllUppercase);
    f.setPointSizeF(f.pointSizeF() * 0.85);
    heading->setFont(f);
    heading->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(heading);
    layout->addWidget(body);
    for (QLabel *extra : {extra1, extra2})
        if (extra)
            layout->addWidget(extra);
    layout->addStretch(1);
    return frame;
}

void clearForm(QFormLayout *form)
{
    while (form->rowCount() > 0)
        form->removeRow(0);
}

QLabel *valueLabel(const QString &html, QWidget *parent, bool links = false)
{
    auto *l = new QLabel(html, parent);
    l->setTextFormat(Qt::RichText);
    l->setWordWrap(true);
    l->setTextInteractionFlags(links ? Qt::TextBrowserInteraction : Qt::TextSelectableByMouse);
    l->setOpenExternalLinks(links);
    return l;
}

} // namespace

ClauseDetailPanel::ClauseDetailPanel(QWidget *parent)
    : QWidget(parent), m_peers(new PeerFlagModel(this))
{
    m_stack = new QStackedWidget(this);
    m_empty = new QLabel(tr("Select a flagged clause to see its original language, plain-language "
                            "reading, evidence and citation."),
                         this);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(24);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(14, 12, 14, 14);
    layout->setSpacing(10);

    m_typeTitle = new QLabel(page);
    QFont tf = m_typeTitle->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.45);
    tf.setBold(true);
    m_typeTitle->setFont(tf);
    m_typeTitle->setWordWrap(true);
    m_record = new QLabel(page);
    m_record->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_record->setAlignment(Qt::AlignRight | Qt::AlignTop);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_record->setFont(mono);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_typeTitle, 1);
    titleRow->addWidget(m_record);
    m_badges = new QLabel(page);
    m_badges->setTextFormat(Qt::RichText);
    m_context = new QLabel(page);
    m_context->setWordWrap(true);
    m_context->setForegroundRole(QPalette::PlaceholderText);
    m_context->setTextFormat(Qt::PlainText);

    m_original = textLabel();
    m_summary = textLabel();
    QFont sf = m_summary->font();
    sf.setPointSizeF(sf.pointSizeF() * 1.08);
    m_summary->setFont(sf);
    m_why = textLabel();
    m_impact = textLabel();
    auto *columns = new QHBoxLayout;
    columns->setSpacing(10);
    columns->addWidget(card(page, tr("Original language"), m_original), 1);
    columns->addWidget(card(page, tr("In plain language"), m_summary, m_why, m_impact), 1);

    m_notesTitle = sectionTitle(tr("Analyst notes"));
    m_notes = textLabel();
    m_notes->setTextFormat(Qt::PlainText);
    m_regulations = textLabel();
    m_details = new QFormLayout;
    m_provenance = new QFormLayout;
    for (QFormLayout *f : {m_details, m_provenance}) {
        f->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
        f->setHorizontalSpacing(14);
        f->setVerticalSpacing(4);
        f->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    }

    m_citation = textLabel();
    m_citation->setTextFormat(Qt::PlainText);
    m_citation->setFont(mono);
    m_citation->setObjectName(QStringLiteral("citation"));
    m_citation->setMinimumWidth(120);
    m_citation->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_copy = new QPushButton(tr("Copy citation"), page);
    m_copy->setObjectName(QStringLiteral("copyCitation"));
    m_copy->setToolTip(tr("Copy the citation line to the clipboard (Ctrl+Shift+C)"));
    m_showInDocument = new QPushButton(tr("Show in document"), page);
    auto *citeRow = new QHBoxLayout;
    citeRow->addWidget(m_citation, 1);
    citeRow->addWidget(m_copy, 0, Qt::AlignTop);

    m_peersNote = textLabel();
    m_peerView = new QTableView(page);
    m_peerView->setObjectName(QStringLiteral("peerView"));
    m_peerView->setModel(m_peers);
    m_peerView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_peerView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_peerView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_peerView->verticalHeader()->hide();
    m_peerView->setWordWrap(false);
    m_peerView->setAlternatingRowColors(true);
    m_peerView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_peerView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_peerView->setCursor(Qt::PointingHandCursor);
    m_peerView->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_peerView->setItemDelegateForColumn(int(PeerFlagModel::Column::Severity),
                                         new SeverityBadgeDelegate(PeerFlagModel::SeverityRole, this));
    QHeaderView *ph = m_peerView->horizontalHeader();
    ph->setSectionResizeMode(QHeaderView::ResizeToContents);
    ph->setSectionResizeMode(int(PeerFlagModel::Column::Quote), QHeaderView::Stretch);
    ph->setHighlightSections(false);
    ph->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    layout->addLayout(titleRow);
    layout->addWidget(m_badges);
    layout->addWidget(m_context);
    layout->addLayout(columns);
    layout->addWidget(m_notesTitle);
    layout->addWidget(m_notes);
    layout->addWidget(sectionTitle(tr("Applicable regulations")));
    layout->addWidget(m_regulations);
    layout->addWidget(sectionTitle(tr("Provision details")));
    layout->addLayout(m_details);
    layout->addWidget(sectionTitle(tr("Evidence provenance")));
    layout->addLayout(m_provenance);
    layout->addWidget(sectionTitle(tr("How to cite")));
    layout->addLayout(citeRow);
    layout->addWidget(sectionTitle(tr("How other platforms handle this")));
    layout->addWidget(m_peersNote);
    layout->addWidget(m_peerView);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_showInDocument);
    layout->addLayout(buttons);
    layout->addStretch(1);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(page);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_scroll);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_copy, &QPushButton::clicked, this, &ClauseDetailPanel::copyCitation);
    connect(m_peerView, &QTableView::clicked, this,
            [this](const QModelIndex &i) { activatePeer(i.row()); });
    connect(m_peerView, &QTableView::activated, this,
            [this](const QModelIndex &i) { activatePeer(i.row()); });
    connect(m_showInDocument, &QPushButton::clicked, this, [this] {
        if (m_detail)
            Q_EMIT showInDocument(m_detail->versionId, m_detail->clause.id);
    });
}

QLabel *ClauseDetailPanel::sectionTitle(const QString &text)
{
    auto *l = new QLabel(text, this);
    QFont f = l->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    l->setFont(f);
    l->setContentsMargins(0, 8, 0, 0);
    return l;
}

QLabel *ClauseDetailPanel::textLabel()
{
    auto *l = new QLabel(this);
    l->setWordWrap(true);
    l->setTextFormat(Qt::RichText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return l;
}

void ClauseDetailPanel::setDatabase(const Database *db)
{
    m_db = db;
    showFlag(0);
}

void ClauseDetailPanel::showFlag(qint64 flagId)
{
    m_detail.reset();
    if (m_db && flagId) {
        auto d = ProvisionRepository(*m_db).detail(flagId);
        if (d && d->has_value())
            m_detail = std::move(**d);
    }
    render();
}

void ClauseDetailPanel::activatePeer(int row)
{
    if (const PeerProvision *p = m_peers->peer(row))
        Q_EMIT navigateToFlag(p->flagId);
}

void ClauseDetailPanel::copyCitation()
{
    if (!m_detail)
        return;
    const QString text = m_detail->citation();
    QApplication::clipboard()->setText(text);
    Q_EMIT citationCopied(text);
}

void ClauseDetailPanel::render()
{
    if (!m_detail) {
        m_peers->setPeers({});
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    const ProvisionDetail &d = *m_detail;
    const bool dark = Appearance::isDark(palette());
    m_typeTitle->setText(d.typeName.toHtmlEscaped());
    m_record->setText(d.flag.recordId());
    m_badges->setText(ProvisionHtml::badges(d, dark));
    m_context->setText(QStringList{d.platformName, d.document.termsType,
                                   d.clause.headingPath.join(QStringLiteral(" › "))}
                           .join(QStringLiteral(" · ")));
    m_original->setText(ProvisionHtml::original(d.clause.text, d.flag.evidence,
                                                SeverityStyle::background(d.flag.severity, dark),
                                                SeverityStyle::foreground(d.flag.severity, dark)));
    m_summary->setText(d.flag.summary.isEmpty()
                           ? tr("<i>No plain-language summary yet.</i>")
                           : d.flag.summary.toHtmlEscaped());
    m_why->setText(d.whyItMatters.isEmpty()
                       ? QString()
                       : tr("<b>Why it matters.</b> %1").arg(d.whyItMatters.toHtmlEscaped()));
    m_impact->setText(d.consumerImpact.isEmpty()
                          ? QString()
                          : tr("<b>Consumer impact.</b> %1").arg(d.consumerImpact.toHtmlEscaped()));
    m_notesTitle->setVisible(!d.flag.notes.isEmpty());
    m_notes->setVisible(!d.flag.notes.isEmpty());
    m_notes->setText(d.flag.notes);
    m_regulations->setText(d.regulations.isEmpty() ? tr("<i>None recorded for this clause type.</i>")
                                                   : ProvisionHtml::regulations(d.regulations));

    clearForm(m_details);
    const auto addRow = [this](QFormLayout *form, const QString &label, const QString &html,
                               bool links = false) {
        auto *name = new QLabel(label, this);
        name->setForegroundRole(QPalette::PlaceholderText);
        form->addRow(name, valueLabel(html, this, links));
    };
    addRow(m_details, tr("Platform"), d.platformName.toHtmlEscaped() +
                                          (d.platformCategory.isEmpty() ? QString()
                                                                        : QStringLiteral(" (%1)").arg(d.platformCategory.toHtmlEscaped())));
    addRow(m_details, tr("Document"),
           QStringLiteral("%1 — %2").arg(d.document.termsType.toHtmlEscaped(), d.document.title.toHtmlEscaped()));
    addRow(m_details, tr("Version"), tr("%1 of %2").arg(d.versionNumber).arg(d.versionCount));
    addRow(m_details, tr("Last updated"),
           d.declaredUpdated.isEmpty() ? tr("<i>not stated by the document</i>")
                                       : tr("%1 (as the document says)").arg(d.declaredUpdated.toHtmlEscaped()));
    addRow(m_details, tr("First tracked"), ProvisionHtml::utc(d.firstTracked));
    addRow(m_details, tr("Last verified"), ProvisionHtml::utc(d.evidence.lastVerified));
    addRow(m_details, tr("Record id"), d.flag.recordId());
    addRow(m_details, tr("Document id"), d.document.recordId());

    clearForm(m_provenance);
    addRow(m_provenance, tr("Source URL"),
           d.evidence.sourceUrl.isEmpty() ? tr("<i>none</i>") : ProvisionHtml::link(d.evidence.sourceUrl), true);
    const QString wayback = d.waybackUrl();
    addRow(m_provenance, tr("Wayback Machine"),
           wayback.isEmpty() ? tr("<i>no web address to look up</i>")
                             : ProvisionHtml::link(wayback, tr("Snapshot nearest to %1")
                                                                .arg(ProvisionHtml::utc(d.evidence.capturedAt))),
           true);
    addRow(m_provenance, tr("Captured"),
           tr("%1 from %2").arg(ProvisionHtml::utc(d.evidence.capturedAt), d.evidence.originKind.toHtmlEscaped()));
    {
        // The full hash in a read-only line edit: exact to copy, and it
        // scrolls instead of forcing the panel wider than the dock.
        auto *name = new QLabel(tr("SHA-256"), this);
        name->setForegroundRole(QPalette::PlaceholderText);
        auto *hash = new QLineEdit(d.evidence.rawSha256, this);
        hash->setObjectName(QStringLiteral("sha256"));
        hash->setReadOnly(true);
        hash->setFrame(false);
        hash->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        hash->setMinimumWidth(80);
        hash->setCursorPosition(0);
        hash->setStyleSheet(QStringLiteral("QLineEdit { background: transparent; }"));
        m_provenance->addRow(name, hash);
    }
    addRow(m_provenance, tr("Snapshot stored"),
           d.evidence.rawBytes > 0
               ? tr("Yes — %1, %2").arg(QLocale().formattedDataSize(d.evidence.rawBytes),
                                        d.evidence.contentType.toHtmlEscaped())
               : tr("No"));
    addRow(m_provenance, tr("Change verified"),
           d.evidence.verifications > 0
               ? (d.evidence.verifications == 1
                      ? tr("Seen unchanged once more, on %1")
                      : tr("Seen unchanged %1 more times, last on %2").arg(d.evidence.verifications))
                     .arg(ProvisionHtml::utc(d.evidence.lastVerified))
               : tr("Not re-captured since %1").arg(ProvisionHtml::utc(d.evidence.capturedAt)));

    m_citation->setText(d.citation());

    QList<PeerProvision> peers;
    if (m_db)
        peers = ProvisionRepository(*m_db).peers(d.flag.typeKey, d.platformId).valueOr({});
    m_peers->setPeers(peers);
    m_peersNote->setText(peers.isEmpty()
                             ? tr("<i>No other platform in this archive has a “%1” flag.</i>")
                                   .arg(d.typeName.toHtmlEscaped())
                             : peers.size() == 1
                                   ? tr("The same clause type at one other platform; click it to open it.")
                                   : tr("The same clause type at %1 other platforms; click one to open it.")
                                         .arg(peers.size()));
    m_peerView->setVisible(!peers.isEmpty());
    const int rows = int(peers.size());
    const int rowHeight = m_peerView->verticalHeader()->defaultSectionSize();
    m_peerView->setFixedHeight(m_peerView->horizontalHeader()->sizeHint().height() + rows * rowHeight +
                               2 * m_peerView->frameWidth());
    m_stack->setCurrentWidget(m_scroll);
}

} // namespace cw::ui
