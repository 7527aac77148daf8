#include "review/FlagFilterBar.h"
#include "model/ClauseCategory.h"

#include "dialogs/Dialogs.h"
#include "models/SeverityStyle.h"
#include "settings/AppSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QInputDialog>
#include <QMenu>
#include <QToolButton>

namespace cw::ui {

namespace {
QComboBox *makeBox(QWidget *parent, const QString &any, const QString &tip)
{
    auto *box = new QComboBox(parent);
    box->addItem(any, QString());
    box->setToolTip(tip);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(16);
    return box;
}
} // namespace

FlagFilterBar::FlagFilterBar(AppSettings *settings, Dialogs &dialogs, QWidget *parent)
    : QWidget(parent), m_settings(settings), m_dialogs(dialogs)
{
    m_severity = makeBox(this, tr("Any severity"), tr("Filter by severity"));
    for (Severity s : {Severity::High, Severity::Medium, Severity::Low})
        m_severity->addItem(SeverityStyle::word(s), severityKey(s));
    m_status = makeBox(this, tr("Any review status"), tr("Filter by review status"));
    m_status->addItem(tr("To review"), QStringLiteral("suggested"));
    m_status->addItem(tr("Confirmed"), QStringLiteral("confirmed"));
    m_status->addItem(tr("Rejected"), QStringLiteral("rejected"));
    m_type = makeBox(this, tr("Any clause type"), tr("Filter by clause type"));
    m_category = makeBox(this, tr("Any category"), tr("Filter by category of clause type"));
    m_regulation = makeBox(this, tr("Any regulation"), tr("Clause types that touch this regulation"));
    m_changed = new QCheckBox(tr("Changed since review"), this);
    m_changed->setToolTip(tr("Only flags whose clause wording changed since the last review"));
    m_saved = new QToolButton(this);
    m_saved->setText(tr("Saved filters"));
    m_saved->setPopupMode(QToolButton::InstantPopup);
    m_saved->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_saved->setMenu(new QMenu(m_saved));
    m_saved->setVisible(m_settings != nullptr);

    // Two rows, so that every choice stays readable in a narrow panel.
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(4);
    layout->addWidget(m_severity, 0, 0);
    layout->addWidget(m_status, 0, 1);
    layout->addWidget(m_changed, 0, 2);
    layout->addWidget(m_saved, 0, 4, Qt::AlignRight);
    layout->addWidget(m_type, 1, 0);
    layout->addWidget(m_category, 1, 1);
    layout->addWidget(m_regulation, 1, 2, 1, 2);
    layout->setColumnStretch(3, 1);

    for (QComboBox *box : {m_severity, m_status, m_type, m_category, m_regulation})
        connect(box, &QComboBox::currentIndexChanged, this, &FlagFilterBar::emitIfChanged);
    connect(m_changed, &QCheckBox::toggled, this, &FlagFilterBar::emitIfChanged);
    rebuildSavedMenu();
}

void FlagFilterBar::select(QComboBox *box, const QString &value)
{
    box->setCurrentIndex(std::max(0, box->findData(value)));
}

void FlagFilterBar::setFacets(const QList<ClauseTypeFacet> &types, const QStringList &categories,
                              const QList<RegulationFacet> &regulations)
{
    const FlagFilterState keep = state();
    m_updating = true;
    while (m_type->count() > 1)
        m_type->removeItem(1);
    for (const ClauseTypeFacet &t : types)
        m_type->addItem(t.name, t.key);
    while (m_category->count() > 1)
        m_category->removeItem(1);
    for (const QString &c : categories)
        m_category->addItem(categoryDisplayName(c), c);
    while (m_regulation->count() > 1)
        m_regulation->removeItem(1);
    for (const RegulationFacet &r : regulations) {
        m_regulation->addItem(QStringLiteral("%1 (%2)").arg(r.shortName, r.jurisdiction), r.key);
        m_regulation->setItemData(m_regulation->count() - 1, r.name, Qt::ToolTipRole);
    }
    select(m_type, keep.typeKey);
    select(m_category, keep.category);
    select(m_regulation, keep.regulationKey);
    m_updating = false;
    emitIfChanged();
}

FlagFilterState FlagFilterBar::state() const
{
    FlagFilterState s;
    s.severity = m_severity->currentData().toString();
    s.status = m_status->currentData().toString();
    s.typeKey = m_type->currentData().toString();
    s.category = m_category->currentData().toString();
    s.regulationKey = m_regulation->currentData().toString();
    s.changedOnly = m_changed->isChecked();
    return s;
}

void FlagFilterBar::setState(const FlagFilterState &s)
{
    m_updating = true;
    select(m_severity, s.severity);
    select(m_status, s.status);
    select(m_type, s.typeKey);
    select(m_category, s.category);
    select(m_regulation, s.regulationKey);
    m_changed->setChecked(s.changedOnly);
    m_updating = false;
    emitIfChanged();
}

void FlagFilterBar::emitIfChanged()
{
    if (m_updating)
        return;
    const FlagFilterState now = state();
    if (now == m_last)
        return;
    m_last = now;
    Q_EMIT changed(now);
}

void FlagFilterBar::rebuildSavedMenu()
{
    QMenu *menu = m_saved->menu();
    menu->clear();
    if (!m_settings)
        return;
    const QStringList names = m_settings->savedFilterNames();
    for (const QString &name : names)
        connect(menu->addAction(name), &QAction::triggered, this, [this, name] { applySaved(name); });
    if (names.isEmpty())
        menu->addAction(tr("No saved filters"))->setEnabled(false);
    menu->addSeparator();
    connect(menu->addAction(tr("Save Current Filters…")), &QAction::triggered, this,
            &FlagFilterBar::saveCurrent);
    QMenu *remove = menu->addMenu(tr("Delete"));
    remove->setEnabled(!names.isEmpty());
    for (const QString &name : names)
        connect(remove->addAction(name), &QAction::triggered, this, [this, name] {
            m_settings->removeFilter(name);
            rebuildSavedMenu();
        });
}

void FlagFilterBar::saveCurrent()
{
    if (!m_settings)
        return;
    QInputDialog ask(this);
    ask.setWindowTitle(tr("Save Filters"));
    ask.setLabelText(tr("Name for these filters:"));
    ask.setTextValue(tr("My filter"));
    if (m_dialogs.runDialog(&ask) != QDialog::Accepted || ask.textValue().trimmed().isEmpty())
        return;
    m_settings->saveFilter(ask.textValue().trimmed(), state());
    rebuildSavedMenu();
}

void FlagFilterBar::applySaved(const QString &name)
{
    if (m_settings)
        setState(m_settings->savedFilter(name));
}

} // namespace cw::ui
