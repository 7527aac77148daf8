#pragma once

#include "memo/MemoExporter.h"
#include "memo/MemoSigner.h"
#include "memo/MemoSpec.h"

#include <QDialog>

#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTimer;
class QWebEngineView;

namespace cw {
class Database;
}

namespace cw::ui {

class Dialogs;
class MemoRenderer;

/// The memo composer: scope (platform and its documents, a clause type, the
/// change between two versions, or selected flags), options, letterhead and
/// paper on the left; a live preview of the memo's HTML (QWebEngineView, same
/// safety settings as printing) on the right; Export PDF asks for a file
/// through the Dialogs seam, prints off the record, seals, writes and records
/// the memo.
///
/// Works on the GUI thread's archive connection: collecting and building a
/// memo takes milliseconds; printing runs asynchronously in QtWebEngine.
class MemoComposerDialog : public QDialog
{
    Q_OBJECT

public:
    /// `signingKeyPath` empty: MemoSigner::defaultKeyPath().
    MemoComposerDialog(const Database &db, Dialogs &dialogs, QWidget *parent = nullptr,
                       const QString &signingKeyPath = {});
    ~MemoComposerDialog() override;

    /// Preselects a platform scope.
    void selectPlatform(const QString &name);
    /// "Memo from selection": a memo on exactly these flags.
    void setFlagSelection(const QList<qint64> &flagIds);

    /// The spec the form describes now.
    MemoSpec spec() const;
    /// The HTML last shown in the preview (empty before the first one).
    QString previewHtml() const { return m_previewHtml; }
    QWebEngineView *preview() const { return m_preview; }
    QPushButton *exportButton() const { return m_export; }
    QLabel *statusLabel() const { return m_status; }

public Q_SLOTS:
    /// Rebuilds the preview now (changes to the form do it after a short pause).
    void refreshPreview();
    /// Asks for a file and exports the memo as PDF.
    void exportPdf();

Q_SIGNALS:
    void previewUpdated(bool ok);
    void exported(const QString &path, const QString &fingerprint);
    void exportFailed(const QString &message);

private:
    QWidget *buildForm();
    void loadChoices();
    void reloadDocuments();
    void reloadVersions();
    void scheduleRefresh();
    void updateScopeWidgets();
    void onPrinted(const QByteArray &pdf, const QString &error);
    void exportPublicKey();
    const MemoSigner *signer();

    const Database &m_db;
    Dialogs &m_dialogs;
    QString m_keyPath;
    MemoRenderer *m_renderer = nullptr;
    std::optional<MemoSigner> m_signer;
    std::optional<PreparedMemo> m_pending; ///< the memo being printed
    QString m_pendingPath;
    QString m_previewHtml;
    QTimer *m_refresh = nullptr;

    QButtonGroup *m_scope = nullptr;
    QRadioButton *m_byPlatform = nullptr;
    QRadioButton *m_byType = nullptr;
    QRadioButton *m_byDiff = nullptr;
    QRadioButton *m_byFlags = nullptr;
    QComboBox *m_platform = nullptr;
    QListWidget *m_documents = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_diffDocument = nullptr;
    QComboBox *m_fromVersion = nullptr;
    QComboBox *m_toVersion = nullptr;
    QLineEdit *m_flags = nullptr;

    QCheckBox *m_originals = nullptr;
    QCheckBox *m_plain = nullptr;
    QCheckBox *m_regulations = nullptr;
    QCheckBox *m_changes = nullptr;
    QCheckBox *m_sinceEnabled = nullptr;
    QDateEdit *m_since = nullptr;
    QCheckBox *m_benchmark = nullptr;
    QCheckBox *m_appendix = nullptr;
    QCheckBox *m_rejected = nullptr;

    QLineEdit *m_to = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_subject = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_paper = nullptr;
    QCheckBox *m_sign = nullptr;

    QLabel *m_status = nullptr;
    QPushButton *m_export = nullptr;
    QWebEngineView *m_preview = nullptr;
};

} // namespace cw::ui
