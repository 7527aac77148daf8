#pragma once

#include "model/RecordId.h"

#include <QString>

namespace cw {

/// One policy document of a platform, typed by its terms type.
struct Document
{
    qint64 id = 0;
    qint64 platformId = 0;
    QString termsType; ///< "Terms of Service", "Privacy Policy", …
    QString title;
    QString sourceUrl;
    QString selectCss; ///< kept so every re-capture extracts the same way
    QString removeCss;
    QString createdAt;

    QString recordId() const { return cw::recordId(RecordKind::Document, id); }
};

} // namespace cw
