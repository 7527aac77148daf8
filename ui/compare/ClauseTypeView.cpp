#include "compare/ClauseTypeView.h"

#include "archive/Database.h"
#include "compare/ClauseHtml.h"
#include "compare/CompareExport.h"
#include "dialogs/Dialogs.h"
#include "services/ComparisonService.h"
#include "util/Time.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace cw::ui {

namespace {

QString eventText(const AdoptionEvent &e)
{
    switch (e.kind) {
    case AdoptionEventKind::FirstCapture:
        return ClauseTypeView::tr("already there at the first capture (v%1)").arg(e.versionNumber);
    case AdoptionEventKind::Introduced:
        return ClauseTypeView::tr("introduced in v%1").arg(e.versionNumber);
    case AdoptionEventKind::Dropped:
        return ClauseTypeView::tr("dropped in v%1").arg(e.versionNumber);
    case AdoptionEventKind::Changed:
        break;
    }
    return e.clausesAfter == e.clausesBefore
               ? ClauseTypeView::tr("reworded in v%1").arg(e.versionNumber)
               : ClauseTypeView::tr("changed in v%1 (%2 → %3 clauses)")
                     .arg(e.versionNumber)
                     .arg(e.clausesBefore)
                     .arg(e.clausesAfter);
}

QString eventColour(AdoptionEventKind k)
{
    switch (k) {
    case AdoptionEventKind::Introduced:
        return QStringLiteral("#007A4D");
    case AdoptionEventKind::Dropped:
        return QStringLiteral("#707070");
    case AdoptionEventKind::Changed:
        return QStringLiteral("#005A8C");
    case AdoptionEventKind::FirstCapture:
        break;
    }
    return QStringLiteral("#333333");
}

} // namespace

ClauseTypeView::ClauseTypeView(const Database &db, Dialogs &dialogs, QWidget *parent)
    : QWidget(parent), m_db(db), m_dialogs(dialogs)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *bar = new QHBoxLayout;
    m_types = new QComboBox(this);
    m_types->setObjectName(QStringLiteral("clauseTypeBox"));
    m_types->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_onDate = new QCheckBox(tr("As it stood on"), this);
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setEnabled(false);
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(exportButton);
    connect(menu->addAction(tr("As CSV…")), &QAction::triggered, this,
            [this] { exportDialog(false); });
    connect(menu->addAction(tr("As JSON…")), &QAction::triggered, this,
            [this] { exportDialog(true); });
    exportButton->setMenu(menu);
    bar->addWidget(new QLabel(tr("Clause type"), this));
    bar->addWidget(m_types);
    bar->addSpacing(12);
    bar->addWidget(m_onDate);
    bar->addWidget(m_date);
    bar->addStretch(1);
    bar->addWidget(exportButton);
    layout->addLayout(bar);
    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("clauseTypePage"));
    m_view->document()->setDefaultStyleSheet(ClauseHtml::styleSheet());
    layout->addWidget(m_view, 1);

    connect(m_types, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            showCurrent();
    });
    connect(m_onDate, &QCheckBox::toggled, this, [this](bool on) {
        m_date->setEnabled(on);
        showCurrent();
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        if (m_onDate->isChecked())
            showCurrent();
    });
    fillTypes();
}

void ClauseTypeView::fillTypes()
{
    m_filling = true;
    const QString current = m_types->currentData().toString();
    m_types->clear();
    auto types = ComparisonService(m_db).types();
    if (types) {
        for (const MatrixType &t : *types)
            m_types->addItem(QStringLiteral("%1 — %2").arg(t.name, t.categoryName), t.key);
    }
    m_types->setCurrentIndex(std::max(0, m_types->findData(current)));
    m_filling = false;
}

void ClauseTypeView::reload()
{
    fillTypes();
    showCurrent();
}

void ClauseTypeView::showCurrent()
{
    const QString key = m_types->currentData().toString();
    if (key.isEmpty()) {
        m_view->setHtml(QStringLiteral("<p class=\"note\">%1</p>")
                            .arg(tr("No clause types in this archive yet.")));
        return;
    }
    showType(key, m_onDate->isChecked() ? std::optional<QDate>(m_date->date()) : std::nullopt);
}

bool ClauseTypeView::showType(const QString &typeKey, const std::optional<QDate> &at)
{
    // Reflect the request in the controls without re-entering.
    m_filling = true;
    const int i = m_types->findData(typeKey);
    if (i >= 0)
        m_types->setCurrentIndex(i);
    m_filling = false;
    {
        const QSignalBlocker b1(m_onDate), b2(m_date);
        m_onDate->setChecked(at.has_value());
        m_date->setEnabled(at.has_value());
        if (at)
            m_date->setDate(*at);
    }
    auto page = ComparisonService(m_db).clauseTypePage(typeKey, at);
    if (!page) {
        m_view->setHtml(
            QStringLiteral("<p>%1</p>").arg(ClauseHtml::escape(page.error().toString())));
        return false;
    }
    m_page = std::move(*page);
    render();
    return true;
}

void ClauseTypeView::render()
{
    const ClauseTypeInfo &t = m_page.type;
    QString h = QStringLiteral("<h1>%1</h1>").arg(ClauseHtml::escape(t.type.name));
    h += QStringLiteral("<p class=\"meta\">%1 · %2 %3")
             .arg(ClauseHtml::escape(t.type.categoryName), tr("default severity"),
                  ClauseHtml::severityBadge(t.type.defaultSeverity));
    if (!t.type.regulations.isEmpty())
        h += QStringLiteral(" · %1 %2")
                 .arg(tr("regulations:"),
                      ClauseHtml::escape(t.type.regulations.join(QStringLiteral(", ")).toUpper()));
    h += QStringLiteral("</p>");
    auto para = [&](const QString &title, const QString &text) {
        if (!text.isEmpty())
            h += QStringLiteral("<p><b>%1</b> %2</p>")
                     .arg(ClauseHtml::escape(title), ClauseHtml::escape(text));
    };
    para(tr("What it does."), t.description);
    para(tr("Why it matters."), t.whyItMatters);
    para(tr("Consumer impact."), t.consumerImpact);

    h += QStringLiteral("<h2>%1</h2>")
             .arg(m_page.at.isEmpty() ? tr("At every platform, now")
                                      : tr("At every platform, on %1").arg(m_page.at));
    QStringList notFound, notArchived;
    QString rows;
    for (const TypePlatformEntry &e : m_page.platforms) {
        if (e.state == CellState::NotFound) {
            notFound << e.platform.name;
            continue;
        }
        if (e.state == CellState::NotArchived) {
            notArchived << e.platform.name;
            continue;
        }
        for (qsizetype i = 0; i < e.clauses.size(); ++i) {
            const TypeClause &c = e.clauses.at(i);
            rows += QStringLiteral("<tr>");
            if (i == 0)
                rows += QStringLiteral("<td rowspan=\"%1\"><b>%2</b><br/>%3</td>")
                            .arg(e.clauses.size())
                            .arg(ClauseHtml::escape(e.platform.name),
                                 ClauseHtml::escape(e.platform.group));
            rows += QStringLiteral("<td>%1<br/>%2<br/><small>%3<br/>%4 v%5</small></td>"
                                   "<td><i>%6</i></td><td>%7</td></tr>")
                        .arg(ClauseHtml::severityBadge(c.severity),
                             ClauseHtml::reviewBadge(c.reviewed()), ClauseHtml::escape(c.recordId),
                             ClauseHtml::escape(c.termsType))
                        .arg(c.versionNumber)
                        .arg(ClauseHtml::escape(c.summary), ClauseHtml::escape(c.text));
        }
    }
    if (rows.isEmpty())
        h +=
            QStringLiteral("<p class=\"note\">%1</p>").arg(tr("No platform has this clause type."));
    else
        h += QStringLiteral(
                 "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" border=\"1\" "
                 "style=\"border-color:#CCCCCC; border-style:solid;\"><tr><th width=\"14%\">%1</th>"
                 "<th width=\"13%\">%2</th><th width=\"27%\">%3</th><th>%4</th></tr>%5"
                 "</table>")
                 .arg(tr("Platform"), tr("Severity"), tr("In plain language"),
                      tr("Original wording"), rows);
    if (!notFound.isEmpty())
        h += QStringLiteral("<p class=\"note\"><b>%1</b> %2</p>")
                 .arg(tr("Not found at:"), ClauseHtml::escape(notFound.join(QStringLiteral(", "))));
    if (!notArchived.isEmpty())
        h += QStringLiteral("<p class=\"note\"><b>%1</b> %2</p>")
                 .arg(tr("No document archived where it would be:"),
                      ClauseHtml::escape(notArchived.join(QStringLiteral(", "))));

    h += QStringLiteral("<h2>%1</h2>").arg(tr("Adoption timeline"));
    if (m_page.timeline.isEmpty()) {
        h += QStringLiteral("<p class=\"note\">%1</p>")
                 .arg(tr("No history for this clause type yet."));
    } else {
        h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\">");
        for (const AdoptionEvent &e : m_page.timeline)
            h += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td><td>%3</td>"
                                "<td style=\"color:%4;\">%5</td></tr>")
                     .arg(e.date.left(10), ClauseHtml::escape(e.platform),
                          ClauseHtml::escape(e.termsType), eventColour(e.kind),
                          ClauseHtml::escape(eventText(e)));
        h += QStringLiteral("</table>");
    }
    m_view->setHtml(h);
}

Status ClauseTypeView::exportTo(const QString &path, bool json) const
{
    const QByteArray bytes =
        json ? QJsonDocument(CompareExport::typePageJson(m_page, nowIsoUtc())).toJson()
             : CompareExport::typePageCsv(m_page);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        return makeError(tr("exporting the clause-type page to %1").arg(path),
                         tr("cannot write the file"), f.errorString());
    return {};
}

void ClauseTypeView::exportDialog(bool json)
{
    if (m_page.type.type.key.isEmpty())
        return;
    const QString path = m_dialogs.saveFile(
        this, tr("Export the clause-type page"),
        CompareExport::suggestedFileName(m_page.type.type.key, m_page.at,
                                         json ? QStringLiteral("json") : QStringLiteral("csv")),
        json ? tr("JSON (*.json)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto s = exportTo(path, json); !s)
        m_dialogs.error(this, tr("Export"), s.error().toString());
}

} // namespace cw::ui
