#include "detail/ProvisionHtml.h"

#include "models/FlagTableModel.h"
#include "models/SeverityStyle.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace cw::ui {

QString ProvisionHtml::original(const QString &text, const QList<std::pair<int, int>> &evidence,
                                const QColor &markBackground, const QColor &markText)
{
    // Merge overlapping spans, clamp them to the text.
    QList<std::pair<int, int>> spans;
    for (auto [s, e] : evidence) {
        s = std::clamp(s, 0, int(text.size()));
        e = std::clamp(e, s, int(text.size()));
        if (e > s)
            spans.append({s, e});
    }
    std::sort(spans.begin(), spans.end());
    QList<std::pair<int, int>> merged;
    for (const auto &sp : spans) {
        if (!merged.isEmpty() && sp.first <= merged.last().second)
            merged.last().second = std::max(merged.last().second, sp.second);
        else
            merged.append(sp);
    }
    const auto esc = [](const QString &s) {
        return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    };
    QString html;
    int pos = 0;
    for (const auto &[s, e] : merged) {
        html += esc(text.mid(pos, s - pos));
        html += QStringLiteral("<span style=\"background-color:%1; color:%2; font-weight:600;\">%3</span>")
                    .arg(markBackground.name(), markText.name(), esc(text.mid(s, e - s)));
        pos = e;
    }
    html += esc(text.mid(pos));
    return html;
}

QString ProvisionHtml::badges(const ProvisionDetail &d, bool dark)
{
    const Severity s = d.flag.severity;
    const auto badge = [](const QString &text, const QColor &bg, const QColor &fg) {
        return QStringLiteral("<span style=\"background-color:%1; color:%2; font-weight:600;\">"
                              "&nbsp;%3&nbsp;</span>")
            .arg(bg.name(), fg.name(), text.toHtmlEscaped());
    };
    QString html = badge(QCoreApplication::translate("cw::ui::ClauseDetail", "%1 severity")
                             .arg(SeverityStyle::word(s)),
                         SeverityStyle::background(s, dark), SeverityStyle::foreground(s, dark));
    html += QStringLiteral("&nbsp;&nbsp;") + FlagTableModel::statusText(d.flag.status).toHtmlEscaped();
    if (d.flag.changedSinceReview)
        html += QStringLiteral("&nbsp;&nbsp;<b>") +
                QCoreApplication::translate("cw::ui::ClauseDetail", "● Changed since last review")
                    .toHtmlEscaped() +
                QStringLiteral("</b>");
    return html;
}

QString ProvisionHtml::regulations(const QList<RegulationRef> &regs)
{
    QStringList lines;
    for (const RegulationRef &r : regs) {
        QString line = QStringLiteral("<b>%1</b> — %2").arg(r.shortName.toHtmlEscaped(),
                                                            r.name.toHtmlEscaped());
        if (!r.citation.isEmpty())
            line += QStringLiteral(" (%1)").arg(r.citation.toHtmlEscaped());
        line += QStringLiteral(" · <i>%1</i>").arg(r.jurisdiction.toHtmlEscaped());
        lines << line;
    }
    return lines.join(QStringLiteral("<br>"));
}

QString ProvisionHtml::utc(const QString &iso)
{
    if (iso.isEmpty())
        return {};
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC")
                       : iso;
}

QString ProvisionHtml::link(const QString &url, const QString &text)
{
    if (url.isEmpty())
        return {};
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(url.toHtmlEscaped(), (text.isEmpty() ? url : text).toHtmlEscaped());
}

} // namespace cw::ui
