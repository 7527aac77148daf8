#include "archive/Database.h"
#include "archive/DocumentRepository.h"
#include "archive/FlagRepository.h"
#include "memo/MemoArchiveReader.h"
#include "memo/MemoProviders.h"

#include <QMap>
#include <QSet>

namespace cw {

Result<QList<MemoBenchmarkEntry>> FlagBenchmarkProvider::benchmark(const Database &db,
                                                                   const QStringList &typeKeys) const
{
    // Platforms that hold documents: the benchmark's columns.
    auto docs = DocumentRepository(db).summaries();
    if (!docs)
        return docs.error();
    QMap<QString, QString> platforms; // lower-case name → name, sorted
    for (const DocumentSummary &d : *docs)
        platforms.insert(d.platformName.toLower(), d.platformName);

    MemoArchiveReader reader(db);
    FlagRepository flags(db);
    QList<MemoBenchmarkEntry> out;
    for (const QString &key : typeKeys) {
        auto type = reader.clauseType(key);
        if (!type)
            return type.error();
        FlagQuery q;
        q.typeKey = key;
        auto rows = flags.query(q); // highest severity first
        if (!rows)
            return rows.error();
        QSet<QString> seen;
        QMap<QString, MemoBenchmarkEntry> byPlatform;
        for (const FlagRow &r : *rows) {
            if (r.flag.status == ReviewStatus::Rejected || seen.contains(r.platformName.toLower()))
                continue;
            seen.insert(r.platformName.toLower());
            MemoBenchmarkEntry e;
            e.typeKey = key;
            e.typeName = type->name;
            e.platform = r.platformName;
            e.severity = r.flag.severity;
            e.status = r.flag.status;
            e.recordId = r.flag.recordId();
            e.documentTitle = r.termsType;
            e.summary = r.flag.summary.isEmpty() ? type->summaryTemplate : r.flag.summary;
            byPlatform.insert(r.platformName.toLower(), e);
        }
        for (auto it = platforms.cbegin(); it != platforms.cend(); ++it) {
            if (byPlatform.contains(it.key())) {
                out.append(byPlatform.value(it.key()));
                continue;
            }
            MemoBenchmarkEntry e;
            e.typeKey = key;
            e.typeName = type->name;
            e.platform = it.value();
            out.append(e);
        }
    }
    return out;
}

} // namespace cw
