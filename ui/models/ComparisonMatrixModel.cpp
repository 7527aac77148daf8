#include "models/ComparisonMatrixModel.h"

#include "models/SeverityStyle.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace cw::ui {

namespace {

QString reviewedNote(const MatrixCell &c)
{
    if (c.reviewed())
        return ComparisonMatrixModel::tr("reviewed");
    return c.unreviewed == c.count
               ? ComparisonMatrixModel::tr("not reviewed")
               : ComparisonMatrixModel::tr("%1 of %2 not reviewed").arg(c.unreviewed).arg(c.count);
}

// Green for "new", grey for "gone", amber for a severity move, blue for a change.
QColor changeColour(CellChangeKind k)
{
    switch (k) {
    case CellChangeKind::Appeared:
        return QColor(0x00, 0x7A, 0x4D);
    case CellChangeKind::Disappeared:
        return QColor(0x70, 0x70, 0x70);
    case CellChangeKind::SeverityRaised:
    case CellChangeKind::SeverityLowered:
        return QColor(0xB3, 0x3A, 0x00);
    case CellChangeKind::Changed:
        break;
    }
    return QColor(0x00, 0x5A, 0x8C);
}

QString changeSentence(const CellChange &c)
{
    switch (c.kind) {
    case CellChangeKind::Appeared:
        return ComparisonMatrixModel::tr("the clause type appeared");
    case CellChangeKind::Disappeared:
        return ComparisonMatrixModel::tr("the clause type disappeared (it was %1)")
            .arg(SeverityStyle::word(*c.before));
    case CellChangeKind::SeverityRaised:
        return ComparisonMatrixModel::tr("severity raised from %1")
            .arg(SeverityStyle::word(*c.before));
    case CellChangeKind::SeverityLowered:
        return ComparisonMatrixModel::tr("severity lowered from %1")
            .arg(SeverityStyle::word(*c.before));
    case CellChangeKind::Changed:
        break;
    }
    return ComparisonMatrixModel::tr("a clause of this type was added, removed or reworded "
                                     "(%1 → %2 clauses)")
        .arg(c.countBefore)
        .arg(c.countAfter);
}

} // namespace

ComparisonMatrixModel::ComparisonMatrixModel(QObject *parent) : QAbstractTableModel(parent) {}

QString ComparisonMatrixModel::cellText(const MatrixCell &c)
{
    switch (c.state) {
    case CellState::NotFound:
        return tr("not found");
    case CellState::NotArchived:
        return tr("not archived");
    case CellState::Present:
        break;
    }
    const QString base = tr("%1 ×%2").arg(SeverityStyle::word(*c.severity)).arg(c.count);
    return c.reviewed() ? base + QStringLiteral(" ✓") : base + tr(" · to review");
}

void ComparisonMatrixModel::setMatrix(ComparisonMatrix matrix)
{
    beginResetModel();
    m_matrix = std::move(matrix);
    m_comparing = false;
    m_before.clear();
    m_changes.clear();
    rebuildEntries();
    endResetModel();
}

void ComparisonMatrixModel::setComparison(MatrixComparison comparison)
{
    beginResetModel();
    m_matrix = std::move(comparison.after);
    m_comparing = true;
    m_before = comparison.before.at;
    m_changes.clear();
    for (const CellChange &c : comparison.changes)
        m_changes.insert({c.platformId, c.typeKey}, c);
    rebuildEntries();
    endResetModel();
}

void ComparisonMatrixModel::rebuildEntries()
{
    m_entries.clear();
    QString category;
    bool first = true;
    for (int r = 0; r < m_matrix.rows.size(); ++r) {
        const MatrixType &t = m_matrix.rows.at(r);
        if (first || t.categoryName != category) {
            category = t.categoryName;
            first = false;
            m_entries.append({-1, category});
        }
        m_entries.append({r, category});
    }
}

int ComparisonMatrixModel::matrixRow(int modelRow) const
{
    return modelRow >= 0 && modelRow < m_entries.size() ? m_entries.at(modelRow).matrixRow : -1;
}

int ComparisonMatrixModel::modelRow(const QString &typeKey) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        const int r = m_entries.at(i).matrixRow;
        if (r >= 0 && m_matrix.rows.at(r).key == typeKey)
            return i;
    }
    return -1;
}

int ComparisonMatrixModel::modelColumn(qint64 platformId) const
{
    const int c = m_matrix.columnOf(platformId);
    return c < 0 ? -1 : c + int(Column::FirstPlatform);
}

std::optional<CellChange> ComparisonMatrixModel::changeAt(const QModelIndex &index) const
{
    const int r = matrixRow(index.row());
    const int c = index.column() - int(Column::FirstPlatform);
    if (r < 0 || c < 0 || c >= m_matrix.columns.size())
        return std::nullopt;
    const auto it =
        m_changes.constFind({m_matrix.columns.at(c).platform.id, m_matrix.rows.at(r).key});
    if (it == m_changes.cend())
        return std::nullopt;
    return *it;
}

int ComparisonMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ComparisonMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.columns.size()) + int(Column::FirstPlatform);
}

QVariant ComparisonMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    if (e.matrixRow < 0) { // category heading
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == int(Column::ClauseType) ? e.categoryName : QVariant();
        case IsCategoryRole:
            return true;
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            return f;
        }
        case Qt::BackgroundRole:
            return QPalette().brush(QPalette::Button);
        case CellStateRole:
        case ChangeRole:
            return -1;
        case SortRole:
            return e.categoryName;
        default:
            return {};
        }
    }
    const MatrixType &type = m_matrix.rows.at(e.matrixRow);
    if (role == TypeKeyRole)
        return type.key;
    if (role == IsCategoryRole)
        return false;
    if (index.column() == int(Column::ClauseType)) {
        switch (role) {
        case Qt::DisplayRole:
        case SortRole:
            return type.name;
        case Qt::ToolTipRole:
            return type.regulations.isEmpty()
                       ? tr("%1 (%2)").arg(type.name, type.key)
                       : tr("%1 (%2)\nRegulations: %3")
                             .arg(type.name, type.key, type.regulations.join(QStringLiteral(", ")));
        case PlatformIdRole:
            return qint64(0);
        case CellStateRole:
        case ChangeRole:
            return -1;
        default:
            return {};
        }
    }
    const int c = index.column() - int(Column::FirstPlatform);
    const MatrixColumn &column = m_matrix.columns.at(c);
    const MatrixCell &cell = m_matrix.cell(e.matrixRow, c);
    const auto change = m_changes.constFind({column.platform.id, type.key});
    return cellData(type, column, cell, change == m_changes.cend() ? nullptr : &*change, role);
}

QVariant ComparisonMatrixModel::cellData(const MatrixType &type, const MatrixColumn &column,
                                         const MatrixCell &cell, const CellChange *change,
                                         int role) const
{
    const bool present = cell.state == CellState::Present;
    switch (role) {
    case Qt::DisplayRole: {
        if (!change)
            return cellText(cell);
        const QString now =
            present ? tr("%1 ×%2").arg(SeverityStyle::word(*cell.severity)).arg(cell.count)
                    : QString();
        switch (change->kind) {
        case CellChangeKind::Appeared:
            return tr("new · %1").arg(now);
        case CellChangeKind::Disappeared:
            return tr("gone (was %1)").arg(SeverityStyle::word(*change->before));
        case CellChangeKind::SeverityRaised:
        case CellChangeKind::SeverityLowered:
            return tr("%1 → %2").arg(SeverityStyle::word(*change->before), now);
        case CellChangeKind::Changed:
            return tr("changed · %1").arg(now);
        }
        return cellText(cell);
    }
    case Qt::ToolTipRole: {
        QString tip;
        switch (cell.state) {
        case CellState::Present:
            tip = tr("%1 — %2: %3, %4, %5. Click to see the clauses.")
                      .arg(column.platform.name, type.name, SeverityStyle::word(*cell.severity),
                           cell.count == 1 ? tr("1 clause") : tr("%1 clauses").arg(cell.count),
                           reviewedNote(cell));
            break;
        case CellState::NotFound:
            tip = tr("%1 — %2: none of its archived documents has such a clause.")
                      .arg(column.platform.name, type.name);
            break;
        case CellState::NotArchived:
            tip = tr("%1 — %2: no %3 document of this platform is archived, so this cannot be "
                     "told.")
                      .arg(column.platform.name, type.name,
                           type.category == QLatin1String("data") ? tr("privacy") : tr("terms"));
            break;
        }
        if (change)
            tip += QLatin1Char('\n') + tr("Since %1: %2").arg(m_before, changeSentence(*change));
        return tip;
    }
    case Qt::BackgroundRole:
        // Comparing: what did not change steps back, so the changes stand out.
        if (present && m_comparing && !change) {
            const QColor c = SeverityStyle::background(*cell.severity);
            return QBrush(QColor((c.red() + 3 * 255) / 4, (c.green() + 3 * 255) / 4,
                                 (c.blue() + 3 * 255) / 4));
        }
        if (present)
            return QBrush(SeverityStyle::background(*cell.severity));
        if (change && change->kind == CellChangeKind::Disappeared)
            return QBrush(QColor(0xEC, 0xEC, 0xEC));
        return {};
    case Qt::ForegroundRole:
        if (change)
            return QBrush(changeColour(change->kind));
        if (present && m_comparing)
            return QBrush(QColor(0x90, 0x90, 0x90));
        if (present)
            return QBrush(SeverityStyle::foreground(*cell.severity));
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    case Qt::FontRole: {
        QFont f;
        if (change)
            f.setBold(true);
        if (cell.state == CellState::NotArchived)
            f.setItalic(true);
        return f;
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case PlatformIdRole:
        return column.platform.id;
    case CellStateRole:
        return int(cell.state);
    case SeverityRole:
        return present ? int(*cell.severity) : 0;
    case CountRole:
        return cell.count;
    case ReviewedRole:
        return cell.reviewed();
    case ChangeRole:
        return change ? int(change->kind) : -1;
    case SortRole:
        return present ? int(*cell.severity) * 1000 + cell.count : 0;
    default:
        return {};
    }
}

QVariant ComparisonMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == int(Column::ClauseType)) {
        if (role == Qt::DisplayRole)
            return m_matrix.at.isEmpty() ? tr("Clause type — now")
                                         : tr("Clause type — on %1").arg(m_matrix.at);
        return {};
    }
    const int c = section - int(Column::FirstPlatform);
    if (c < 0 || c >= m_matrix.columns.size())
        return {};
    const MatrixColumn &col = m_matrix.columns.at(c);
    switch (role) {
    case Qt::DisplayRole:
        return col.platform.name;
    case Qt::ToolTipRole:
        return tr("%1 (%2): %3 High, %4 Medium, %5 Low clause types")
            .arg(col.platform.name, col.platform.group)
            .arg(col.highCells)
            .arg(col.mediumCells)
            .arg(col.lowCells);
    case PlatformIdRole:
        return col.platform.id;
    default:
        return {};
    }
}

} // namespace cw::ui
