#pragma once

#include "archive/FlagRepository.h"

#include <QAbstractTableModel>

#include <algorithm>

namespace cw {
class Database;
}

namespace cw::ui {

/// Flagged clauses matching a FlagQuery, loaded lazily a page at a time
/// (canFetchMore/fetchMore), sorted in SQL. Rows keep their place after a
/// review decision (refreshFlags re-reads them) until the next setQuery, so
/// that J/K move through a stable list.
class FlagTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Record, Severity, Status, Changed, Type, Section, Document, FirstSeen,
                        Category, Platform, Count };
    enum Role {
        FlagIdRole = Qt::UserRole + 1,
        SeverityRole, ///< int(Severity)
        StatusRole,   ///< int(ReviewStatus)
        ChangedRole,  ///< bool: changed since the last review
    };
    static constexpr int kPageSize = 200;

    explicit FlagTableModel(QObject *parent = nullptr);

    /// The connection to read from (owned by the caller; may change when
    /// another archive is opened, then call setQuery again). Null empties.
    void setDatabase(const Database *db);
    /// Runs `query` (its limit/offset are managed here): counts, loads the
    /// first page. On error the model is left empty.
    Status setQuery(const FlagQuery &query);
    /// Runs the current query again (e.g. after an import).
    Status reload() { return setQuery(m_query); }
    const FlagQuery &query() const { return m_query; }
    /// Rows matching the query, loaded or not.
    int totalCount() const { return m_total; }

    qint64 flagId(int row) const;
    const FlagRow *rowAt(int row) const;
    /// Row of a loaded flag, or -1.
    int rowOfFlag(qint64 flagId) const;
    /// Loads pages until the flag's row is loaded; its row, or -1 when the
    /// flag does not match the query.
    Result<int> ensureLoaded(qint64 flagId);
    /// Re-reads these flags' rows in place (after a review decision).
    Status refreshFlags(const QList<qint64> &flagIds);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString statusText(ReviewStatus s);
    /// Rows per page (tests use small pages to exercise paging).
    void setPageSize(int rows) { m_pageSize = std::max(1, rows); }

Q_SIGNALS:
    /// A query or page failed (the message is for people).
    void loadFailed(const QString &message);

private:
    Status fetchPage();

    const Database *m_db = nullptr;
    FlagQuery m_query;
    QList<FlagRow> m_rows;
    int m_total = 0;
    int m_pageSize = kPageSize;
    bool m_fetching = false; ///< fetchMore is not re-entered from its own signals
};

} // namespace cw::ui
