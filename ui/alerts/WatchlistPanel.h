#pragma once

#include "services/RecheckService.h"
#include "util/Result.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;

namespace cw {
class Database;
}

namespace cw::ui {

class CheckRunner;

/// The watchlist: watched platforms, documents and clause types; "Check now"
/// captures the watched documents again off the GUI thread, with progress;
/// an optional schedule repeats the check while the app runs.
///
/// `db` is the GUI thread's connection (it must outlive the panel); checks
/// open their own connection to the same file.
class WatchlistPanel : public QWidget
{
    Q_OBJECT

public:
    explicit WatchlistPanel(const Database &db, QWidget *parent = nullptr);

    Status reload();
    /// Starts a check of the watched documents; false when one is running or
    /// nothing is watched.
    bool checkNow();
    bool isChecking() const;
    /// Checks every `minutes` while the app runs; 0 turns the schedule off.
    void setSchedule(int minutes);

    QListWidget *list() const { return m_list; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *targetBox() const { return m_target; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *checkButton() const { return m_check; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    QTimer *scheduleTimer() const { return m_timer; }

Q_SIGNALS:
    /// A check ended (new alerts, if any, are in the archive).
    void checked(const cw::Result<cw::RecheckSummary> &summary);

private:
    void fillTargets();
    void addCurrent();
    void removeCurrent();
    void onCheckFinished();

    const Database &m_db;
    CheckRunner *m_runner = nullptr;
    QListWidget *m_list = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_target = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QCheckBox *m_scheduled = nullptr;
    QSpinBox *m_minutes = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace cw::ui
