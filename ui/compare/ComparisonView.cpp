#include "compare/ComparisonView.h"

#include "archive/Database.h"
#include "compare/ClauseHtml.h"
#include "compare/CompareExport.h"
#include "compare/MatrixBuilder.h"
#include "compare/MatrixCellDelegate.h"
#include "dialogs/Dialogs.h"
#include "models/ComparisonMatrixModel.h"
#include "models/SeverityStyle.h"
#include "services/ComparisonService.h"
#include "util/Time.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace cw::ui {

ComparisonView::ComparisonView(const Database &db, Dialogs &dialogs, QWidget *parent)
    : QWidget(parent), m_db(db), m_dialogs(dialogs)
{
    m_loader = new MatrixLoader(db.path(), {}, this);
    connect(m_loader, &MatrixLoader::loaded, this, &ComparisonView::onLoaded);
    buildUi(); // loads the matrix (onModeChanged)
}

void ComparisonView::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    // Row 1: when — now, on a date, or the changes between two dates.
    auto *when = new QHBoxLayout;
    m_modeBox = new QComboBox(this);
    m_modeBox->setObjectName(QStringLiteral("compareMode"));
    m_modeBox->addItem(tr("Now"));
    m_modeBox->addItem(tr("As it stood on"));
    m_modeBox->addItem(tr("Changes between"));
    auto dateEdit = [this](const QString &name, const QDate &d) {
        auto *e = new QDateEdit(d, this);
        e->setObjectName(name);
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setMaximumDate(QDate(2100, 12, 31));
        return e;
    };
    const QDate today = QDate::currentDate();
    m_date = dateEdit(QStringLiteral("compareDate"), today.addYears(-1));
    m_from = dateEdit(QStringLiteral("compareFrom"), QDate(today.year() - 1, 1, 1));
    m_to = dateEdit(QStringLiteral("compareTo"), today);
    m_andLabel = new QLabel(tr("and"), this);
    m_export = new QToolButton(this);
    m_export->setText(tr("Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_export);
    connect(menu->addAction(tr("As CSV…")), &QAction::triggered, this,
            [this] { exportDialog(false); });
    connect(menu->addAction(tr("As JSON…")), &QAction::triggered, this,
            [this] { exportDialog(true); });
    m_export->setMenu(menu);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    when->addWidget(new QLabel(tr("Show"), this));
    when->addWidget(m_modeBox);
    when->addWidget(m_date);
    when->addWidget(m_from);
    when->addWidget(m_andLabel);
    when->addWidget(m_to);
    when->addSpacing(12);
    when->addWidget(m_status, 1);
    when->addWidget(m_export);
    layout->addLayout(when);

    // Row 2: filters.
    auto *filters = new QHBoxLayout;
    auto combo = [this, filters](const QString &label, const QString &name) {
        auto *c = new QComboBox(this);
        c->setObjectName(name);
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        filters->addWidget(new QLabel(label, this));
        filters->addWidget(c);
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_refilling)
                rebuild();
        });
        return c;
    };
    m_category = combo(tr("Category"), QStringLiteral("categoryFilter"));
    m_regulation = combo(tr("Regulation"), QStringLiteral("regulationFilter"));
    m_group = combo(tr("Platforms"), QStringLiteral("groupFilter"));
    m_review = combo(tr("Review"), QStringLiteral("reviewFilter"));
    m_review->addItem(tr("All flags"), int(ReviewFilter::Any));
    m_review->addItem(tr("Reviewed only"), int(ReviewFilter::Reviewed));
    m_review->addItem(tr("Not yet reviewed"), int(ReviewFilter::Unreviewed));
    m_sort = combo(tr("Order"), QStringLiteral("sortOrder"));
    m_sort->addItem(tr("Platforms by name"));
    m_sort->addItem(tr("Platforms by risk"));
    filters->addStretch(1);
    layout->addLayout(filters);

    m_model = new ComparisonMatrixModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("matrixView"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_view->horizontalHeader()->setMinimumSectionSize(96);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setShowGrid(true);
    m_view->setItemDelegate(new MatrixCellDelegate(m_view));
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showCell(current); });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString key = index.data(ComparisonMatrixModel::TypeKeyRole).toString();
        if (!key.isEmpty() && index.column() == int(ComparisonMatrixModel::Column::ClauseType))
            Q_EMIT clauseTypeRequested(key, shownDate());
    });

    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(QStringLiteral("cellDetail"));
    m_detail->setOpenLinks(false);
    m_detail->document()->setDefaultStyleSheet(ClauseHtml::styleSheet());
    connect(m_detail, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("cw-type"))
            Q_EMIT clauseTypeRequested(url.path(), shownDate());
    });

    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("matrixLegend"));
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    m_legendText =
        (tr("Each cell: the highest severity present and the number of clauses. "
            "%1 %2 %3 · ✓ every clause reviewed · “to review”: not yet reviewed · "
            "<i>not found</i>: the platform's documents are archived and hold no such "
            "clause · <i>not archived</i>: no privacy (for personal-data types) or terms "
            "document of the platform is archived. Double-click a clause type for its "
            "page.")
             .arg(ClauseHtml::severityBadge(Severity::High),
                  ClauseHtml::severityBadge(Severity::Medium),
                  ClauseHtml::severityBadge(Severity::Low)));
    m_legend->setText(m_legendText);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_view, 1);
    topLayout->addWidget(m_legend);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(m_modeBox, &QComboBox::currentIndexChanged, this, &ComparisonView::onModeChanged);
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        if (m_mode == Mode::OnDate)
            reload();
    });
    for (QDateEdit *e : {m_from, m_to})
        connect(e, &QDateEdit::dateChanged, this, [this] {
            if (m_mode == Mode::Between)
                reload();
        });
    onModeChanged();
}

void ComparisonView::onModeChanged()
{
    m_mode = Mode(std::max(0, m_modeBox->currentIndex()));
    m_date->setVisible(m_mode == Mode::OnDate);
    m_from->setVisible(m_mode == Mode::Between);
    m_andLabel->setVisible(m_mode == Mode::Between);
    m_to->setVisible(m_mode == Mode::Between);
    reload();
}

void ComparisonView::setMode(Mode mode)
{
    m_modeBox->setCurrentIndex(int(mode));
}

void ComparisonView::setDate(const QDate &date)
{
    m_date->setDate(date);
}

void ComparisonView::setRange(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker b1(m_from), b2(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    if (m_mode == Mode::Between)
        reload();
}

void ComparisonView::reload()
{
    m_status->setText(tr("Loading…"));
    switch (m_mode) {
    case Mode::Now:
        m_loader->load(std::nullopt);
        break;
    case Mode::OnDate:
        m_loader->load(m_date->date());
        break;
    case Mode::Between:
        m_loader->loadBetween(m_from->date(), m_to->date());
        break;
    }
}

std::optional<QDate> ComparisonView::shownDate() const
{
    switch (m_mode) {
    case Mode::Now:
        return std::nullopt;
    case Mode::OnDate:
        return m_date->date();
    case Mode::Between:
        return std::max(m_from->date(), m_to->date());
    }
    return std::nullopt;
}

void ComparisonView::onLoaded(const Result<LoadedFacts> &facts)
{
    if (!facts) {
        m_status->setText(facts.error().toString());
        return;
    }
    m_facts = *facts;
    refillFilters();
    rebuild();
}

void ComparisonView::refillFilters()
{
    // Keep the current choices when the new facts still offer them.
    m_refilling = true;
    auto refill = [](QComboBox *box, const QList<QPair<QString, QString>> &items,
                     const QString &all) {
        const QString current = box->currentData().toString();
        box->clear();
        box->addItem(all, QString());
        for (const auto &[key, label] : items)
            box->addItem(label, key);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    QList<QPair<QString, QString>> categories, regulations, groups;
    QSet<QString> seen;
    for (const MatrixType &t : m_facts->facts.types) {
        if (!seen.contains(QStringLiteral("c:") + t.category)) {
            seen.insert(QStringLiteral("c:") + t.category);
            categories.append({t.category, t.categoryName});
        }
        for (const QString &r : t.regulations)
            if (!seen.contains(QStringLiteral("r:") + r)) {
                seen.insert(QStringLiteral("r:") + r);
                regulations.append({r, r.toUpper()});
            }
    }
    for (const MatrixPlatform &p : m_facts->facts.platforms)
        if (!p.group.isEmpty() && !seen.contains(QStringLiteral("g:") + p.group.toLower())) {
            seen.insert(QStringLiteral("g:") + p.group.toLower());
            groups.append({p.group, p.group});
        }
    std::sort(regulations.begin(), regulations.end());
    std::sort(groups.begin(), groups.end(), [](const auto &a, const auto &b) {
        return QString::compare(a.second, b.second, Qt::CaseInsensitive) < 0;
    });
    refill(m_category, categories, tr("All categories"));
    refill(m_regulation, regulations, tr("All regulations"));
    refill(m_group, groups, tr("All platforms"));
    m_refilling = false;
}

MatrixFilter ComparisonView::currentFilter() const
{
    MatrixFilter f;
    f.category = m_category->currentData().toString();
    f.regulation = m_regulation->currentData().toString();
    f.platformGroup = m_group->currentData().toString();
    f.review = ReviewFilter(m_review->currentData().toInt());
    f.sortByRisk = m_sort->currentIndex() == 1;
    return f;
}

void ComparisonView::rebuild()
{
    if (!m_facts)
        return;
    const QString selectedType =
        m_view->currentIndex().data(ComparisonMatrixModel::TypeKeyRole).toString();
    const qint64 selectedPlatform =
        m_view->currentIndex().data(ComparisonMatrixModel::PlatformIdRole).toLongLong();
    const MatrixFilter filter = currentFilter();
    if (m_facts->before && m_mode == Mode::Between) {
        MatrixComparison c;
        c.before = MatrixBuilder::build(*m_facts->before, filter);
        c.after = MatrixBuilder::build(m_facts->facts, filter);
        c.changes = MatrixChanges::between(c.before, c.after, m_facts->touched);
        const int n = int(c.changes.size());
        m_legend->setText(
            tr("Compared with %1: <b style=\"color:#007A4D\">new</b> the clause type appeared · "
               "<b style=\"color:#707070\">gone</b> it disappeared · <b style=\"color:#B33A00\">"
               "Medium → High</b> its highest severity moved · <b style=\"color:#005A8C\">changed"
               "</b> a clause of the type was added, removed or reworded. Pale cells did not "
               "change.")
                .arg(c.before.at));
        m_model->setComparison(std::move(c));
        m_status->setText(n == 1 ? tr("1 cell changed") : tr("%1 cells changed").arg(n));
    } else {
        m_legend->setText(m_legendText);
        m_model->setMatrix(MatrixBuilder::build(m_facts->facts, filter));
        m_status->setText(
            m_facts->facts.at.isEmpty()
                ? tr("%1 platforms, %2 clause types")
                      .arg(m_model->matrix().columns.size())
                      .arg(m_model->matrix().rows.size())
                : tr("As the archive stood at the end of %1 (UTC)").arg(m_facts->facts.at));
    }
    m_view->clearSpans();
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->matrixRow(r) < 0)
            m_view->setSpan(r, 0, 1, m_model->columnCount());
    layoutColumns();
    if (!selectedType.isEmpty() && selectedPlatform)
        selectCell(selectedType, selectedPlatform);
    else
        m_detail->setHtml(QStringLiteral("<p class=\"note\">%1</p>")
                              .arg(tr("Click a cell to see the clauses behind it.")));
    Q_EMIT matrixShown();
}

void ComparisonView::layoutColumns()
{
    // The type column fits the longest name; platform columns fit their name
    // and the longest cell text. When all of them fit the view they share its
    // width; otherwise they keep their size and the view scrolls.
    const QFontMetrics fm = m_view->fontMetrics();
    QFont bold = m_view->font();
    bold.setBold(true);
    const QFontMetrics fmBold(bold);
    QHeaderView *header = m_view->horizontalHeader();
    int typeWidth = fm.horizontalAdvance(m_model->headerData(0, Qt::Horizontal).toString()) + 24;
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->matrixRow(r) >= 0)
            typeWidth = std::max(typeWidth,
                                 fm.horizontalAdvance(m_model->index(r, 0).data().toString()) + 16);
    typeWidth = std::min(typeWidth, 360);
    const QString longest =
        m_model->isComparing() ? tr("gone (was Medium)") : tr("Medium ×2 · to review");
    const int cellWidth = fmBold.horizontalAdvance(longest) + 20;
    int total = typeWidth;
    QList<int> widths;
    for (int c = int(ComparisonMatrixModel::Column::FirstPlatform); c < m_model->columnCount();
         ++c) {
        widths << std::max(cellWidth,
                           fm.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) +
                               24);
        total += widths.last();
    }
    const bool fits = total <= m_view->viewport()->width();
    header->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(0, typeWidth);
    for (int i = 0; i < widths.size(); ++i) {
        const int c = i + int(ComparisonMatrixModel::Column::FirstPlatform);
        m_view->setColumnWidth(c, widths.at(i));
        if (fits)
            header->setSectionResizeMode(c, QHeaderView::Stretch);
    }
}

void ComparisonView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutColumns();
}

bool ComparisonView::selectCell(const QString &typeKey, qint64 platformId)
{
    const int row = m_model->modelRow(typeKey);
    const int column = m_model->modelColumn(platformId);
    if (row < 0 || column < 0)
        return false;
    const QModelIndex index = m_model->index(row, column);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    showCell(index);
    return true;
}

void ComparisonView::showCell(const QModelIndex &index)
{
    const QString type = index.data(ComparisonMatrixModel::TypeKeyRole).toString();
    const qint64 platform = index.data(ComparisonMatrixModel::PlatformIdRole).toLongLong();
    if (type.isEmpty() || !platform)
        return;
    const int r = m_model->matrixRow(index.row());
    const int c = index.column() - int(ComparisonMatrixModel::Column::FirstPlatform);
    const ComparisonMatrix &m = m_model->matrix();
    const MatrixCell &cell = m.cell(r, c);
    const QString platformName = m.columns.at(c).platform.name;
    const QString typeName = m.rows.at(r).name;
    const auto change = m_model->changeAt(index);

    QString html = QStringLiteral("<h2>%1 — %2</h2>")
                       .arg(ClauseHtml::escape(platformName), ClauseHtml::escape(typeName));
    // A cell that disappeared shows the clauses as they were on the earlier date.
    std::optional<QDate> at = shownDate();
    if (change && change->kind == CellChangeKind::Disappeared && m_facts && m_facts->before)
        at = QDate::fromString(m_facts->before->at, Qt::ISODate);
    if (change)
        html += QStringLiteral("<p class=\"note\">%1</p>")
                    .arg(ClauseHtml::escape(
                        index.data(Qt::ToolTipRole).toString().section(QLatin1Char('\n'), 1)));
    if (cell.state == CellState::NotArchived && !change) {
        html += QStringLiteral("<p class=\"note\">%1</p>")
                    .arg(ClauseHtml::escape(index.data(Qt::ToolTipRole).toString()));
    } else if (cell.state == CellState::NotFound && !change) {
        html += QStringLiteral("<p class=\"note\">%1</p>")
                    .arg(ClauseHtml::escape(index.data(Qt::ToolTipRole).toString()));
    } else {
        ComparisonService service(m_db);
        auto clauses = service.cellClauses(platform, type, at);
        if (!clauses) {
            html += QStringLiteral("<p>%1</p>").arg(ClauseHtml::escape(clauses.error().toString()));
        } else {
            if (at && change && change->kind == CellChangeKind::Disappeared)
                html += QStringLiteral("<p class=\"note\">%1</p>")
                            .arg(tr("As on %1:").arg(at->toString(Qt::ISODate)));
            for (const TypeClause &tc : *clauses)
                html += ClauseHtml::clause(tc);
        }
    }
    html +=
        QStringLiteral("<p><a href=\"cw-type:%1\">%2</a></p>")
            .arg(ClauseHtml::escape(type), tr("%1 at every platform, and when each adopted it →")
                                               .arg(ClauseHtml::escape(typeName)));
    m_detail->setHtml(html);
    Q_EMIT cellSelected(platform, type);
}

Status ComparisonView::exportTo(const QString &path, bool json) const
{
    if (!m_facts)
        return makeError(tr("exporting the matrix"), tr("the matrix has not loaded yet"));
    QByteArray bytes;
    const MatrixFilter filter = currentFilter();
    if (m_mode == Mode::Between && m_facts->before) {
        MatrixComparison c;
        c.before = MatrixBuilder::build(*m_facts->before, filter);
        c.after = MatrixBuilder::build(m_facts->facts, filter);
        c.changes = MatrixChanges::between(c.before, c.after, m_facts->touched);
        bytes = json ? QJsonDocument(CompareExport::changesJson(c, nowIsoUtc())).toJson()
                     : CompareExport::changesCsv(c);
    } else {
        const ComparisonMatrix m = MatrixBuilder::build(m_facts->facts, filter);
        bytes = json ? QJsonDocument(CompareExport::matrixJson(m, nowIsoUtc())).toJson()
                     : CompareExport::matrixCsv(m);
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        return makeError(tr("exporting the matrix to %1").arg(path), tr("cannot write the file"),
                         f.errorString());
    return {};
}

void ComparisonView::exportDialog(bool json)
{
    const QString subject =
        m_mode == Mode::Between
            ? QStringLiteral("changes-%1").arg(m_from->date().toString(Qt::ISODate))
            : QStringLiteral("matrix");
    const QString at = m_mode == Mode::Now ? QString() : shownDate()->toString(Qt::ISODate);
    const QString path =
        m_dialogs.saveFile(this, tr("Export the comparison"),
                           CompareExport::suggestedFileName(
                               subject, at, json ? QStringLiteral("json") : QStringLiteral("csv")),
                           json ? tr("JSON (*.json)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto s = exportTo(path, json); !s)
        m_dialogs.error(this, tr("Export"), s.error().toString());
    else
        m_status->setText(tr("Exported to %1").arg(path));
}

} // namespace cw::ui
