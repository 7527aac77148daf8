#include "services/TextStage.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace cw {

// Interim text stage: UTF-8 text and Markdown in the canonical format. The
// extraction module (HTML, Markdown, PDF, encodings) replaces the body of
// these two functions.
TextStageOutput runTextStage(const CaptureRequest &request)
{
    TextStageOutput out;
    out.format = QStringLiteral("text");
    QStringDecoder decode(QStringDecoder::Utf8);
    QString text = decode(request.raw);
    if (decode.hasError()) {
        out.error = QCoreApplication::translate("cw::TextStage", "the file is not valid UTF-8 text");
        return out;
    }
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text = text.normalized(QString::NormalizationForm_C).trimmed();
    out.ok = true;
    out.text = text;
    return out;
}

QualityOutcome assessQuality(const CaptureRequest &request, const TextStageOutput &text,
                             std::optional<qsizetype>)
{
    if (request.httpStatus && *request.httpStatus >= 400)
        return {true, QCoreApplication::translate("cw::TextStage",
                                                  "the server answered HTTP %1, an error page")
                          .arg(*request.httpStatus)};
    if (!text.ok)
        return {true, text.error};
    if (text.text.size() < 200)
        return {true, QCoreApplication::translate("cw::TextStage",
                                                  "almost no text (%1 characters)")
                          .arg(text.text.size())};
    return {};
}

} // namespace cw
