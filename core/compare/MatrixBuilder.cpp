#include "compare/MatrixBuilder.h"

#include "compare/DocumentFamily.h"

#include <QHash>
#include <algorithm>
#include <numeric>

namespace cw {

ComparisonMatrix MatrixBuilder::build(const MatrixFacts &facts, const MatrixFilter &filter)
{
    ComparisonMatrix m;
    m.at = facts.at;
    m.filter = filter;

    QHash<QString, int> rowOf;
    for (const MatrixType &t : facts.types) {
        if (!filter.category.isEmpty() && t.category != filter.category)
            continue;
        if (!filter.regulation.isEmpty() && !t.regulations.contains(filter.regulation))
            continue;
        rowOf.insert(t.key, int(m.rows.size()));
        m.rows.append(t);
    }
    QList<MatrixColumn> columns;
    QHash<qint64, int> columnOf;
    for (const MatrixPlatform &p : facts.platforms) {
        if (!filter.platformGroup.isEmpty() &&
            p.group.compare(filter.platformGroup, Qt::CaseInsensitive) != 0)
            continue;
        columnOf.insert(p.id, int(columns.size()));
        columns.append(MatrixColumn{p, 0, 0, 0});
    }

    // Cells in the facts' platform order first; columns are sorted after.
    const qsizetype nRows = m.rows.size();
    const qsizetype nCols = columns.size();
    QList<MatrixCell> cells(nRows * nCols);
    for (const MatrixFact &f : facts.facts) {
        if (filter.review == ReviewFilter::Reviewed && !f.reviewed)
            continue;
        if (filter.review == ReviewFilter::Unreviewed && f.reviewed)
            continue;
        const auto r = rowOf.constFind(f.typeKey);
        const auto c = columnOf.constFind(f.platformId);
        if (r == rowOf.cend() || c == columnOf.cend() || f.count <= 0)
            continue;
        MatrixCell &cell = cells[qsizetype(*r) * nCols + *c];
        cell.state = CellState::Present;
        cell.count += f.count;
        if (!f.reviewed)
            cell.unreviewed += f.count;
        if (!cell.severity || *cell.severity < f.severity)
            cell.severity = f.severity;
    }
    for (qsizetype r = 0; r < nRows; ++r) {
        const unsigned needed =
            DocumentFamilies::bit(DocumentFamilies::ofCategory(m.rows.at(r).category));
        for (qsizetype c = 0; c < nCols; ++c) {
            MatrixCell &cell = cells[r * nCols + c];
            MatrixColumn &col = columns[c];
            if (cell.state == CellState::Present) {
                switch (*cell.severity) {
                case Severity::High:
                    ++col.highCells;
                    break;
                case Severity::Medium:
                    ++col.mediumCells;
                    break;
                case Severity::Low:
                    ++col.lowCells;
                    break;
                }
                continue;
            }
            cell.state = (col.platform.archivedFamilies & needed) ? CellState::NotFound
                                                                  : CellState::NotArchived;
        }
    }

    QList<int> order(nCols);
    std::iota(order.begin(), order.end(), 0);
    auto byName = [&](int a, int b) {
        const int cmp = QString::compare(columns.at(a).platform.name, columns.at(b).platform.name,
                                         Qt::CaseInsensitive);
        return cmp != 0 ? cmp < 0 : columns.at(a).platform.id < columns.at(b).platform.id;
    };
    if (filter.sortByRisk) {
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            const MatrixColumn &x = columns.at(a);
            const MatrixColumn &y = columns.at(b);
            if (x.highCells != y.highCells)
                return x.highCells > y.highCells;
            if (x.mediumCells != y.mediumCells)
                return x.mediumCells > y.mediumCells;
            if (x.lowCells != y.lowCells)
                return x.lowCells > y.lowCells;
            return byName(a, b);
        });
    } else {
        std::sort(order.begin(), order.end(), byName);
    }
    m.columns.reserve(nCols);
    for (int c : order)
        m.columns.append(columns.at(c));
    m.cells.resize(nRows * nCols);
    for (qsizetype r = 0; r < nRows; ++r)
        for (qsizetype c = 0; c < nCols; ++c)
            m.cells[r * nCols + c] = cells.at(r * nCols + order.at(c));
    return m;
}

} // namespace cw
