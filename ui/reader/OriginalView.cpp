#include "reader/OriginalView.h"

#include "detail/ProvisionHtml.h"
#include "reader/SnapshotWebView.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace cw::ui {

bool OriginalView::isHtml(const Snapshot &s)
{
    if (s.contentType.contains(QLatin1String("html"), Qt::CaseInsensitive))
        return true;
    const QByteArray head = s.raw.left(512).trimmed().toLower();
    return head.startsWith("<!doctype html") || head.startsWith("<html");
}

OriginalView::OriginalView(const Snapshot &s, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Original snapshot — captured %1").arg(ProvisionHtml::utc(s.capturedAt)));
    resize(980, 760);
    auto *header = new QLabel(this);
    header->setTextFormat(Qt::RichText);
    header->setWordWrap(true);
    header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    header->setText(
        tr("<b>%1</b><br>Captured %2 · %3 · %4<br>SHA-256 <span style=\"font-family:monospace\">%5</span>")
            .arg(s.origin.toHtmlEscaped(), ProvisionHtml::utc(s.capturedAt),
                 s.contentType.isEmpty() ? tr("unknown type") : s.contentType.toHtmlEscaped(),
                 QLocale().formattedDataSize(s.raw.size()), s.rawSha256));
    auto *notice = new QLabel(this);
    notice->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(notice);
    if (isHtml(s)) {
        notice->setText(tr("Shown as stored, with JavaScript off and every network request blocked: "
                           "images, fonts and styles hosted elsewhere do not load."));
        m_web = new SnapshotWebView(this);
        layout->addWidget(m_web, 1);
        m_web->showSnapshot(s.raw, s.contentType);
    } else {
        notice->setText(tr("The stored bytes, as text."));
        m_text = new QPlainTextEdit(this);
        m_text->setReadOnly(true);
        m_text->setPlainText(QString::fromUtf8(s.raw));
        m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        layout->addWidget(m_text, 1);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);
}

} // namespace cw::ui
