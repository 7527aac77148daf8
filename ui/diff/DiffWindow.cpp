#include "diff/DiffWindow.h"

#include "dialogs/Dialogs.h"
#include "diff/DiffDocument.h"
#include "diff/DiffOverviewBar.h"
#include "diff/DiffPalette.h"
#include "diff/DiffPane.h"
#include "diff/DiffRunner.h"
#include "diff/RedlineHtml.h"
#include "diff/RedlinePdfExporter.h"
#include "models/ClauseChangeModel.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace cw::ui {

namespace {

QString swatch(RedlineMark::Style style, const QString &text, const char *decoration)
{
    return QStringLiteral(
               "<span "
               "style=\"color:%1;background-color:%2;text-decoration:%3\">&nbsp;%4&nbsp;</span>")
        .arg(DiffPalette::foreground(style).name(), DiffPalette::background(style).name(),
             QLatin1String(decoration), text.toHtmlEscaped());
}

QString sideTitle(const ComparedVersion &v)
{
    return v.capturedAt.isEmpty() ? v.label
                                  : QStringLiteral("%1 (%2)").arg(v.label, v.capturedAt.left(10));
}

} // namespace

DiffWindow::DiffWindow(QString archivePath, Dialogs &dialogs, QWidget *parent)
    : QWidget(parent), m_archivePath(std::move(archivePath)), m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("diffWindow"));
    setWindowTitle(tr("Compare Versions — Clausewatch"));
    resize(1440, 900);
    m_runner = new DiffRunner(m_archivePath, this);

    // Top: what is compared, the summary in plain language, statistics and legend.
    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("diffHeader"));
    header->setAutoFillBackground(true);
    QPalette hp = header->palette();
    hp.setColor(QPalette::Window, DiffPalette::paper());
    header->setPalette(hp);
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(14, 10, 14, 8);
    headerLayout->setSpacing(4);
    m_title = new QLabel(header);
    m_title->setTextFormat(Qt::RichText);
    m_summary = new QLabel(header);
    m_summary->setObjectName(QStringLiteral("diffSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stats = new QLabel(header);
    m_stats->setTextFormat(Qt::RichText);
    m_stats->setWordWrap(true);
    headerLayout->addWidget(m_title);
    headerLayout->addWidget(m_summary);
    headerLayout->addWidget(m_stats);

    // Tool row: navigation, mode, options, export.
    m_previous = new QAction(tr("◀ Previous"), this);
    m_previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F7));
    m_previous->setToolTip(tr("Previous change (Shift+F7)"));
    m_next = new QAction(tr("Next ▶"), this);
    m_next->setShortcut(QKeySequence(Qt::Key_F7));
    m_next->setToolTip(tr("Next change (F7)"));
    addAction(m_previous);
    addAction(m_next);
    auto *tools = new QHBoxLayout;
    tools->setContentsMargins(10, 4, 10, 4);
    for (QAction *a : {m_previous, m_next}) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(a);
        tools->addWidget(b);
    }
    m_position = new QLabel(this);
    m_position->setMinimumWidth(150);
    tools->addWidget(m_position);
    tools->addSpacing(12);
    m_inline = new QToolButton(this);
    m_inline->setObjectName(QStringLiteral("inlineMode"));
    m_inline->setText(tr("Inline redline"));
    m_inline->setCheckable(true);
    m_inline->setToolTip(tr("One column with deletions struck through next to insertions"));
    tools->addWidget(m_inline);
    tools->addSpacing(12);
    const char *optionNames[] = {QT_TR_NOOP("Ignore white space"), QT_TR_NOOP("Ignore case"),
                                 QT_TR_NOOP("Ignore punctuation"), QT_TR_NOOP("Ignore formatting")};
    for (int i = 0; i < 4; ++i) {
        m_options[i] = new QCheckBox(tr(optionNames[i]), this);
        tools->addWidget(m_options[i]);
        connect(m_options[i], &QCheckBox::toggled, this, &DiffWindow::rerun);
    }
    tools->addStretch(1);
    auto *html = new QPushButton(tr("Export HTML…"), this);
    auto *pdf = new QPushButton(tr("Export PDF…"), this);
    tools->addWidget(html);
    tools->addWidget(pdf);

    // The redline with its overview bar, and the clause list beside it.
    m_pane = new DiffPane(this);
    m_overview = new DiffOverviewBar(m_pane, this);
    auto *left = new QWidget(this);
    auto *leftLayout = new QHBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(0);
    leftLayout->addWidget(m_pane, 1);
    leftLayout->addWidget(m_overview);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 0, 6, 0);
    m_clauseTitle = new QLabel(right);
    m_clauseTitle->setTextFormat(Qt::PlainText);
    m_clauses = new ClauseChangeModel(this);
    m_clauseView = new QTableView(right);
    m_clauseView->setObjectName(QStringLiteral("clauseChanges"));
    m_clauseView->setModel(m_clauses);
    m_clauseView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_clauseView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_clauseView->setWordWrap(false);
    m_clauseView->verticalHeader()->hide();
    m_clauseView->horizontalHeader()->setStretchLastSection(false);
    m_clauseView->horizontalHeader()->setSectionResizeMode(int(ClauseChangeModel::Column::Clause),
                                                           QHeaderView::Stretch);
    m_clauseView->horizontalHeader()->setSectionResizeMode(int(ClauseChangeModel::Column::Change),
                                                           QHeaderView::ResizeToContents);
    m_clauseView->horizontalHeader()->setSectionResizeMode(
        int(ClauseChangeModel::Column::Similarity), QHeaderView::ResizeToContents);
    m_clauseView->horizontalHeader()->setSectionResizeMode(int(ClauseChangeModel::Column::Flags),
                                                           QHeaderView::ResizeToContents);
    rightLayout->addWidget(m_clauseTitle);
    rightLayout->addWidget(m_clauseView, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1060, 380});

    // Busy row: shown while a comparison runs.
    auto *busy = new QHBoxLayout;
    busy->setContentsMargins(10, 2, 10, 4);
    m_busyLabel = new QLabel(this);
    m_cancel = new QPushButton(tr("Cancel"), this);
    busy->addWidget(m_busyLabel, 1);
    busy->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addLayout(tools);
    layout->addWidget(splitter, 1);
    layout->addLayout(busy);
    setBusy(false);

    connect(m_next, &QAction::triggered, m_pane, &DiffPane::nextChange);
    connect(m_previous, &QAction::triggered, m_pane, &DiffPane::previousChange);
    connect(m_pane, &DiffPane::currentChangeChanged, this, &DiffWindow::updatePosition);
    connect(m_inline, &QToolButton::toggled, this, &DiffWindow::setInline);
    connect(m_clauseView, &QTableView::clicked, this, &DiffWindow::jumpToClause);
    connect(m_clauseView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { jumpToClause(current); });
    connect(m_cancel, &QPushButton::clicked, this, &DiffWindow::cancel);
    connect(html, &QPushButton::clicked, this, &DiffWindow::exportHtmlAsked);
    connect(pdf, &QPushButton::clicked, this, &DiffWindow::exportPdfAsked);
    connect(m_runner, &DiffRunner::finished, this,
            [this](std::shared_ptr<const VersionComparison> c) {
                setBusy(false);
                showComparison(std::move(c));
            });
    connect(m_runner, &DiffRunner::failed, this, [this](const QString &message) {
        setBusy(false);
        Q_EMIT comparisonFailed(message);
        m_dialogs.error(this, tr("Compare Versions"), message);
    });
    connect(m_runner, &DiffRunner::cancelled, this, [this] { setBusy(false); });
}

DiffWindow::~DiffWindow() = default;

QCheckBox *DiffWindow::optionBox(Option option) const
{
    return m_options[int(option)];
}

DiffOptions DiffWindow::currentOptions() const
{
    DiffOptions o;
    o.ignoreWhitespace = m_options[0]->isChecked();
    o.ignoreCase = m_options[1]->isChecked();
    o.ignorePunctuation = m_options[2]->isChecked();
    o.ignoreFormatting = m_options[3]->isChecked();
    return o;
}

void DiffWindow::compareVersions(qint64 oldVersionId, qint64 newVersionId)
{
    m_oldId = oldVersionId;
    m_newId = newVersionId;
    setBusy(true, tr("Comparing version %1 with version %2…").arg(oldVersionId).arg(newVersionId));
    m_runner->compareVersions(oldVersionId, newVersionId, currentOptions());
}

void DiffWindow::rerun()
{
    if (m_oldId && m_newId) {
        compareVersions(m_oldId, m_newId);
        return;
    }
    if (!m_comparison)
        return;
    setBusy(true, tr("Comparing…"));
    m_runner->compareTexts(m_comparison->diff.oldText, m_comparison->diff.newText, currentOptions(),
                           m_comparison->oldVersion, m_comparison->newVersion);
}

void DiffWindow::cancel()
{
    m_runner->cancel();
}

bool DiffWindow::isBusy() const
{
    return m_runner->isRunning();
}

void DiffWindow::setBusy(bool busy, const QString &message)
{
    m_busyLabel->setText(message);
    m_busyLabel->setVisible(busy);
    m_cancel->setVisible(busy);
}

void DiffWindow::showComparison(std::shared_ptr<const VersionComparison> comparison)
{
    m_comparison = std::move(comparison);
    if (!m_comparison)
        return;
    const DiffOptions &o = m_comparison->options;
    const bool values[] = {o.ignoreWhitespace, o.ignoreCase, o.ignorePunctuation,
                           o.ignoreFormatting};
    for (int i = 0; i < 4; ++i) {
        const QSignalBlocker block(m_options[i]);
        m_options[i]->setChecked(values[i]);
    }
    m_pane->setDocument(DiffDocument(m_comparison));
    m_clauses->setComparison(m_comparison);
    const int renumbered = m_clauses->renumberedOnly();
    m_clauseTitle->setText(renumbered > 0 ? tr("Clause changes: %1 (and %2 renumbered only)")
                                                .arg(m_clauses->rowCount())
                                                .arg(renumbered)
                                          : tr("Clause changes: %1").arg(m_clauses->rowCount()));
    showSummary();
    updatePosition();
    const VersionComparison &c = *m_comparison;
    setWindowTitle(
        c.documentTitle.isEmpty()
            ? tr("Compare %1 and %2 — Clausewatch").arg(c.oldVersion.label, c.newVersion.label)
            : tr("Compare — %1 — Clausewatch").arg(c.documentTitle));
    Q_EMIT comparisonShown();
}

void DiffWindow::showSummary()
{
    const VersionComparison &c = *m_comparison;
    QString what = c.documentTitle.isEmpty()
                       ? tr("Comparison")
                       : QStringLiteral("%1 — %2").arg(c.platform, c.documentTitle);
    m_title->setText(QStringLiteral("<span style=\"font-size:14pt;font-weight:600\">%1</span>"
                                    "&nbsp;&nbsp;<span style=\"color:#555\">%2 → %3</span>")
                         .arg(what.toHtmlEscaped(), sideTitle(c.oldVersion).toHtmlEscaped(),
                              sideTitle(c.newVersion).toHtmlEscaped()));
    QString summary = QStringLiteral("<b>%1</b>").arg(c.summary.headline.toHtmlEscaped());
    if (!c.summary.points.isEmpty()) {
        summary +=
            QStringLiteral("<ul style=\"margin-top:2px;margin-bottom:0;-qt-list-indent:1\">");
        for (const QString &p : c.summary.points)
            summary += QStringLiteral("<li>%1</li>").arg(p.toHtmlEscaped());
        summary += QStringLiteral("</ul>");
    }
    m_summary->setText(summary);
    const DiffStats &s = c.diff.stats;
    const ClauseChangeList &l = c.clauses;
    QString stats = tr("<span style=\"color:#444\">Words: +%1 inserted · −%2 deleted · %3 moved"
                       "&nbsp;&nbsp;|&nbsp;&nbsp;Clauses: %4 changed (%5 added, %6 removed, %7 "
                       "modified, %8 moved), %9 renumbered only</span>")
                        .arg(s.wordsAdded)
                        .arg(s.wordsRemoved)
                        .arg(s.wordsMoved)
                        .arg(l.changed())
                        .arg(l.added)
                        .arg(l.removed)
                        .arg(l.modified)
                        .arg(l.moved)
                        .arg(l.renumbered);
    if (l.flagsTouched.total() > 0)
        stats += tr("<span style=\"color:#444\">&nbsp;&nbsp;|&nbsp;&nbsp;Flags touched: %1 High, "
                    "%2 Medium, %3 Low</span>")
                     .arg(l.flagsTouched.high)
                     .arg(l.flagsTouched.medium)
                     .arg(l.flagsTouched.low);
    stats +=
        QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;") + tr("Legend:") + QStringLiteral(" ") +
        swatch(RedlineMark::Style::Insert, tr("inserted"), "underline") + QStringLiteral(" ") +
        swatch(RedlineMark::Style::Delete, tr("deleted"), "line-through") + QStringLiteral(" ") +
        swatch(RedlineMark::Style::MovedFrom, tr("moved away"), "line-through") +
        QStringLiteral(" ") + swatch(RedlineMark::Style::MovedTo, tr("moved here"), "underline");
    if (c.diff.fallbackUsed)
        stats += QStringLiteral("<br><span style=\"color:#8a5a00\">%1</span>")
                     .arg(c.diff.fallbackReason.toHtmlEscaped());
    m_stats->setText(stats);
}

void DiffWindow::updatePosition()
{
    const int count = m_pane->document().changeCount();
    const int current = m_pane->currentChange();
    if (count == 0)
        m_position->setText(tr("No changes"));
    else if (current < 0)
        m_position->setText(count == 1 ? tr("1 change — F7 to go")
                                       : tr("%1 changes — F7 to go").arg(count));
    else
        m_position->setText(tr("Change %1 of %2").arg(current + 1).arg(count));
    m_previous->setEnabled(count > 0 && current != 0);
    m_next->setEnabled(count > 0 && current < count - 1);
}

void DiffWindow::jumpToClause(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const qint64 offset = index.data(ClauseChangeModel::OffsetRole).toLongLong();
    const bool oldSide = index.data(ClauseChangeModel::OldSideRole).toBool();
    const int line = m_pane->document().lineAtOffset(offset, oldSide);
    if (line >= 0)
        m_pane->revealLine(line);
}

void DiffWindow::setInline(bool inlineMode)
{
    if (m_inline->isChecked() != inlineMode) {
        const QSignalBlocker block(m_inline);
        m_inline->setChecked(inlineMode);
    }
    m_pane->setMode(inlineMode ? DiffPane::Mode::Inline : DiffPane::Mode::SideBySide);
}

Status DiffWindow::exportHtml(const QString &path) const
{
    if (!m_comparison)
        return makeError(tr("exporting the redline"), tr("no comparison is shown"));
    const VersionComparison &c = *m_comparison;
    const QString html = RedlineHtml::build(c.diff, c.clauses, c.summary, c.redlineHeader());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(html.toUtf8()) < 0)
        return makeError(tr("writing %1").arg(path), f.errorString());
    return {};
}

bool DiffWindow::exportPdf(const QString &path)
{
    if (!m_comparison)
        return false;
    if (!m_pdf) {
        m_pdf = new RedlinePdfExporter(this);
        connect(m_pdf, &RedlinePdfExporter::finished, this,
                [this](bool ok, const QString &message) {
                    if (!ok)
                        m_dialogs.error(this, tr("Export Redline"), message);
                    Q_EMIT pdfExported(ok, message);
                });
    }
    const VersionComparison &c = *m_comparison;
    return m_pdf->start(RedlineHtml::build(c.diff, c.clauses, c.summary, c.redlineHeader()), path);
}

void DiffWindow::exportHtmlAsked()
{
    if (!m_comparison)
        return;
    const QString path = m_dialogs.saveFile(this, tr("Export Redline as HTML"),
                                            QStringLiteral("redline.html"), tr("HTML (*.html)"));
    if (path.isEmpty())
        return;
    if (auto s = exportHtml(path); !s)
        m_dialogs.error(this, tr("Export Redline"), s.error().toString());
}

void DiffWindow::exportPdfAsked()
{
    if (!m_comparison)
        return;
    const QString path = m_dialogs.saveFile(this, tr("Export Redline as PDF"),
                                            QStringLiteral("redline.pdf"), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!exportPdf(path))
        m_dialogs.error(this, tr("Export Redline"), tr("An export is already running."));
}

} // namespace cw::ui
