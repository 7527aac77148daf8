#include "alerts/LineageChangeSummarizer.h"

#include <QCoreApplication>
#include <QStringList>

namespace cw {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("cw::LineageChangeSummarizer", s);
}

// English plural forms without a translation file (Qt's %n needs one).
QString plural(int n, const char *one, const char *many)
{
    return (n == 1 ? tr(one) : tr(many)).arg(n);
}

QString severityWord(Severity s)
{
    switch (s) {
    case Severity::High:
        return tr("High");
    case Severity::Medium:
        return tr("Medium");
    case Severity::Low:
        break;
    }
    return tr("Low");
}

// "Reworded: 4.2 Fees; 17. Mediation and 2 more places."
QString placeList(const ChangeFacts &f, ClauseChangeKind kind, const QString &heading)
{
    constexpr int kShown = 3;
    QStringList labels;
    int total = 0;
    for (const ClauseChangeRef &c : f.clauses) {
        if (c.kind != kind)
            continue;
        if (labels.size() < kShown)
            labels << c.label;
        ++total;
    }
    if (labels.isEmpty())
        return {};
    QString s = heading + QLatin1Char(' ') + labels.join(QStringLiteral("; "));
    if (total > kShown)
        s += QLatin1Char(' ') + plural(total - kShown, "and %1 more place", "and %1 more places");
    return s + QLatin1Char('.');
}

} // namespace

QString LineageChangeSummarizer::summarize(const Database &, const ChangeFacts &facts) const
{
    return describe(facts);
}

QString LineageChangeSummarizer::describe(const ChangeFacts &f)
{
    QStringList parts;
    if (f.kind == ChangeKind::DateOnly) {
        if (f.declaredBefore != f.declaredAfter && !f.declaredAfter.isEmpty())
            parts << tr("Only the document’s “last updated” date moved (%1 → %2); the text is "
                        "otherwise unchanged.")
                         .arg(f.declaredBefore.isEmpty() ? tr("none") : f.declaredBefore,
                              f.declaredAfter);
        else
            parts << tr("Only the document’s date statement changed; the text is otherwise "
                        "unchanged.");
        return parts.join(QLatin1Char(' '));
    }
    // What matters first: a silent change, then what changed and where; the
    // document's own date last.
    if (f.kind == ChangeKind::SilentChange)
        parts << tr("Silent change (its “last updated” date still says %1).").arg(f.declaredBefore);

    QStringList counts;
    if (f.added)
        counts << plural(f.added, "%1 clause added", "%1 clauses added");
    if (f.reworded)
        counts << (counts.isEmpty()
                       ? plural(f.reworded, "%1 clause reworded", "%1 clauses reworded")
                       : tr("%1 reworded").arg(f.reworded));
    if (f.removed)
        counts << (counts.isEmpty() ? plural(f.removed, "%1 clause removed", "%1 clauses removed")
                                    : tr("%1 removed").arg(f.removed));
    if (f.moved)
        counts << (counts.isEmpty() ? plural(f.moved, "%1 clause moved", "%1 clauses moved")
                                    : tr("%1 moved").arg(f.moved));
    if (counts.isEmpty())
        parts << tr("The wording changed outside the clauses (headings or layout).");
    else
        parts << counts.join(QStringLiteral(", ")) + QLatin1Char('.');
    for (const auto &[kind, heading] : {std::pair{ClauseChangeKind::Reworded, tr("Reworded:")},
                                        std::pair{ClauseChangeKind::Added, tr("Added:")},
                                        std::pair{ClauseChangeKind::Removed, tr("Removed:")},
                                        std::pair{ClauseChangeKind::Moved, tr("Moved:")}}) {
        const QString list = placeList(f, kind, heading);
        if (!list.isEmpty())
            parts << list;
    }
    if (!f.flags.isEmpty()) {
        QStringList touched;
        for (const FlagTouch &t : f.flags) {
            const QString change = t.change == QLatin1String("added")     ? tr("added")
                                   : t.change == QLatin1String("removed") ? tr("removed")
                                                                          : tr("reworded");
            touched << tr("%1 (%2, %3)").arg(t.typeName, severityWord(t.severity), change);
        }
        parts << tr("Flags touched: %1.").arg(touched.join(QStringLiteral("; ")));
    }
    if (f.kind == ChangeKind::Change && !f.declaredAfter.isEmpty() &&
        f.declaredAfter != f.declaredBefore)
        parts << tr("“Last updated” moved to %1.").arg(f.declaredAfter);
    return parts.join(QLatin1Char(' '));
}

} // namespace cw
