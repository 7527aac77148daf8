#include "models/ClauseChangeModel.h"

#include "diff/DiffPalette.h"
#include "models/SeverityStyle.h"

#include <QColor>

namespace cw::ui {

ClauseChangeModel::ClauseChangeModel(QObject *parent) : QAbstractTableModel(parent) {}

void ClauseChangeModel::setComparison(std::shared_ptr<const VersionComparison> comparison)
{
    beginResetModel();
    m_comparison = std::move(comparison);
    m_rows.clear();
    if (m_comparison) {
        const QList<ClauseChange> &changes = m_comparison->clauses.changes;
        for (int i = 0; i < int(changes.size()); ++i)
            if (changes[i].isChange())
                m_rows.append(i);
    }
    endResetModel();
}

const ClauseChange *ClauseChangeModel::change(int row) const
{
    if (!m_comparison || row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_comparison->clauses.changes[m_rows[row]];
}

int ClauseChangeModel::renumberedOnly() const
{
    return m_comparison ? m_comparison->clauses.renumbered : 0;
}

int ClauseChangeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClauseChangeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString ClauseChangeModel::kindWord(const ClauseChange &c)
{
    switch (c.kind) {
    case ClauseChange::Kind::Added:
        return tr("Added");
    case ClauseChange::Kind::Removed:
        return tr("Removed");
    case ClauseChange::Kind::Modified:
        return tr("Modified");
    case ClauseChange::Kind::Moved:
        return c.wordingChanged ? tr("Moved + modified") : tr("Moved");
    case ClauseChange::Kind::Renumbered:
        return tr("Renumbered");
    case ClauseChange::Kind::Unchanged:
        break;
    }
    return tr("Unchanged");
}

namespace {

QString where(const Clause &c)
{
    QString w = c.headingPath.isEmpty() ? QString() : c.headingPath.last();
    if (!c.number.isEmpty() && !w.startsWith(c.number))
        w = w.isEmpty() ? c.number : QStringLiteral("%1 · %2").arg(w, c.number);
    return w;
}

QString excerpt(const QString &text, int chars)
{
    const QString s = text.simplified();
    return s.size() > chars ? s.left(chars - 1) + QChar(0x2026) : s;
}

int highestSeverity(const ClauseChange &c)
{
    int s = 0;
    for (const ClauseFlagRef &f : c.flags)
        if (f.status != ReviewStatus::Rejected)
            s = std::max(s, int(f.severity));
    return s;
}

QColor kindColour(const ClauseChange &c)
{
    switch (c.kind) {
    case ClauseChange::Kind::Added:
        return DiffPalette::foreground(RedlineMark::Style::Insert);
    case ClauseChange::Kind::Removed:
        return DiffPalette::foreground(RedlineMark::Style::Delete);
    case ClauseChange::Kind::Moved:
        return DiffPalette::foreground(RedlineMark::Style::MovedTo);
    default:
        break;
    }
    return QColor(0x33, 0x33, 0x33);
}

} // namespace

QVariant ClauseChangeModel::data(const QModelIndex &index, int role) const
{
    const ClauseChange *c = index.isValid() ? change(index.row()) : nullptr;
    if (!c)
        return {};
    const Clause &clause = c->clause();
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Change:
            return kindWord(*c);
        case Column::Clause: {
            const QString w = where(clause);
            return w.isEmpty() ? excerpt(clause.text, 90)
                               : QStringLiteral("%1 — %2").arg(w, excerpt(clause.text, 70));
        }
        case Column::Similarity:
            return c->before && c->after && c->wordingChanged
                       ? QStringLiteral("%1%").arg(qRound(c->similarity * 100))
                       : QString();
        case Column::Flags: {
            QStringList flags;
            for (const ClauseFlagRef &f : c->flags)
                if (f.status != ReviewStatus::Rejected)
                    flags << QStringLiteral("%1 (%2)").arg(f.typeName,
                                                           SeverityStyle::word(f.severity));
            return flags.join(QStringLiteral(", "));
        }
        case Column::Count:
            break;
        }
        break;
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<b>%1</b>").arg(kindWord(*c).toHtmlEscaped());
        if (!where(clause).isEmpty())
            tip += QStringLiteral(" — %1").arg(where(clause).toHtmlEscaped());
        tip += QStringLiteral("<p>%1</p>").arg(excerpt(clause.text, 600).toHtmlEscaped());
        for (const ClauseEdit &e : c->edits) {
            if (!e.removed.trimmed().isEmpty())
                tip += QStringLiteral("<br><s>%1</s>").arg(excerpt(e.removed, 200).toHtmlEscaped());
            if (!e.added.trimmed().isEmpty())
                tip += QStringLiteral("<br><u>%1</u>").arg(excerpt(e.added, 200).toHtmlEscaped());
        }
        return tip;
    }
    case Qt::ForegroundRole:
        if (column == Column::Change)
            return kindColour(*c);
        if (column == Column::Flags && highestSeverity(*c) > 0)
            return SeverityStyle::foreground(Severity(highestSeverity(*c)));
        break;
    case Qt::BackgroundRole:
        if (column == Column::Flags && highestSeverity(*c) > 0)
            return SeverityStyle::background(Severity(highestSeverity(*c)));
        break;
    case Qt::TextAlignmentRole:
        if (column == Column::Similarity)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case OffsetRole:
        return qint64(clause.start);
    case OldSideRole:
        return !c->after.has_value();
    case SeverityRole:
        return highestSeverity(*c);
    case KindRole:
        return int(c->kind);
    case SortRole:
        switch (column) {
        case Column::Change:
            return int(c->kind);
        case Column::Clause:
            return index.row();
        case Column::Similarity:
            return c->similarity;
        case Column::Flags:
            return highestSeverity(*c);
        case Column::Count:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ClauseChangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Change:
        return tr("Change");
    case Column::Clause:
        return tr("Clause");
    case Column::Similarity:
        return tr("Similar");
    case Column::Flags:
        return tr("Flags");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace cw::ui
