#pragma once

#include "compare/AdoptionTimeline.h"
#include "compare/ClauseTypePage.h"
#include "compare/ComparisonMatrix.h"
#include "compare/MatrixChanges.h"
#include "util/Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace cw {

class Database;

/// Compares clause types across platforms: the matrix (now or as it stood on a
/// date), the changes between two dates, and the clause-type page.
///
/// Point in time: on date D (a whole UTC day) each document counts with the
/// version current at the end of D — the newest version first seen on or
/// before D — and a platform has a clause type when a flag of that type (not
/// rejected) sits on a clause lineage that has a clause in that version. A
/// flag's severity and review state are today's: the archive keeps analyst
/// decisions in the audit log, not per version. Documents first captured after
/// D count as not archived on D.
///
/// Threads: one service per connection (see Database).
class ComparisonService
{
public:
    explicit ComparisonService(const Database &db) : m_db(db) {}

    /// Display names of clause-type categories (key → name), e.g. from the
    /// taxonomy. Keys not given here get a built-in English name.
    void setCategoryNames(QHash<QString, QString> names) { m_categoryNames = std::move(names); }
    QString categoryName(const QString &key) const;

    /// Everything the matrix at `at` (nullopt: now) is built from.
    Result<MatrixFacts> facts(const std::optional<QDate> &at = std::nullopt) const;
    /// facts() + MatrixBuilder::build().
    Result<ComparisonMatrix> matrix(const MatrixFilter &filter = {},
                                    const std::optional<QDate> &at = std::nullopt) const;
    /// The matrix on `from` and on `to` and the cells that appeared,
    /// disappeared, changed severity or changed in between.
    Result<MatrixComparison> changesBetween(const QDate &from, const QDate &to,
                                            const MatrixFilter &filter = {}) const;
    /// Cells whose flagged clauses were added or reworded by a version first
    /// seen after the end of `from` and up to the end of `to`.
    Result<QSet<CellKey>> touchedBetween(const QDate &from, const QDate &to) const;

    /// The clause-type page at `at`: every platform's clauses of the type and
    /// the adoption timeline. An unknown key yields a page with no clauses.
    Result<ClauseTypePage> clauseTypePage(const QString &typeKey,
                                          const std::optional<QDate> &at = std::nullopt) const;
    /// The clauses behind one matrix cell (what a click on the cell shows).
    Result<QList<TypeClause>> cellClauses(qint64 platformId, const QString &typeKey,
                                          const std::optional<QDate> &at = std::nullopt) const;
    Result<QList<AdoptionEvent>> adoptionTimeline(const QString &typeKey) const;

    /// The clause types, grouped by category (taxonomy order), including types
    /// that flags use but the archive's clause_types table lacks.
    Result<QList<MatrixType>> types() const;

    /// The exclusive upper bound for first_seen on `at` (the next midnight,
    /// UTC), or a bound above every time for nullopt.
    static QString cutoff(const std::optional<QDate> &at);

private:
    Result<QList<MatrixPlatform>> platforms(const QString &cutoffIso) const;
    Result<QList<TypeClause>> typeClauses(const QString &typeKey, const QString &cutoffIso,
                                          std::optional<qint64> platformId) const;

    const Database &m_db;
    QHash<QString, QString> m_categoryNames;
};

} // namespace cw
