#pragma once

#include "archive/ProvisionRepository.h"

#include <QColor>
#include <QString>

namespace cw::ui {

/// HTML fragments of the clause detail (pure functions: tested without widgets).
class ProvisionHtml
{
public:
    /// The clause text, escaped, with the evidence spans marked in `mark`
    /// colours (and bold, so that the marking survives without colour).
    static QString original(const QString &text, const QList<std::pair<int, int>> &evidence,
                            const QColor &markBackground, const QColor &markText);
    /// The severity, review status and "changed since review" as labelled badges.
    static QString badges(const ProvisionDetail &d, bool dark);
    /// "GDPR — General Data Protection Regulation · European Union", one per line.
    static QString regulations(const QList<RegulationRef> &regs);
    /// A date-time as "2025-09-16 11:05 UTC" (empty stays empty).
    static QString utc(const QString &iso);
    static QString link(const QString &url, const QString &text = {});
};

} // namespace cw::ui
