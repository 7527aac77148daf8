#pragma once

#include "import/ImportRequest.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QCheckBox;
class QLineEdit;
class QRadioButton;

namespace cw::ui {

class Dialogs;

/// Asks where to import from (file, folder, web page, Open Terms Archive
/// repository) and into which platform and document.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(Dialogs &dialogs, const QStringList &platforms, QWidget *parent = nullptr);

    void setSource(ImportRequest::Kind kind, const QString &source);
    void setPlatform(const QString &name);
    void setTermsType(const QString &type);
    ImportRequest request() const;

    QLineEdit *sourceEdit() const { return m_source; }
    QCheckBox *renderBox() const { return m_render; }
    QPushButton *browseButton() const { return m_browse; }
    QComboBox *platformBox() const { return m_platform; }
    QComboBox *typeBox() const { return m_type; }
    QPushButton *okButton() const;
    QRadioButton *kindButton(ImportRequest::Kind kind) const;

private:
    ImportRequest::Kind kind() const;
    void browse();
    void updateState();

    Dialogs &m_dialogs;
    QButtonGroup *m_kinds = nullptr;
    QLineEdit *m_source = nullptr;
    QComboBox *m_platform = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_capturedAt = nullptr;
    QLineEdit *m_select = nullptr;
    QLineEdit *m_remove = nullptr;
    QCheckBox *m_render = nullptr;
    QPushButton *m_browse = nullptr;
    QLineEdit *m_services = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace cw::ui
