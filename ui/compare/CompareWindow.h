#pragma once

#include <QWidget>

class QTabWidget;

namespace cw {
class Database;
}

namespace cw::ui {

class ClauseTypeView;
class ComparisonView;
class Dialogs;

/// The comparison window: the matrix and the clause-type page as two tabs;
/// double-clicking a clause type (or its link under a cell) opens its page.
class CompareWindow : public QWidget
{
    Q_OBJECT

public:
    CompareWindow(const Database &db, Dialogs &dialogs, QWidget *parent = nullptr);

    ComparisonView *matrix() const { return m_matrix; }
    ClauseTypeView *clauseType() const { return m_clauseType; }
    QTabWidget *tabs() const { return m_tabs; }
    /// Reloads both views (after an import or a re-check).
    void reload();

private:
    QTabWidget *m_tabs = nullptr;
    ComparisonView *m_matrix = nullptr;
    ClauseTypeView *m_clauseType = nullptr;
};

} // namespace cw::ui
