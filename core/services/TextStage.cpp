#include "services/TextStage.h"

#include "capture/CaptureQuality.h"
#include "extract/Extractor.h"
#include "extract/PdfModule.h"

#include <QCoreApplication>

namespace cw {

Result<ExtractedDocument> runTextStage(const CaptureRequest &request)
{
    ExtractHints hints;
    hints.contentType = request.contentType;
    hints.fileName = request.fileName;
    hints.selectCss = request.selectCss;
    hints.removeCss = request.removeCss;
    Extractor extractor;
    // Only a PDF pays for loading QtPdf.
    if (Extractor::detectFormat(request.raw, hints) == QLatin1String("pdf"))
        extractor.setPdfTextReader(PdfModule::reader());
    return extractor.extract(request.raw, hints);
}

QualityVerdict assessQuality(const CaptureRequest &request,
                             const Result<ExtractedDocument> &extracted,
                             std::optional<qsizetype> previousTextLength)
{
    if (request.httpStatus && *request.httpStatus >= 400)
        return QualityVerdict{true,
                              QCoreApplication::translate("cw::TextStage",
                                                          "the server answered HTTP %1, an error page")
                                  .arg(*request.httpStatus),
                              QStringLiteral("error_page")};
    if (!extracted)
        return CaptureQuality::assessFailure(request.raw, extracted.error());
    return CaptureQuality::assess(request.raw, *extracted, previousTextLength);
}

} // namespace cw
