#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

namespace cw {

/// Identity of a clause's wording, for lineage across versions and for
/// finding the same clause text anywhere in the archive.
///
/// Normalisation (normalise()): white space runs collapsed to one space, ends
/// trimmed, and the leading clause numbers or bullet removed together with
/// their separators ("4.2 ", "(a) ", "Article 5 – ", "§ 3 ", "- ", up to three
/// chained: "1. a. "), so that a renumbered clause keeps its hash. Case, punctuation and quote
/// styles are kept: they can change meaning, and a change there must reach a reviewer.
///
/// Hash choice: the first 8 bytes of SHA-256 over the UTF-8 of the normalised
/// text, read big-endian into a signed 64-bit integer. Why: stable across Qt
/// versions, processes and machines (unlike qHash, which is seeded), fits an
/// SQLite INTEGER column and an index, and 64 bits make an accidental
/// collision negligible at archive scale (~10^-7 for 10^6 distinct clauses);
/// lineage matching compares the normalised texts themselves, so a collision
/// could not mis-link clauses there anyway. Pure and thread-safe.
class ClauseHash
{
public:
    /// The normalised form described above.
    static QString normalise(QStringView clauseText);

    /// The leading clause numbers as NumberMarker displays them, joined by a
    /// space ("4.2", "(a)", "Article 5", "1 a" for "1. a. …"), or empty; used
    /// to tell that a clause was renumbered.
    static QString leadingNumber(QStringView clauseText);

    /// 64-bit hash of normalise(clauseText); see the class comment.
    static qint64 of(QStringView clauseText);
    /// of() for a text already normalised with normalise().
    static qint64 ofNormalised(const QString &normalised);

    /// Full SHA-256 (32 bytes) of normalise(clauseText), for evidence records.
    static QByteArray sha256(QStringView clauseText);
};

} // namespace cw
