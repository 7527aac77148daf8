#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace cw {

/// Plain-language summary templates of the taxonomy.
///
/// Syntax: `{platform}` is the platform's name; `{name}` is a slot found in the
/// clause (notice_period, venue, ...). An optional part `[[ ... ]]` is kept only
/// when every slot inside it was found (non-empty); optional parts do not nest.
/// Every slot other than {platform} must sit inside an optional part, so a
/// filled summary never shows a hole. The first letter of the result is
/// upper-cased (templates may start with {platform} = "the platform").
class SummaryTemplate
{
public:
    /// Fills `tmpl`. An empty `platform` becomes a neutral "the platform".
    static QString fill(const QString &tmpl, const QString &platform, const QVariantMap &slots);

    /// Slot names used by a template, in order of appearance, without duplicates
    /// and without "platform".
    static QStringList slotNames(const QString &tmpl);

    /// Checks the syntax contract above (balanced [[ ]], no nesting, closed
    /// braces, slots only inside optional parts).
    static Status validate(const QString &tmpl);
};

} // namespace cw
