#pragma once

#include "compare/MatrixLoader.h"
#include "util/Result.h"

#include <QDate>
#include <QWidget>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace cw {
class Database;
}

namespace cw::ui {

class ComparisonMatrixModel;
class Dialogs;

/// The comparison matrix: clause types × platforms with filters, now, on a
/// date, or the changes between two dates; a click on a cell lists its
/// clauses below the matrix. Facts load off the GUI thread (MatrixLoader);
/// filters re-build the matrix from loaded facts without the archive.
///
/// `db` is the GUI thread's connection (for the clauses of a clicked cell);
/// it must outlive the view.
class ComparisonView : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Now, OnDate, Between };

    ComparisonView(const Database &db, Dialogs &dialogs, QWidget *parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void setDate(const QDate &date);
    void setRange(const QDate &from, const QDate &to);
    /// Loads the facts again (after an import); emits loaded() when shown.
    void reload();
    bool isLoading() const { return m_loader->isLoading(); }
    /// Selects the cell (as a click would) and shows its clauses.
    bool selectCell(const QString &typeKey, qint64 platformId);
    /// Writes the matrix (or the changes, in Between mode) as CSV or JSON.
    Status exportTo(const QString &path, bool json) const;

    ComparisonMatrixModel *model() const { return m_model; }
    QTableView *matrixView() const { return m_view; }
    QTextBrowser *detailView() const { return m_detail; }
    QComboBox *categoryFilter() const { return m_category; }
    QComboBox *regulationFilter() const { return m_regulation; }
    QComboBox *groupFilter() const { return m_group; }
    QComboBox *reviewFilter() const { return m_review; }
    QComboBox *sortOrder() const { return m_sort; }
    QComboBox *modeBox() const { return m_modeBox; }
    QDateEdit *dateEdit() const { return m_date; }
    QDateEdit *fromEdit() const { return m_from; }

Q_SIGNALS:
    /// The matrix on screen was rebuilt (after a load or a filter change).
    void matrixShown();
    void cellSelected(qint64 platformId, const QString &typeKey);
    /// The analyst asked for the clause-type page of `typeKey` (at the view's date).
    void clauseTypeRequested(const QString &typeKey, const std::optional<QDate> &at);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildUi();
    void layoutColumns();
    void onLoaded(const Result<LoadedFacts> &facts);
    void refillFilters();
    void rebuild();
    void showCell(const QModelIndex &index);
    void onModeChanged();
    MatrixFilter currentFilter() const;
    std::optional<QDate> shownDate() const;
    void exportDialog(bool json);

    const Database &m_db;
    Dialogs &m_dialogs;
    MatrixLoader *m_loader = nullptr;
    std::optional<LoadedFacts> m_facts;
    Mode m_mode = Mode::Now;
    bool m_refilling = false;

    ComparisonMatrixModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QTextBrowser *m_detail = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_regulation = nullptr;
    QComboBox *m_group = nullptr;
    QComboBox *m_review = nullptr;
    QComboBox *m_sort = nullptr;
    QComboBox *m_modeBox = nullptr;
    QDateEdit *m_date = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_andLabel = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_legend = nullptr;
    QString m_legendText;
    QToolButton *m_export = nullptr;
};

} // namespace cw::ui
