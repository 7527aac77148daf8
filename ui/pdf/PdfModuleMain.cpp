// clausewatch_pdf: a small module (QtPdf, pdfium) that the core loads only when
// a PDF must be read, so the command line and the core stay free of QtGui.

#include "extract/PdfTextReader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPdfDocument>

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("cw::PdfTextReader", s);
}

class QtPdfTextReader final : public cw::PdfTextReader
{
public:
    cw::Result<QString> readText(const QByteArray &pdf) const override
    {
        const QString op = tr("reading the PDF");
        // One document per call: QtPdf serialises pdfium internally, so calls
        // from several threads are safe.
        QBuffer buffer;
        buffer.setData(pdf);
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument document;
        document.load(&buffer);
        switch (document.error()) {
        case QPdfDocument::Error::None: break;
        case QPdfDocument::Error::IncorrectPassword:
            return cw::makeError(op, tr("the PDF is encrypted with a password"));
        case QPdfDocument::Error::UnsupportedSecurityScheme:
            return cw::makeError(op, tr("the PDF uses an unsupported security scheme"));
        case QPdfDocument::Error::InvalidFileFormat:
        case QPdfDocument::Error::DataNotYetAvailable:
        case QPdfDocument::Error::FileNotFound:
        case QPdfDocument::Error::Unknown:
            return cw::makeError(op, tr("the file is not a readable PDF"));
        }
        QStringList pages;
        for (int i = 0; i < document.pageCount(); ++i)
            pages << document.getAllText(i).text().trimmed();
        pages.removeAll(QString());
        return pages.join(QStringLiteral("\n\n"));
    }
};

} // namespace

extern "C" Q_DECL_EXPORT const cw::PdfTextReader *cw_pdf_text_reader()
{
    static const QtPdfTextReader reader;
    return &reader;
}
