#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QTableView;

namespace cw {
class Database;
}

namespace cw::ui {

class AuditLogModel;

/// The audit log: every review decision with who, when, before and after,
/// and why; all of them or only the current flag's.
class AuditPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AuditPanel(QWidget *parent = nullptr);

    void setDatabase(const Database *db);
    /// The flag whose entries "This flag only" shows.
    void setCurrentFlag(qint64 flagId);
    void reload();

    QTableView *view() const { return m_view; }
    AuditLogModel *model() const { return m_model; }
    QCheckBox *thisFlagOnlyBox() const { return m_onlyThis; }

private:
    const Database *m_db = nullptr;
    qint64 m_flagId = 0;
    AuditLogModel *m_model;
    QTableView *m_view;
    QCheckBox *m_onlyThis;
    QLabel *m_count;
};

} // namespace cw::ui
