#pragma once

#include "util/Result.h"

#include <QList>
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
/// filled summary never shows a hole. The result has single spaces, no space
/// before . , ; and an upper-case first letter (templates may start with
/// {platform} = "the platform").
///
/// A SummaryTemplate object holds the template parsed once, for filling many
/// times (the classifier keeps one per clause type).
class SummaryTemplate
{
public:
    SummaryTemplate() = default;
    explicit SummaryTemplate(const QString &tmpl);

    /// An empty `platform` reads "the platform".
    QString fill(const QString &platform, const QVariantMap &slots) const;

    /// Parses and fills in one go.
    static QString fill(const QString &tmpl, const QString &platform, const QVariantMap &slots);

    /// Slot names used by a template, in order of appearance, without duplicates
    /// and without "platform".
    static QStringList slotNames(const QString &tmpl);

    /// Checks the syntax contract above (balanced [[ ]], no nesting, closed
    /// braces, slots only inside optional parts).
    static Status validate(const QString &tmpl);

private:
    struct Piece
    {
        enum Kind { Text, Platform, Slot } kind = Text;
        QString text;      ///< literal text, or the slot name
        int optional = -1; ///< index of the optional part it belongs to, -1 if none
    };
    QList<Piece> m_pieces;
    int m_optionalParts = 0;
};

} // namespace cw
