#include "compare/MatrixChanges.h"

#include <QHash>

namespace cw {

QString cellChangeKey(CellChangeKind k)
{
    switch (k) {
    case CellChangeKind::Disappeared:
        return QStringLiteral("disappeared");
    case CellChangeKind::SeverityRaised:
        return QStringLiteral("severity_raised");
    case CellChangeKind::SeverityLowered:
        return QStringLiteral("severity_lowered");
    case CellChangeKind::Changed:
        return QStringLiteral("changed");
    case CellChangeKind::Appeared:
        break;
    }
    return QStringLiteral("appeared");
}

namespace {

// A present cell of `m`, or null.
const MatrixCell *presentCell(const ComparisonMatrix &m, int row, int column)
{
    if (row < 0 || column < 0)
        return nullptr;
    const MatrixCell &c = m.cell(row, column);
    return c.state == CellState::Present ? &c : nullptr;
}

} // namespace

QList<CellChange> MatrixChanges::between(const ComparisonMatrix &before,
                                         const ComparisonMatrix &after,
                                         const QSet<CellKey> &touched)
{
    QHash<QString, int> beforeRow;
    for (int r = 0; r < before.rows.size(); ++r)
        beforeRow.insert(before.rows.at(r).key, r);
    QHash<qint64, int> beforeColumn;
    for (int c = 0; c < before.columns.size(); ++c)
        beforeColumn.insert(before.columns.at(c).platform.id, c);

    QList<CellChange> out;
    auto compare = [&](const QString &typeKey, qint64 platformId, const MatrixCell *was,
                       const MatrixCell *now) {
        CellChange ch;
        ch.typeKey = typeKey;
        ch.platformId = platformId;
        if (was) {
            ch.before = was->severity;
            ch.countBefore = was->count;
        }
        if (now) {
            ch.after = now->severity;
            ch.countAfter = now->count;
        }
        if (!was && !now)
            return;
        if (!was)
            ch.kind = CellChangeKind::Appeared;
        else if (!now)
            ch.kind = CellChangeKind::Disappeared;
        else if (*now->severity > *was->severity)
            ch.kind = CellChangeKind::SeverityRaised;
        else if (*now->severity < *was->severity)
            ch.kind = CellChangeKind::SeverityLowered;
        else if (now->count != was->count || touched.contains(CellKey{platformId, typeKey}))
            ch.kind = CellChangeKind::Changed;
        else
            return;
        out.append(ch);
    };

    for (int r = 0; r < after.rows.size(); ++r) {
        const QString &key = after.rows.at(r).key;
        const int br = beforeRow.value(key, -1);
        for (int c = 0; c < after.columns.size(); ++c) {
            const qint64 pid = after.columns.at(c).platform.id;
            const int bc = beforeColumn.value(pid, -1);
            compare(key, pid, presentCell(before, br, bc), presentCell(after, r, c));
        }
    }
    // Cells of rows or columns that only the earlier matrix has: disappeared.
    QSet<QString> afterRows;
    for (const MatrixType &t : after.rows)
        afterRows.insert(t.key);
    QSet<qint64> afterColumns;
    for (const MatrixColumn &c : after.columns)
        afterColumns.insert(c.platform.id);
    for (int r = 0; r < before.rows.size(); ++r) {
        const QString &key = before.rows.at(r).key;
        for (int c = 0; c < before.columns.size(); ++c) {
            const qint64 pid = before.columns.at(c).platform.id;
            if (afterRows.contains(key) && afterColumns.contains(pid))
                continue;
            compare(key, pid, presentCell(before, r, c), nullptr);
        }
    }
    return out;
}

} // namespace cw
