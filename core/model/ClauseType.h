#pragma once

#include "model/Severity.h"

#include <QString>
#include <QStringList>

namespace cw {

/// One entry of the clause taxonomy (resources/taxonomy/clause_types.json, or an
/// analyst's own type kept in the archive). Plain value; the key is the stable
/// identity used by flags, rules and the archive.
struct ClauseType
{
    QString key;      ///< e.g. "arbitration"; [a-z0-9_]+, unique
    QString name;     ///< display name, e.g. "Mandatory arbitration"
    QString category; ///< key of a ClauseCategory, e.g. "disputes"
    Severity defaultSeverity = Severity::Medium;
    QString description;     ///< what the clause does
    QString whyItMatters;    ///< why an analyst should care
    QString consumerImpact;  ///< what it means for the user
    QString summaryTemplate; ///< SummaryTemplate syntax: {platform}, {slot}, [[optional part]]
    QStringList regulations; ///< keys of Regulation entries
};

} // namespace cw
