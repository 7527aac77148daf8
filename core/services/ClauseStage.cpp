#include "services/ClauseStage.h"

#include "archive/ClauseRepository.h"
#include "archive/Database.h"
#include "model/Clause.h"
#include "provenance/Sha256.h"

#include <QHash>

namespace cw {

namespace {

// Interim segmentation: one clause per non-heading block; headings build the
// path. The segmentation module replaces this.
QList<Clause> segmentBlocks(const QString &text)
{
    QList<Clause> out;
    QStringList path;
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype end = text.indexOf(QLatin1String("\n\n"), pos);
        if (end < 0)
            end = text.size();
        const QString block = text.mid(pos, end - pos);
        if (block.startsWith(QLatin1Char('#'))) {
            const qsizetype level = block.indexOf(QLatin1Char(' '));
            if (level > 0) {
                while (path.size() >= level)
                    path.removeLast();
                path.append(block.mid(level + 1).trimmed());
            }
        } else if (!block.trimmed().isEmpty()) {
            Clause c;
            c.start = int(pos);
            c.end = int(end);
            c.text = block;
            c.headingPath = path;
            c.kind = QStringLiteral("paragraph");
            out.append(c);
        }
        pos = end + 2;
    }
    return out;
}

} // namespace

Result<ClauseStageOutput> runClauseStage(const Database &db, const ClauseStageInput &input)
{
    ClauseRepository clauses(db);
    QList<Clause> spans = segmentBlocks(input.text);

    QHash<QString, qint64> previousLineage; // text hash → lineage
    if (input.previousVersionId) {
        auto prev = clauses.forVersion(*input.previousVersionId);
        if (!prev)
            return prev.error();
        for (const Clause &c : *prev)
            previousLineage.insert(c.textHash, c.lineageId);
    }

    int ordinal = 0;
    for (Clause &c : spans) {
        c.versionId = input.versionId;
        c.ordinal = ordinal++;
        c.textHash = Sha256::hexOfText(c.text);
        if (auto it = previousLineage.find(c.textHash); it != previousLineage.end()) {
            c.lineageId = it.value();
            c.lineageStatus = LineageStatus::Unchanged;
            previousLineage.erase(it);
        } else {
            auto lineage = clauses.newLineage(input.documentId);
            if (!lineage)
                return lineage.error();
            c.lineageId = *lineage;
            c.lineageStatus = LineageStatus::New;
        }
    }
    CW_TRY(clauses.insertAll(spans));
    ClauseStageOutput out;
    out.clauses = int(spans.size());
    return out;
}

} // namespace cw
