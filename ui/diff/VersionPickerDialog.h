#pragma once

#include <QDialog>
#include <functional>

class QComboBox;

namespace cw {
class Database;
}

namespace cw::ui {

/// Chooses two versions of a document to compare (defaults: the previous and
/// the newest). Non-modal: openFor() shows it and calls back when accepted.
class VersionPickerDialog : public QDialog
{
    Q_OBJECT

public:
    using Picked = std::function<void(qint64 oldVersionId, qint64 newVersionId)>;

    VersionPickerDialog(const Database &db, qint64 documentId, QWidget *parent = nullptr);

    /// Shows a picker for the document (deleted on close); `picked` runs on
    /// accept. Returns null (and shows nothing) when the document has fewer
    /// than two versions.
    static VersionPickerDialog *openFor(QWidget *parent, const Database &db, qint64 documentId,
                                        Picked picked);

    qint64 oldVersionId() const;
    qint64 newVersionId() const;
    int versionCount() const;
    QComboBox *oldBox() const { return m_old; }
    QComboBox *newBox() const { return m_new; }

private:
    QComboBox *m_old = nullptr;
    QComboBox *m_new = nullptr;
};

} // namespace cw::ui
