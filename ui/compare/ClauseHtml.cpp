#include "compare/ClauseHtml.h"

#include "models/SeverityStyle.h"

#include <QCoreApplication>

namespace cw::ui {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("cw::ui::ClauseHtml", s);
}
} // namespace

QString ClauseHtml::escape(const QString &text)
{
    return text.toHtmlEscaped();
}

QString ClauseHtml::severityBadge(Severity s)
{
    return QStringLiteral("<span style=\"background-color:%1; color:%2; font-weight:600;\">"
                          "&nbsp;%3&nbsp;</span>")
        .arg(SeverityStyle::background(s).name(), SeverityStyle::foreground(s).name(),
             escape(SeverityStyle::word(s)));
}

QString ClauseHtml::reviewBadge(bool reviewed)
{
    return reviewed
               ? QStringLiteral("<span style=\"color:#00704A;\">✓ %1</span>").arg(tr("reviewed"))
               : QStringLiteral("<span style=\"color:#8A5A00;\">%1</span>").arg(tr("to review"));
}

QString ClauseHtml::clause(const TypeClause &c)
{
    QString h;
    h += QStringLiteral("<p class=\"meta\">%1 &nbsp;%2 &nbsp;<b>%3</b> · %4 v%5")
             .arg(severityBadge(c.severity), reviewBadge(c.reviewed()), escape(c.recordId),
                  escape(c.termsType))
             .arg(c.versionNumber);
    if (!c.headingPath.isEmpty())
        h += QStringLiteral(" · %1").arg(escape(c.headingPath.mid(1).join(QStringLiteral(" › "))));
    h += QStringLiteral("</p>");
    if (!c.summary.isEmpty())
        h += QStringLiteral("<p class=\"summary\">%1</p>").arg(escape(c.summary));
    h += QStringLiteral("<blockquote>%1</blockquote>").arg(escape(c.text));
    return h;
}

QString ClauseHtml::styleSheet()
{
    return QStringLiteral("h2 { margin-bottom: 2px; } "
                          "p.meta { color: #444444; margin-bottom: 2px; } "
                          "p.summary { font-style: italic; margin-top: 2px; margin-bottom: 2px; } "
                          "p.note { color: #555555; } "
                          "blockquote { margin-left: 12px; margin-top: 2px; margin-bottom: 10px; "
                          "color: #222222; } "
                          "th { text-align: left; background-color: #EEEEEE; } "
                          "td { vertical-align: top; }");
}

} // namespace cw::ui
