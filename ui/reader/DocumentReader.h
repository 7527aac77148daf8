#pragma once

#include "reader/OriginalView.h"
#include "util/Result.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace cw {
class Database;
}

namespace cw::ui {

class ReaderTextView;

/// The whole text of one version of a document with its clauses and flags
/// in the margin; a version picker; "View original" for the stored snapshot.
class DocumentReader : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentReader(QWidget *parent = nullptr);

    void setDatabase(const Database *db);
    /// Shows a version, scrolled to `clauseId` when given.
    Status showVersion(qint64 versionId, qint64 clauseId = 0);
    qint64 versionId() const { return m_versionId; }
    /// Opens the stored snapshot that produced the shown version.
    OriginalView *viewOriginal();

    ReaderTextView *textView() const { return m_text; }
    QComboBox *versionBox() const { return m_versions; }
    QPushButton *viewOriginalButton() const { return m_original; }
    OriginalView *originalView() const { return m_originalView; }

Q_SIGNALS:
    void flagActivated(qint64 flagId);
    /// A version picked in the version box could not be shown.
    void loadFailed(const QString &message);

private:
    const Database *m_db = nullptr;
    qint64 m_versionId = 0;
    std::optional<qint64> m_snapshotId;
    QLabel *m_title;
    QLabel *m_info;
    QComboBox *m_versions;
    QPushButton *m_original;
    ReaderTextView *m_text;
    QPointer<OriginalView> m_originalView;
    bool m_filling = false;
};

} // namespace cw::ui
