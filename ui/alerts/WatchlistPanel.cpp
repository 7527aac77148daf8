#include "alerts/WatchlistPanel.h"

#include "alerts/CheckRunner.h"
#include "archive/Database.h"
#include "archive/DocumentRepository.h"
#include "archive/PlatformRepository.h"
#include "archive/WatchlistRepository.h"
#include "services/ComparisonService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace cw::ui {

namespace {
constexpr int kWatchIdRole = Qt::UserRole + 1;
}

WatchlistPanel::WatchlistPanel(const Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("watchList"));
    layout->addWidget(m_list, 1);

    auto *add = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Platform"), int(WatchKind::Platform));
    m_kind->addItem(tr("Document"), int(WatchKind::Document));
    m_kind->addItem(tr("Clause type"), int(WatchKind::ClauseType));
    m_target = new QComboBox(this);
    m_target->setMinimumContentsLength(18);
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_add = new QPushButton(tr("Watch"), this);
    m_remove = new QPushButton(tr("Stop watching"), this);
    add->addWidget(m_kind);
    add->addWidget(m_target, 1);
    add->addWidget(m_add);
    layout->addLayout(add);

    auto *check = new QHBoxLayout;
    m_check = new QPushButton(tr("Check now"), this);
    m_check->setToolTip(tr("Capture the watched documents again from their source"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setTextVisible(true);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->hide(); // shown while a check runs
    check->addWidget(m_remove);
    check->addStretch(1);
    check->addWidget(m_check);
    check->addWidget(m_cancel);
    layout->addLayout(check);
    layout->addWidget(m_progress);

    auto *schedule = new QHBoxLayout;
    m_scheduled = new QCheckBox(tr("Check every"), this);
    m_minutes = new QSpinBox(this);
    m_minutes->setRange(5, 24 * 60);
    m_minutes->setValue(60);
    m_minutes->setSuffix(tr(" min"));
    schedule->addWidget(m_scheduled);
    schedule->addWidget(m_minutes);
    schedule->addWidget(new QLabel(tr("while Clausewatch runs"), this), 1);
    layout->addLayout(schedule);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);

    m_timer = new QTimer(this);
    connect(m_timer, &QTimer::timeout, this, [this] { checkNow(); });
    connect(m_scheduled, &QCheckBox::toggled, this,
            [this](bool on) { setSchedule(on ? m_minutes->value() : 0); });
    connect(m_minutes, &QSpinBox::valueChanged, this, [this](int minutes) {
        if (m_scheduled->isChecked())
            setSchedule(minutes);
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &WatchlistPanel::fillTargets);
    connect(m_add, &QPushButton::clicked, this, &WatchlistPanel::addCurrent);
    connect(m_remove, &QPushButton::clicked, this, &WatchlistPanel::removeCurrent);
    connect(m_check, &QPushButton::clicked, this, [this] { checkNow(); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_runner)
            m_runner->cancel();
    });
    (void)reload();
}

Status WatchlistPanel::reload()
{
    auto items = WatchlistRepository(m_db).list();
    if (!items)
        return items.error();
    m_list->clear();
    for (const WatchItem &w : *items) {
        const QString kind = w.kind == WatchKind::Platform   ? tr("Platform")
                             : w.kind == WatchKind::Document ? tr("Document")
                                                             : tr("Clause type");
        auto *item = new QListWidgetItem(QStringLiteral("%1: %2").arg(kind, w.label), m_list);
        item->setData(kWatchIdRole, w.id);
    }
    m_remove->setEnabled(!items->isEmpty());
    m_check->setEnabled(!items->isEmpty() && !isChecking());
    if (items->isEmpty() && !isChecking())
        m_status->setText(tr("Nothing is watched yet. Watch a platform, a document or a clause "
                             "type, then check it now or on a schedule."));
    fillTargets();
    return {};
}

void WatchlistPanel::fillTargets()
{
    m_target->clear();
    switch (WatchKind(m_kind->currentData().toInt())) {
    case WatchKind::Platform:
        if (auto all = PlatformRepository(m_db).all())
            for (const Platform &p : *all)
                m_target->addItem(p.name, p.id);
        break;
    case WatchKind::Document:
        if (auto docs = DocumentRepository(m_db).summaries())
            for (const DocumentSummary &d : *docs)
                m_target->addItem(
                    QStringLiteral("%1 — %2").arg(d.platformName, d.document.termsType),
                    d.document.id);
        break;
    case WatchKind::ClauseType:
        if (auto types = ComparisonService(m_db).types())
            for (const MatrixType &t : *types)
                m_target->addItem(t.name, t.key);
        break;
    }
    m_add->setEnabled(m_target->count() > 0);
}

void WatchlistPanel::addCurrent()
{
    if (m_target->currentIndex() < 0)
        return;
    WatchlistRepository w(m_db);
    const QVariant target = m_target->currentData();
    Result<qint64> r = qint64(0);
    switch (WatchKind(m_kind->currentData().toInt())) {
    case WatchKind::Platform:
        r = w.watchPlatform(target.toLongLong());
        break;
    case WatchKind::Document:
        r = w.watchDocument(target.toLongLong());
        break;
    case WatchKind::ClauseType:
        r = w.watchType(target.toString());
        break;
    }
    if (!r)
        m_status->setText(r.error().toString());
    (void)reload();
}

void WatchlistPanel::removeCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    if (auto s = WatchlistRepository(m_db).remove(item->data(kWatchIdRole).toLongLong()); !s)
        m_status->setText(s.error().toString());
    (void)reload();
}

bool WatchlistPanel::isChecking() const
{
    return m_runner && m_runner->isRunning();
}

bool WatchlistPanel::checkNow()
{
    if (isChecking() || m_list->count() == 0)
        return false;
    if (m_runner)
        m_runner->deleteLater();
    m_runner = new CheckRunner(m_db.path(), CheckRunner::Scope::Watched, {}, this);
    connect(m_runner, &CheckRunner::progress, this,
            [this](int done, int total, const QString &item) {
                m_progress->setRange(0, std::max(total, 1));
                m_progress->setValue(done);
                m_progress->setFormat(tr("%v of %m — %1").arg(item));
            });
    connect(m_runner, &CheckRunner::finished, this, &WatchlistPanel::onCheckFinished);
    m_progress->setRange(0, 0); // busy until the first document is done
    m_progress->show();
    m_status->setText(tr("Checking the watched documents…"));
    m_check->setEnabled(false);
    m_cancel->setEnabled(true);
    m_runner->start();
    return true;
}

void WatchlistPanel::onCheckFinished()
{
    const Result<RecheckSummary> &r = m_runner->result();
    m_check->setEnabled(m_list->count() > 0);
    m_cancel->setEnabled(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_progress->setFormat(QString());
    m_progress->hide();
    if (!r) {
        m_status->setText(r.error().toString());
    } else {
        QString text = r->toText();
        for (const RecheckItem &i : r->items)
            if (i.outcome == RecheckOutcome::Failed || i.outcome == RecheckOutcome::Skipped)
                text += QStringLiteral("\n%1 — %2: %3").arg(i.platform, i.termsType, i.message);
        if (r->cancelled)
            text += QLatin1Char('\n') + tr("Cancelled.");
        m_status->setText(text);
    }
    Q_EMIT checked(r);
}

void WatchlistPanel::setSchedule(int minutes)
{
    if (minutes <= 0) {
        m_timer->stop();
        return;
    }
    m_timer->start(minutes * 60 * 1000);
    {
        const QSignalBlocker b(m_scheduled);
        m_scheduled->setChecked(true);
    }
    {
        const QSignalBlocker b(m_minutes);
        m_minutes->setValue(std::max(m_minutes->minimum(), minutes));
    }
}

} // namespace cw::ui
