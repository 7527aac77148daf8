#pragma once

#include "memo/MemoContent.h"
#include "util/Result.h"

#include <QList>
#include <QStringList>

namespace cw {

class Database;

/// Hook for the "changes since the last review" section: what changed in one
/// document between two of its versions, in plain language.
///
/// The default (LineageChangeProvider) works from clause lineage alone. The
/// diff engine's change summary (core/diff) plugs in here when it lands:
/// implement this interface over VersionDiffer + ChangeSummary and pass it in
/// MemoProviders — nothing else in the memo changes.
class MemoChangeProvider
{
public:
    virtual ~MemoChangeProvider() = default;
    /// Contract: both versions belong to the same document; from is older.
    virtual Result<MemoChange> change(const Database &db, qint64 fromVersionId,
                                      qint64 toVersionId) const = 0;
};

/// Hook for the "cross-platform benchmark" section: how every platform in the
/// archive handles each clause type in scope.
///
/// The default (FlagBenchmarkProvider) reads the current flags of each type
/// straight from FlagRepository. The comparison service (ComparisonService)
/// plugs in here when it lands.
class MemoBenchmarkProvider
{
public:
    virtual ~MemoBenchmarkProvider() = default;
    /// One entry per (type, platform with documents); platforms without the
    /// type get an entry without severity.
    virtual Result<QList<MemoBenchmarkEntry>> benchmark(const Database &db,
                                                        const QStringList &typeKeys) const = 0;
};

/// Which providers a MemoCollector uses; null members mean the defaults.
/// Providers are borrowed and must outlive the collector.
struct MemoProviders
{
    const MemoChangeProvider *changes = nullptr;
    const MemoBenchmarkProvider *benchmark = nullptr;
};

/// Changes from clause lineage: clauses added, removed and reworded (a removed
/// and an added clause under the same heading), flagged clauses touched, and
/// whether the document's own "last updated" date moved (a silent change when not).
class LineageChangeProvider final : public MemoChangeProvider
{
public:
    Result<MemoChange> change(const Database &db, qint64 fromVersionId,
                              qint64 toVersionId) const override;
};

/// The benchmark from the flags table: per type, each platform's highest
/// current flag (rejected flags do not count).
class FlagBenchmarkProvider final : public MemoBenchmarkProvider
{
public:
    Result<QList<MemoBenchmarkEntry>> benchmark(const Database &db,
                                                const QStringList &typeKeys) const override;
};

} // namespace cw
