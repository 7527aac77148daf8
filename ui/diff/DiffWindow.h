#pragma once

#include "diff/DiffOptions.h"
#include "services/VersionComparison.h"

#include <QWidget>
#include <memory>

class QAction;
class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;
class QToolButton;

namespace cw::ui {

class ClauseChangeModel;
class Dialogs;
class DiffOverviewBar;
class DiffPane;
class DiffRunner;
class RedlinePdfExporter;

/// The comparison of two versions: the plain-language summary and statistics
/// on top, the redline (side by side or inline) with its overview bar, and
/// the clause change list beside it (click to jump). Option toggles re-run
/// the comparison off the GUI thread; F7 / Shift+F7 walk the changes; the
/// redline exports to HTML and PDF.
///
/// Opened by MainWindow::openDiff(old, new) for archived versions; tests and
/// the benchmark hand it a comparison made elsewhere (showComparison).
class DiffWindow : public QWidget
{
    Q_OBJECT

public:
    enum class Option { IgnoreWhitespace, IgnoreCase, IgnorePunctuation, IgnoreFormatting };

    DiffWindow(QString archivePath, Dialogs &dialogs, QWidget *parent = nullptr);
    ~DiffWindow() override;

    /// Compares two archived versions off the GUI thread; shows the result
    /// (comparisonShown) or the error (comparisonFailed) when done.
    void compareVersions(qint64 oldVersionId, qint64 newVersionId);
    /// Shows a finished comparison. Toggling an option then re-compares its texts.
    void showComparison(std::shared_ptr<const VersionComparison> comparison);
    std::shared_ptr<const VersionComparison> comparison() const { return m_comparison; }

    void setInline(bool inlineMode);
    bool isBusy() const;
    void cancel();

    /// Writes the redline as HTML (RedlineHtml) to `path`.
    Status exportHtml(const QString &path) const;
    /// Prints the redline to PDF through QtWebEngine; reports pdfExported().
    bool exportPdf(const QString &path);

    DiffPane *pane() const { return m_pane; }
    DiffOverviewBar *overview() const { return m_overview; }
    QTableView *clauseView() const { return m_clauseView; }
    ClauseChangeModel *clauseModel() const { return m_clauses; }
    QCheckBox *optionBox(Option option) const;
    QToolButton *inlineButton() const { return m_inline; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *positionLabel() const { return m_position; }
    QAction *nextAction() const { return m_next; }
    QAction *previousAction() const { return m_previous; }

Q_SIGNALS:
    void comparisonShown();
    void comparisonFailed(const QString &message);
    void pdfExported(bool ok, const QString &message);

private:
    void rerun();
    void showSummary();
    void updatePosition();
    void jumpToClause(const QModelIndex &index);
    void setBusy(bool busy, const QString &message = {});
    DiffOptions currentOptions() const;
    void exportHtmlAsked();
    void exportPdfAsked();

    QString m_archivePath;
    Dialogs &m_dialogs;
    DiffRunner *m_runner = nullptr;
    std::shared_ptr<const VersionComparison> m_comparison;
    qint64 m_oldId = 0;
    qint64 m_newId = 0;

    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_stats = nullptr;
    QLabel *m_position = nullptr;
    QLabel *m_busyLabel = nullptr;
    QPushButton *m_cancel = nullptr;
    QCheckBox *m_options[4] = {};
    QToolButton *m_inline = nullptr;
    QAction *m_next = nullptr;
    QAction *m_previous = nullptr;
    DiffPane *m_pane = nullptr;
    DiffOverviewBar *m_overview = nullptr;
    QTableView *m_clauseView = nullptr;
    QLabel *m_clauseTitle = nullptr;
    ClauseChangeModel *m_clauses = nullptr;
    RedlinePdfExporter *m_pdf = nullptr;
};

} // namespace cw::ui
