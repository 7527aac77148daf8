#pragma once

#include <QString>
#include <optional>

namespace cw {

/// What kind of change an alert reports.
enum class ChangeKind {
    Change, ///< the text changed and the document's "last updated" date moved (or it has none)
    SilentChange, ///< the text changed but the document's own "last updated" date did not move
    DateOnly,     ///< only the document's date statement changed; the rest of the text is the same
};

/// "change", "silent_change", "date_only" (alerts.kind in the archive).
QString changeKindKey(ChangeKind k);
std::optional<ChangeKind> changeKindFromKey(const QString &key);

/// Tells a real change from a silent one and from a date-only one. Pure.
///
/// The document's date statements ("Last updated: March 4, 2024", found by
/// DeclaredDateParser) are part of its canonical text, so a moved date alone
/// makes a new version: texts equal once their date statements are masked are
/// DateOnly. Otherwise the change is Silent when the earlier version declared
/// a date and the new one declares the same date.
class ChangeClassifier
{
public:
    static ChangeKind classify(const QString &oldText, const QString &newText,
                               const QString &oldDeclared, const QString &newDeclared);
    /// The text with every date statement replaced by one placeholder character.
    static QString maskDeclaredDates(const QString &text);
    /// classify() on texts already masked with maskDeclaredDates().
    static ChangeKind classifyMasked(const QString &oldMasked, const QString &newMasked,
                                     const QString &oldDeclared, const QString &newDeclared);
    /// Whether a clause says nothing but a date statement ("Last updated: …").
    static bool isDateStatement(const QString &clauseText);
};

} // namespace cw
