#include "search/SearchPopup.h"

#include "archive/FacetRepository.h"
#include "models/SearchResultModel.h"
#include "review/FlagFilterBar.h"
#include "search/SnippetDelegate.h"
#include "services/SearchService.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

namespace cw::ui {

SearchPopup::SearchPopup(AppSettings *settings, Dialogs &dialogs, QWidget *parent)
    : QDialog(parent), m_model(new SearchResultModel(this)), m_debounce(new QTimer(this))
{
    setWindowTitle(tr("Search the Archive"));
    setObjectName(QStringLiteral("searchPopup"));
    resize(860, 620);
    m_query = new QLineEdit(this);
    m_query->setPlaceholderText(tr("Search clauses: words, \"a phrase\", arbitr*, jury AND waiver"));
    m_query->setClearButtonEnabled(true);
    QFont qf = m_query->font();
    qf.setPointSizeF(qf.pointSizeF() * 1.2);
    m_query->setFont(qf);
    m_query->installEventFilter(this);
    m_filters = new FlagFilterBar(settings, dialogs, this);
    m_thisPlatform = new QCheckBox(tr("This platform only"), this);
    m_allVersions = new QCheckBox(tr("Older versions too"), this);
    m_allVersions->setToolTip(tr("Also search the text of earlier versions"));
    m_results = new QListView(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new SnippetDelegate(this));
    m_results->setUniformItemSizes(true);
    m_results->setAlternatingRowColors(true);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);

    auto *scope = new QHBoxLayout;
    scope->addWidget(m_thisPlatform);
    scope->addWidget(m_allVersions);
    scope->addStretch(1);
    scope->addWidget(m_notice, 4);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);
    layout->addWidget(m_query);
    layout->addWidget(m_filters);
    layout->addLayout(scope);
    layout->addWidget(m_results, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &SearchPopup::runSearch);
    connect(m_query, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_filters, &FlagFilterBar::changed, this, &SearchPopup::runSearch);
    connect(m_thisPlatform, &QCheckBox::toggled, this, &SearchPopup::runSearch);
    connect(m_allVersions, &QCheckBox::toggled, this, &SearchPopup::runSearch);
    connect(m_results, &QListView::activated, this, [this](const QModelIndex &i) { activate(i.row()); });
}

void SearchPopup::setDatabase(const Database *db)
{
    m_db = db;
    m_model->clear();
    if (db) {
        FacetRepository facets(*db);
        m_filters->setFacets(facets.clauseTypes().valueOr({}), facets.categories().valueOr({}),
                             facets.regulations().valueOr({}));
    }
}

void SearchPopup::setCurrentPlatform(qint64 platformId, const QString &name)
{
    m_platformId = platformId;
    m_thisPlatform->setText(name.isEmpty() ? tr("This platform only") : tr("Only %1").arg(name));
    m_thisPlatform->setEnabled(platformId != 0);
}

void SearchPopup::open()
{
    show();
    raise();
    activateWindow();
    m_query->setFocus();
    m_query->selectAll();
}

void SearchPopup::runSearch()
{
    m_debounce->stop();
    if (!m_db || m_query->text().trimmed().isEmpty()) {
        m_model->clear();
        m_notice->clear();
        return;
    }
    SearchQuery q;
    q.text = m_query->text();
    q.limit = 100;
    q.currentOnly = !m_allVersions->isChecked();
    if (m_thisPlatform->isChecked() && m_platformId)
        q.platformId = m_platformId;
    m_filters->state().applyTo(q);
    QElapsedTimer timer;
    timer.start();
    auto result = SearchService(*m_db).search(q);
    if (!result) {
        m_model->clear();
        m_notice->setText(result.error().message);
        return;
    }
    m_model->setHits(result->hits);
    QString found = result->hits.isEmpty()
                        ? tr("No clause matches.")
                        : (result->hits.size() == 1 ? tr("1 clause in %1 ms").arg(timer.elapsed())
                                                    : tr("%1 clauses in %2 ms")
                                                          .arg(result->hits.size())
                                                          .arg(timer.elapsed()));
    if (result->capped)
        found += QLatin1Char(' ') +
                 tr("Many clauses match: the best of the %1 most recent are shown; add words to "
                    "narrow the search.")
                     .arg(result->ranked);
    m_notice->setText(result->notice.isEmpty() ? found : result->notice + QLatin1Char(' ') + found);
    if (m_model->rowCount() > 0)
        m_results->setCurrentIndex(m_model->index(0, 0));
}

void SearchPopup::activate(int row)
{
    if (const SearchHit *h = m_model->hit(row)) {
        const SearchHit hit = *h;
        hide();
        Q_EMIT hitActivated(hit);
    }
}

bool SearchPopup::eventFilter(QObject *watched, QEvent *event)
{
    // Up/Down move through results and Enter opens one while typing.
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int row = m_results->currentIndex().row();
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up: {
            const int next = std::clamp(row + (key->key() == Qt::Key_Down ? 1 : -1), 0,
                                        std::max(0, m_model->rowCount() - 1));
            if (m_model->rowCount() > 0)
                m_results->setCurrentIndex(m_model->index(next, 0));
            return true;
        }
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_debounce->isActive())
                runSearch();
            activate(std::max(0, m_results->currentIndex().row()));
            return true;
        default: break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace cw::ui
