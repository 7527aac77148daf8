#include "import/ImportDialog.h"

#include "capture/TermsTypes.h"
#include "dialogs/Dialogs.h"
#include "util/Time.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QUrl>
#include <QVBoxLayout>

namespace cw::ui {

ImportDialog::ImportDialog(Dialogs &dialogs, const QStringList &platforms, QWidget *parent)
    : QDialog(parent), m_dialogs(dialogs)
{
    setWindowTitle(tr("Import"));
    auto *layout = new QVBoxLayout(this);

    m_kinds = new QButtonGroup(this);
    auto *kindRow = new QHBoxLayout;
    const std::pair<ImportRequest::Kind, QString> kinds[] = {
        {ImportRequest::Kind::File, tr("&File")},
        {ImportRequest::Kind::Folder, tr("F&older of versions")},
        {ImportRequest::Kind::Url, tr("&Web page")},
        {ImportRequest::Kind::OtaRepository, tr("Open &Terms Archive repository")}};
    for (const auto &[k, label] : kinds) {
        auto *b = new QRadioButton(label, this);
        m_kinds->addButton(b, int(k));
        kindRow->addWidget(b);
    }
    kindRow->addStretch();
    m_kinds->button(int(ImportRequest::Kind::File))->setChecked(true);
    layout->addLayout(kindRow);

    auto *form = new QFormLayout;
    auto *sourceRow = new QHBoxLayout;
    m_source = new QLineEdit(this);
    m_browse = new QPushButton(tr("&Browse…"), this);
    sourceRow->addWidget(m_source);
    sourceRow->addWidget(m_browse);
    form->addRow(tr("Source:"), sourceRow);

    m_platform = new QComboBox(this);
    m_platform->setEditable(true);
    m_platform->addItems(platforms);
    m_platform->setCurrentText(QString());
    form->addRow(tr("&Platform:"), m_platform);
    m_type = new QComboBox(this);
    m_type->setEditable(true);
    for (const TermsType &t : TermsTypes::builtin().all())
        if (!t.obsolete)
            m_type->addItem(t.name);
    m_type->setCurrentText(QStringLiteral("Terms of Service"));
    form->addRow(tr("&Document type:"), m_type);
    m_capturedAt = new QLineEdit(this);
    m_capturedAt->setPlaceholderText(tr("now (or e.g. 2024-03-04T10:00:00Z)"));
    form->addRow(tr("&Captured at:"), m_capturedAt);
    m_select = new QLineEdit(this);
    m_select->setPlaceholderText(tr("e.g. main, article.terms"));
    form->addRow(tr("&Keep only (CSS):"), m_select);
    m_remove = new QLineEdit(this);
    m_remove->setPlaceholderText(tr("e.g. .cookie-banner, nav"));
    form->addRow(tr("&Drop (CSS):"), m_remove);
    m_render = new QCheckBox(tr("&Run the page's scripts before capturing (for pages built in "
                                "the browser)"),
                             this);
    m_render->setToolTip(tr("The page is opened in a private browser view with JavaScript on "
                            "and the text it builds is captured; re-checks do the same."));
    form->addRow(QString(), m_render);
    m_services = new QLineEdit(this);
    m_services->setPlaceholderText(tr("all services (or a comma-separated list)"));
    form->addRow(tr("&Services:"), m_services);
    layout->addLayout(form);

    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_hint);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_kinds, &QButtonGroup::idClicked, this, &ImportDialog::updateState);
    connect(m_source, &QLineEdit::textChanged, this, &ImportDialog::updateState);
    connect(m_platform, &QComboBox::currentTextChanged, this, &ImportDialog::updateState);
    connect(m_type, &QComboBox::currentTextChanged, this, &ImportDialog::updateState);
    connect(m_capturedAt, &QLineEdit::textChanged, this, &ImportDialog::updateState);
    resize(640, sizeHint().height());
    updateState();
}

QPushButton *ImportDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QRadioButton *ImportDialog::kindButton(ImportRequest::Kind kind) const
{
    return qobject_cast<QRadioButton *>(m_kinds->button(int(kind)));
}

ImportRequest::Kind ImportDialog::kind() const
{
    return ImportRequest::Kind(m_kinds->checkedId());
}

void ImportDialog::setSource(ImportRequest::Kind k, const QString &source)
{
    m_kinds->button(int(k))->setChecked(true);
    m_source->setText(source);
    updateState();
}

void ImportDialog::setPlatform(const QString &name)
{
    m_platform->setCurrentText(name);
}

void ImportDialog::setTermsType(const QString &type)
{
    m_type->setCurrentText(type);
}

void ImportDialog::browse()
{
    QString chosen;
    switch (kind()) {
    case ImportRequest::Kind::File:
        chosen = m_dialogs.openFile(this, tr("Import a file"),
                                    tr("Policy documents (*.html *.htm *.md *.markdown *.txt "
                                       "*.pdf);;All files (*)"));
        break;
    case ImportRequest::Kind::Folder:
    case ImportRequest::Kind::OtaRepository:
        chosen = m_dialogs.openFolder(this, tr("Choose a folder"));
        break;
    case ImportRequest::Kind::Url: return;
    }
    if (!chosen.isEmpty())
        m_source->setText(chosen);
}

void ImportDialog::updateState()
{
    const ImportRequest::Kind k = kind();
    const bool ota = k == ImportRequest::Kind::OtaRepository;
    const bool url = k == ImportRequest::Kind::Url;
    m_platform->setEnabled(!ota);
    m_type->setEnabled(!ota);
    m_capturedAt->setEnabled(k == ImportRequest::Kind::File);
    m_select->setEnabled(url);
    m_remove->setEnabled(url);
    m_render->setEnabled(url);
    m_browse->setEnabled(!url); // an address is typed, not browsed for
    m_services->setEnabled(ota);
    m_source->setPlaceholderText(url ? tr("https://example.com/terms") : tr("a path on this computer"));

    QString problem;
    const QString source = m_source->text().trimmed();
    if (source.isEmpty())
        problem = url ? tr("Enter the address of the page.") : tr("Choose what to import.");
    else if (url && !(source.startsWith(QLatin1String("http://")) ||
                      source.startsWith(QLatin1String("https://"))))
        problem = tr("Only http and https addresses can be captured.");
    else if (!ota && m_platform->currentText().trimmed().isEmpty())
        problem = tr("Name the platform (a new one is created when needed).");
    else if (!ota && m_type->currentText().trimmed().isEmpty())
        problem = tr("Name the document type.");
    else if (!m_capturedAt->text().trimmed().isEmpty() && !fromIso(m_capturedAt->text().trimmed()).isValid())
        problem = tr("“Captured at” is not an ISO 8601 time.");
    m_hint->setText(problem.isEmpty()
                        ? (ota ? tr("Every recorded version not imported before is imported; "
                                    "technical upgrades are never counted as changes.")
                               : tr("The exact bytes are kept with their SHA-256; unchanged text is "
                                    "recorded as a verification."))
                        : problem);
    okButton()->setEnabled(problem.isEmpty());
}

ImportRequest ImportDialog::request() const
{
    ImportRequest r;
    r.kind = kind();
    r.source = m_source->text().trimmed();
    r.target.platform = m_platform->currentText().trimmed();
    r.target.termsType = m_type->currentText().trimmed();
    if (!m_capturedAt->text().trimmed().isEmpty())
        r.target.capturedAt = toIsoUtc(fromIso(m_capturedAt->text().trimmed()));
    r.target.selectCss = m_select->text().trimmed();
    r.target.removeCss = m_remove->text().trimmed();
    r.render = r.kind == ImportRequest::Kind::Url && m_render->isChecked();
    for (const QString &s : m_services->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        r.ota.services << s.trimmed();
    return r;
}

} // namespace cw::ui
