#pragma once

#include "archive/SearchRepository.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace cw {
class Database;
}

namespace cw::ui {

class AppSettings;
class Dialogs;
class FlagFilterBar;
class SearchResultModel;

/// Global search (Ctrl+K): type, see the best clauses across the archive
/// with the matched words highlighted, narrow with the flag filters, press
/// Enter to go to one. Malformed queries run as plain words with a gentle
/// note; nothing about SQL ever reaches the user.
class SearchPopup : public QDialog
{
    Q_OBJECT

public:
    SearchPopup(AppSettings *settings, Dialogs &dialogs, QWidget *parent = nullptr);

    void setDatabase(const Database *db);
    /// The platform "This platform only" narrows to.
    void setCurrentPlatform(qint64 platformId, const QString &name);
    /// Shows the popup with the query selected, ready to type over.
    void open();
    /// Runs the search now (typing runs it after a short pause).
    void runSearch();

    QLineEdit *queryEdit() const { return m_query; }
    QListView *resultView() const { return m_results; }
    SearchResultModel *model() const { return m_model; }
    QLabel *noticeLabel() const { return m_notice; }
    FlagFilterBar *filterBar() const { return m_filters; }
    QCheckBox *thisPlatformBox() const { return m_thisPlatform; }
    QCheckBox *allVersionsBox() const { return m_allVersions; }

Q_SIGNALS:
    void hitActivated(const cw::SearchHit &hit);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void activate(int row);

    const Database *m_db = nullptr;
    qint64 m_platformId = 0;
    QLineEdit *m_query;
    FlagFilterBar *m_filters;
    QCheckBox *m_thisPlatform;
    QCheckBox *m_allVersions;
    QListView *m_results;
    SearchResultModel *m_model;
    QLabel *m_notice;
    QTimer *m_debounce;
};

} // namespace cw::ui
