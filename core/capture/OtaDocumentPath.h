#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace cw {

/// Where one document lives in an Open Terms Archive versions repository:
/// `<Service>/<Terms type>.md` at the root, or `<Service>/<Terms type> #<id>.md`
/// when a service has several documents of one terms type (the engine's
/// " #" separator).
struct OtaDocumentPath
{
    QString service;    ///< first path component, e.g. "Discord"
    QString termsType;  ///< file name without ".md" and without " #<id>"
    QString documentId; ///< the part after " #", usually empty
    QString path;       ///< the repository path, "Discord/Terms of Service.md"

    /// Parses a repository path ('/'-separated, as git stores it). Returns
    /// nothing for anything that is not a document: root files (README.md),
    /// deeper paths (Service/sub/x.md), other extensions, hidden folders
    /// (.github/…), empty names.
    static std::optional<OtaDocumentPath> parse(QStringView path);

    friend bool operator==(const OtaDocumentPath &, const OtaDocumentPath &) = default;
};

} // namespace cw
