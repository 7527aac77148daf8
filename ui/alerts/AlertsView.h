#pragma once

#include "util/Result.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace cw {
class Database;
}

namespace cw::ui {

class AlertListModel;

/// The alerts list: newest first, unread in bold, the selected alert's summary
/// and touched flags below. Opening an alert marks it read and asks for the
/// diff of its two versions (openDiffRequested), at its first change.
///
/// `db` is the GUI thread's connection; it must outlive the view.
class AlertsView : public QWidget
{
    Q_OBJECT

public:
    explicit AlertsView(const Database &db, QWidget *parent = nullptr);

    Status reload();
    /// Opens the alert of `row` (as a double-click does): marks it read and
    /// emits openDiffRequested.
    void openRow(int row);
    Status markAllRead();

    AlertListModel *model() const { return m_model; }
    QTableView *listView() const { return m_view; }
    QTextBrowser *detailView() const { return m_detail; }
    QCheckBox *unreadOnly() const { return m_unreadOnly; }

Q_SIGNALS:
    /// The redline of the alert's versions, opened at `firstChangeOffset` (a
    /// UTF-16 offset into the newer version's text; -1 when unknown).
    void openDiffRequested(qint64 fromVersionId, qint64 toVersionId, int firstChangeOffset);
    void unreadCountChanged(int unread);

private:
    void showCurrent();
    void setRead(int row);
    void updateCount();

    const Database &m_db;
    AlertListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QTextBrowser *m_detail = nullptr;
    QCheckBox *m_unreadOnly = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace cw::ui
