#pragma once

#include <QString>

namespace cw {

/// What the classifier knows about a clause beyond its text.
struct ClassifyContext
{
    QString platformName; ///< used in summaries; empty reads "the platform"
};

} // namespace cw
