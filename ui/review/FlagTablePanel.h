#pragma once

#include "review/FlagFilterState.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QTableView;
class QToolBar;

namespace cw {
class Database;
}

namespace cw::ui {

class AppSettings;
class Dialogs;
class FlagFilterBar;
class FlagTableModel;

/// The flagged clauses of the selected platform (or of all platforms): a
/// title with counts, the filter bar, the review toolbar and the table.
class FlagTablePanel : public QWidget
{
    Q_OBJECT

public:
    FlagTablePanel(AppSettings *settings, Dialogs &dialogs, QWidget *parent = nullptr);

    /// Reads facets anew (clause types, categories, regulations) and reloads.
    void setDatabase(const Database *db);
    /// Shows this platform's flags (0: none selected).
    void setPlatform(qint64 platformId, const QString &name);
    /// Re-runs the query, keeping the current flag selected when it still matches.
    void reload();
    /// Selects a flag, loading pages as needed. False when it does not match
    /// the filters in force (the caller may clear them and retry).
    bool selectFlag(qint64 flagId);
    void clearFilters();
    /// Adds the review actions to the panel's toolbar.
    void addReviewActions(const QList<QAction *> &actions);

    qint64 currentFlagId() const;
    bool allPlatforms() const;
    void setAllPlatforms(bool all);
    QTableView *view() const { return m_view; }
    FlagTableModel *model() const { return m_model; }
    FlagFilterBar *filterBar() const { return m_filters; }
    QCheckBox *allPlatformsBox() const { return m_all; }

Q_SIGNALS:
    /// The current row changed (0 when none).
    void currentFlagChanged(qint64 flagId);

private:
    void runQuery();
    void updateTitle();

    const Database *m_db = nullptr;
    qint64 m_platformId = 0;
    QString m_platformName;
    FlagTableModel *m_model;
    FlagFilterBar *m_filters;
    QTableView *m_view;
    QLabel *m_title;
    QLabel *m_counts;
    QCheckBox *m_all;
    QToolBar *m_toolbar;
    qint64 m_lastEmitted = -1;
};

} // namespace cw::ui
