#pragma once

#include "alerts/ChangeFacts.h"

#include <QString>

namespace cw {

class Database;

/// Writes the plain-language summary of one change for its alert.
///
/// The seam between alerts and the version-comparison service (issue 5): the
/// alerter calls summarize() inside the import's transaction, with the
/// connection that holds the new version, so an implementation may read both
/// versions (facts.fromVersionId / toVersionId) through `db`. It must not
/// write, and must return a non-empty sentence or two; it runs on the thread
/// that imports.
class ChangeSummarizer
{
public:
    virtual ~ChangeSummarizer() = default;
    virtual QString summarize(const Database &db, const ChangeFacts &facts) const = 0;
};

} // namespace cw
