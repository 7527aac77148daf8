#pragma once

#include "util/Result.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace cw {
class Database;
}

namespace cw::ui {

class PlatformFilterProxy;
class PlatformListModel;

/// The platforms: a search box, a "show" filter (all, with High flags, with
/// flags to review), and the list with category and flag counts; sortable.
class PlatformPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PlatformPanel(QWidget *parent = nullptr);

    /// Reloads from `db`, keeping the current platform when it still exists
    /// (else the first one). Emits currentPlatformChanged when it changes.
    Status reload(const Database &db);
    /// Selects a platform by name (case-insensitive); false when absent or
    /// filtered out.
    bool selectPlatform(const QString &name);
    bool selectPlatform(qint64 platformId);
    qint64 currentPlatformId() const;
    QString currentPlatformName() const;
    QStringList platformNames() const;
    int platformCount() const;

    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *showBox() const { return m_show; }
    PlatformListModel *model() const { return m_model; }

Q_SIGNALS:
    void currentPlatformChanged(qint64 platformId, const QString &name);

private:
    void emitCurrent();

    PlatformListModel *m_model;
    PlatformFilterProxy *m_proxy;
    QTableView *m_view;
    QLineEdit *m_filter;
    QComboBox *m_show;
    qint64 m_emitted = -1;
};

} // namespace cw::ui
