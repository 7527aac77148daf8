#pragma once

#include <QString>

namespace cw {

/// Where a clause type is expected to live, so that an empty matrix cell can
/// say "not found" (the platform's documents of that family are archived and
/// hold no such clause) apart from "document not archived" (the platform has no
/// document of that family in the archive, so we cannot tell).
///
/// The rule (documented in core/compare/README.md):
/// - clause types of the taxonomy category "data" live in privacy documents
///   (Privacy Policy, Trackers Policy, data processing agreements, …);
/// - every other category lives in terms documents (Terms of Service,
///   acceptable-use and community rules, conditions of sale, …).
/// A platform that has a clause of a type in any document has that cell filled
/// whatever the rule says.
enum class DocumentFamily { Terms = 0, Privacy = 1 };

struct DocumentFamilies
{
    /// The family of a document by its terms type. An Open Terms Archive
    /// document id suffix ("Privacy Policy (ads)") is ignored.
    static DocumentFamily ofTermsType(const QString &termsType);
    /// The family where clause types of a taxonomy category are expected.
    static DocumentFamily ofCategory(const QString &categoryKey);
    /// Bit of a family in a set (see PlatformInfo::archivedFamilies).
    static constexpr unsigned bit(DocumentFamily f) { return 1u << unsigned(f); }
    /// "terms" / "privacy".
    static QString key(DocumentFamily f);
};

} // namespace cw
