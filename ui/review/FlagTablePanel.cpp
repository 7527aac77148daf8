#include "review/FlagTablePanel.h"

#include "archive/FacetRepository.h"
#include "models/FlagTableModel.h"
#include "review/FlagFilterBar.h"
#include "review/SeverityBadgeDelegate.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace cw::ui {

FlagTablePanel::FlagTablePanel(AppSettings *settings, Dialogs &dialogs, QWidget *parent)
    : QWidget(parent), m_model(new FlagTableModel(this))
{
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_counts = new QLabel(this);
    m_counts->setTextFormat(Qt::PlainText);
    m_all = new QCheckBox(tr("All platforms"), this);
    m_all->setToolTip(tr("Show the flags of every platform, not only the selected one"));

    m_filters = new FlagFilterBar(settings, dialogs, this);
    m_toolbar = new QToolBar(this);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolbar->setIconSize(QSize(16, 16));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("flagView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSortIndicator(int(FlagTableModel::Column::Severity),
                                                 Qt::AscendingOrder);
    m_view->setItemDelegateForColumn(int(FlagTableModel::Column::Severity),
                                     new SeverityBadgeDelegate(FlagTableModel::SeverityRole, this));
    using C = FlagTableModel::Column;
    QHeaderView *h = m_view->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setStretchLastSection(true);
    const QFontMetrics fm = m_view->fontMetrics();
    const auto width = [&fm](const QString &sample) { return fm.horizontalAdvance(sample) + 28; };
    h->setMinimumSectionSize(48);
    h->resizeSection(int(C::Record), width(QStringLiteral("CW-P-000000")));
    h->resizeSection(int(C::Severity), width(QStringLiteral("Medium")) + 12);
    h->resizeSection(int(C::Status), width(tr("✓ Confirmed")));
    h->resizeSection(int(C::Type), width(QStringLiteral("Sale or sharing of personal")));
    h->resizeSection(int(C::Category), width(QStringLiteral("Changes and termination")));
    h->resizeSection(int(C::Platform), width(QStringLiteral("Streamly")));
    h->resizeSection(int(C::Document), width(QStringLiteral("Terms of Service")));
    h->resizeSection(int(C::FirstSeen), width(QStringLiteral("22 May 2024")));
    h->resizeSection(int(C::Changed), width(tr("● Changed")));
    h->resizeSection(int(C::Section), width(QStringLiteral("6. How We Share Information › 6.2 Ads")));
    m_view->setColumnHidden(int(C::Category), true);
    m_view->setColumnHidden(int(C::Platform), true);

    auto *header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(m_title);
    header->addWidget(m_counts, 1);
    header->addWidget(m_all);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addWidget(m_filters);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_view, 1);

    connect(m_filters, &FlagFilterBar::changed, this, &FlagTablePanel::runQuery);
    connect(m_all, &QCheckBox::toggled, this, [this](bool all) {
        m_view->setColumnHidden(int(FlagTableModel::Column::Platform), !all);
        runQuery();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id = m_model->flagId(current.row());
                if (id != m_lastEmitted) {
                    m_lastEmitted = id;
                    Q_EMIT currentFlagChanged(id);
                }
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_lastEmitted != 0 && m_model->rowCount() == 0) {
            m_lastEmitted = 0;
            Q_EMIT currentFlagChanged(0);
        }
        updateTitle();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &FlagTablePanel::updateTitle);
    updateTitle();
}

void FlagTablePanel::addReviewActions(const QList<QAction *> &actions)
{
    m_toolbar->addActions(actions);
}

void FlagTablePanel::setDatabase(const Database *db)
{
    m_db = db;
    m_model->setDatabase(db);
    if (db) {
        FacetRepository facets(*db);
        m_filters->setFacets(facets.clauseTypes().valueOr({}), facets.categories().valueOr({}),
                             facets.regulations().valueOr({}));
    }
    runQuery();
}

void FlagTablePanel::setPlatform(qint64 platformId, const QString &name)
{
    if (platformId == m_platformId && name == m_platformName)
        return;
    m_platformId = platformId;
    m_platformName = name;
    if (!allPlatforms())
        runQuery();
    else
        updateTitle();
}

bool FlagTablePanel::allPlatforms() const
{
    return m_all->isChecked();
}

void FlagTablePanel::setAllPlatforms(bool all)
{
    m_all->setChecked(all);
}

void FlagTablePanel::runQuery()
{
    const qint64 keep = currentFlagId();
    FlagQuery q = m_model->query();
    m_filters->state().applyTo(q);
    q.platformId = allPlatforms() ? std::nullopt : std::optional<qint64>(m_platformId);
    if (!m_db || (!allPlatforms() && m_platformId == 0)) {
        m_model->setDatabase(m_db); // empties the table
        updateTitle();
        return;
    }
    // A failure is reported through the model's loadFailed (the window shows it).
    static_cast<void>(m_model->setQuery(q));
    if (!(keep && selectFlag(keep)) && m_model->rowCount() > 0)
        m_view->selectionModel()->setCurrentIndex(m_model->index(0, 0),
                                                  QItemSelectionModel::ClearAndSelect |
                                                      QItemSelectionModel::Rows);
}

void FlagTablePanel::reload()
{
    if (m_db) {
        FacetRepository facets(*m_db);
        m_filters->setFacets(facets.clauseTypes().valueOr({}), facets.categories().valueOr({}),
                             facets.regulations().valueOr({}));
    }
    runQuery();
}

bool FlagTablePanel::selectFlag(qint64 flagId)
{
    auto row = m_model->ensureLoaded(flagId);
    if (!row || *row < 0)
        return false;
    const QModelIndex idx = m_model->index(*row, 0);
    m_view->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
    m_view->scrollTo(idx, QAbstractItemView::PositionAtCenter);
    return true;
}

void FlagTablePanel::clearFilters()
{
    m_filters->setState({});
}

qint64 FlagTablePanel::currentFlagId() const
{
    return m_model->flagId(m_view->currentIndex().row());
}

void FlagTablePanel::updateTitle()
{
    m_title->setText(allPlatforms() ? tr("All platforms")
                     : m_platformName.isEmpty() ? tr("No platform selected")
                                                : m_platformName);
    const int total = m_model->totalCount();
    m_counts->setText(m_model->rowCount() == 0 && total == 0 && m_platformId == 0 && !allPlatforms()
                          ? QString()
                          : total == 1 ? tr("1 flagged clause")
                                       : tr("%1 flagged clauses").arg(total));
}

} // namespace cw::ui
