#include "models/FlagTableModel.h"

#include "model/ClauseCategory.h"
#include "models/SeverityStyle.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace cw::ui {

namespace {

QString shortDate(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? QLocale().toString(t.toUTC().date(), QLocale::ShortFormat) : iso;
}

FlagSort sortFor(FlagTableModel::Column c)
{
    using C = FlagTableModel::Column;
    switch (c) {
    case C::Record: return FlagSort::Record;
    case C::Status: return FlagSort::Status;
    case C::Type: return FlagSort::Type;
    case C::Category: return FlagSort::Category;
    case C::Platform: return FlagSort::Platform;
    case C::Document:
    case C::Section: return FlagSort::Document;
    case C::FirstSeen: return FlagSort::FirstSeen;
    case C::Changed: return FlagSort::Changed;
    case C::Severity:
    case C::Count: break;
    }
    return FlagSort::Severity;
}

} // namespace

FlagTableModel::FlagTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void FlagTableModel::setDatabase(const Database *db)
{
    beginResetModel();
    m_db = db;
    m_rows.clear();
    m_total = 0;
    endResetModel();
}

QString FlagTableModel::statusText(ReviewStatus s)
{
    // A glyph and a word: the status reads the same without colour.
    switch (s) {
    case ReviewStatus::Confirmed: return tr("✓ Confirmed");
    case ReviewStatus::Rejected: return tr("✕ Rejected");
    case ReviewStatus::Suggested: break;
    }
    return tr("○ To review");
}

Status FlagTableModel::setQuery(const FlagQuery &query)
{
    // Views (and QAbstractItemModelTester) may ask for more rows from inside
    // the reset signals; the first page comes with the reset instead.
    m_fetching = true;
    beginResetModel();
    m_query = query;
    m_query.limit = -1;
    m_query.offset = 0;
    m_rows.clear();
    m_total = 0;
    Status result;
    if (m_db) {
        auto total = FlagRepository(*m_db).count(m_query);
        if (total) {
            m_total = *total;
            result = fetchPage();
        } else {
            result = total.error();
        }
    }
    endResetModel();
    m_fetching = false;
    if (!result)
        Q_EMIT loadFailed(result.error().toString());
    return result;
}

Status FlagTableModel::fetchPage()
{
    FlagQuery page = m_query;
    page.limit = m_pageSize;
    page.offset = int(m_rows.size());
    auto rows = FlagRepository(*m_db).query(page);
    if (!rows)
        return rows.error();
    const bool empty = rows->isEmpty();
    m_rows.append(std::move(*rows));
    // Rows may have changed under us (another connection wrote): never
    // promise more than we can deliver.
    if (m_rows.size() > m_total || (empty && m_rows.size() < m_total))
        m_total = int(m_rows.size());
    return {};
}

bool FlagTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_db && !m_fetching && m_rows.size() < m_total;
}

void FlagTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    FlagQuery page = m_query;
    page.limit = m_pageSize;
    page.offset = int(m_rows.size());
    auto rows = FlagRepository(*m_db).query(page);
    if (!rows) {
        m_total = int(m_rows.size());
        Q_EMIT loadFailed(rows.error().toString());
        return;
    }
    if (rows->isEmpty()) {
        m_total = int(m_rows.size());
        return;
    }
    const int first = int(m_rows.size());
    m_fetching = true;
    beginInsertRows({}, first, first + int(rows->size()) - 1);
    m_rows.append(std::move(*rows));
    endInsertRows();
    m_fetching = false;
}

void FlagTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= int(Column::Count))
        return;
    FlagQuery q = m_query;
    q.sort = sortFor(Column(column));
    q.descending = order == Qt::DescendingOrder;
    if (q.sort == m_query.sort && q.descending == m_query.descending && !m_rows.isEmpty())
        return;
    // A failure is reported through loadFailed, as for any query.
    static_cast<void>(setQuery(q));
}

qint64 FlagTableModel::flagId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).flag.id : 0;
}

const FlagRow *FlagTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int FlagTableModel::rowOfFlag(qint64 flagId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).flag.id == flagId)
            return i;
    return -1;
}

Result<int> FlagTableModel::ensureLoaded(qint64 flagId)
{
    if (const int row = rowOfFlag(flagId); row >= 0)
        return row;
    if (!m_db)
        return -1;
    auto pos = FlagRepository(*m_db).positionOf(m_query, flagId);
    if (!pos)
        return pos.error();
    if (!pos->has_value())
        return -1;
    while (m_rows.size() <= **pos && canFetchMore({})) {
        const qsizetype before = m_rows.size();
        fetchMore({});
        if (m_rows.size() == before)
            break;
    }
    return rowOfFlag(flagId);
}

Status FlagTableModel::refreshFlags(const QList<qint64> &flagIds)
{
    if (!m_db)
        return {};
    FlagRepository repo(*m_db);
    for (qint64 id : flagIds) {
        const int row = rowOfFlag(id);
        if (row < 0)
            continue;
        auto fresh = repo.row(id);
        if (!fresh)
            return fresh.error();
        if (!fresh->has_value())
            continue;
        m_rows[row] = std::move(**fresh);
        Q_EMIT dataChanged(index(row, 0), index(row, int(Column::Count) - 1));
    }
    return {};
}

int FlagTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FlagTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant FlagTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FlagRow &r = m_rows.at(index.row());
    const Flag &f = r.flag;
    switch (role) {
    case FlagIdRole: return f.id;
    case SeverityRole: return int(f.severity);
    case StatusRole: return int(f.status);
    case ChangedRole: return f.changedSinceReview;
    default: break;
    }
    const auto column = Column(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Record: return f.recordId();
        case Column::Severity: return SeverityStyle::word(f.severity);
        case Column::Status: return statusText(f.status);
        case Column::Type: return r.typeName;
        case Column::Category: return categoryDisplayName(r.category);
        case Column::Platform: return r.platformName;
        case Column::Document: return r.termsType;
        case Column::Section: {
            // The document's own title heads every path: the Document column says it.
            QStringList path = r.headingPath;
            if (path.size() > 1 && path.first() == r.documentTitle)
                path.removeFirst();
            return path.isEmpty() ? tr("(opening text)") : path.join(QStringLiteral(" › "));
        }
        case Column::FirstSeen: return shortDate(r.firstSeen);
        case Column::Changed: return f.changedSinceReview ? tr("● Changed") : QString();
        case Column::Count: break;
        }
    }
    if (role == Qt::ToolTipRole) {
        QString tip = QStringLiteral("%1 — %2 (%3)\n%4\n%5")
                          .arg(f.recordId(), r.typeName, SeverityStyle::word(f.severity),
                               r.headingPath.join(QStringLiteral(" › ")),
                               f.summary.isEmpty() ? r.clauseText.left(240) : f.summary);
        if (f.changedSinceReview)
            tip += QLatin1Char('\n') + tr("The wording changed since this flag was last reviewed.");
        return tip;
    }
    if (role == Qt::FontRole && column == Column::Changed && f.changedSinceReview) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::AccessibleTextRole && column == Column::Severity)
        return tr("Severity %1").arg(SeverityStyle::word(f.severity));
    return {};
}

QVariant FlagTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Record: return tr("Record");
    case Column::Severity: return tr("Severity");
    case Column::Status: return tr("Review");
    case Column::Type: return tr("Clause type");
    case Column::Category: return tr("Category");
    case Column::Platform: return tr("Platform");
    case Column::Document: return tr("Document");
    case Column::Section: return tr("Section");
    case Column::FirstSeen: return tr("First seen");
    case Column::Changed: return tr("Changed");
    case Column::Count: break;
    }
    return {};
}

} // namespace cw::ui
