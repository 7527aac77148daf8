#include "services/ClauseStage.h"

#include "archive/ClauseRepository.h"
#include "archive/Database.h"
#include "archive/FlagRepository.h"
#include "archive/Rows.h"
#include "classify/RuleClassifier.h"
#include "classify/SummaryTemplate.h"
#include "model/Clause.h"
#include "segment/ClauseHash.h"
#include "segment/ClauseLineage.h"
#include "segment/Segmenter.h"
#include "services/FlagSuggester.h"
#include "util/Time.h"

namespace cw {

namespace {

// Applies the classifier's suggestions for one clause to its lineage's flags:
// new types become suggested flags; a type the analyst rejected for this
// lineage is never suggested again; a confirmed flag keeps the analyst's
// severity and summary and only follows the new evidence.
// Evidence spans of a flag whose type the rules no longer find: the quoted
// words are looked up again in the new clause text; spans not found are dropped.
QList<std::pair<int, int>> remapEvidence(const QList<std::pair<int, int>> &spans,
                                         const QString &oldText, const QString &newText)
{
    QList<std::pair<int, int>> out;
    for (const auto &[s, e] : spans) {
        if (s < 0 || e > oldText.size() || e <= s)
            continue;
        const qsizetype at = newText.indexOf(QStringView(oldText).mid(s, e - s));
        if (at >= 0)
            out.append({int(at), int(at + (e - s))});
    }
    return out;
}

Status applySuggestions(FlagRepository &flags, const Clause &clause, const QString &previousText,
                        const QList<Suggestion> &suggestions, const QList<Flag> &existing,
                        ClauseStageOutput &out)
{
    // Flags the rules no longer raise keep their place, with remapped evidence.
    for (const Flag &f : existing) {
        bool suggested = false;
        for (const Suggestion &s : suggestions)
            suggested = suggested || s.typeKey == f.typeKey;
        if (suggested)
            continue;
        Flag updated = f;
        updated.evidence = remapEvidence(f.evidence, previousText, clause.text);
        if (updated.evidence != f.evidence)
            CW_TRY(flags.update(updated));
    }

    for (const Suggestion &s : suggestions) {
        const Flag *current = nullptr;
        for (const Flag &f : existing)
            if (f.typeKey == s.typeKey)
                current = &f;
        if (!current) {
            Flag f;
            f.lineageId = clause.lineageId;
            f.clauseId = clause.id;
            f.typeKey = s.typeKey;
            f.severity = s.severity;
            f.origin = FlagOrigin::Rule;
            f.ruleId = s.ruleId;
            f.confidence = s.confidence;
            f.evidence = s.evidence;
            f.reasons = s.reasons;
            f.summary = s.summary;
            auto id = flags.insert(f);
            if (!id)
                return id.error();
            ++out.flagsAdded;
            continue;
        }
        if (current->status == ReviewStatus::Rejected || current->origin == FlagOrigin::Analyst)
            continue;
        Flag updated = *current;
        updated.clauseId = clause.id;
        updated.evidence = s.evidence;
        updated.confidence = s.confidence;
        updated.ruleId = s.ruleId;
        if (current->status == ReviewStatus::Suggested) {
            updated.severity = s.severity;
            updated.reasons = s.reasons;
            updated.summary = s.summary;
        }
        updated.updatedAt = nowIsoUtc();
        CW_TRY(flags.update(updated));
    }
    return {};
}

} // namespace

Result<ClauseStageOutput> runClauseStage(const Database &db, const ClauseStageInput &input)
{
    ClauseRepository clauses(db);
    FlagRepository flags(db);
    const PreparedClauses *pre = input.prepared;
    const QList<ClauseSpan> spans = pre ? pre->spans : Segmenter::segment(input.text);

    QList<Clause> previous;
    if (input.previousClauses) {
        previous = *input.previousClauses;
    } else if (input.previousVersionId) {
        auto prev = clauses.forVersion(*input.previousVersionId);
        if (!prev)
            return prev.error();
        previous = std::move(*prev);
    }
    QStringList texts;
    if (pre) {
        texts = pre->texts;
    } else {
        texts.reserve(spans.size());
        for (const ClauseSpan &s : spans)
            texts.append(input.text.mid(s.start, s.length()));
    }
    LineageResult lineage;
    if (pre && pre->lineage && input.preparedLineageHolds &&
        pre->lineagePreviousCount == previous.size()) {
        // Matched ahead against the same previous text: only the lineage ids
        // (assigned by the archive) are filled in.
        lineage = *pre->lineage;
        for (LineageMatch &m : lineage.matches)
            if (m.previousIndex >= 0)
                m.lineageId = previous.at(m.previousIndex).lineageId;
    } else {
        QList<PreviousClause> before;
        before.reserve(previous.size());
        for (const Clause &c : previous)
            before.append({c.lineageId, c.text, c.headingPath, {}});
        QList<CurrentClause> now;
        now.reserve(spans.size());
        for (qsizetype i = 0; i < spans.size(); ++i)
            now.append({texts.at(i), spans.at(i).headingPath, {}});
        lineage = ClauseLineage::match(before, now);
    }

    QList<Clause> stored;
    stored.reserve(spans.size());
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const ClauseSpan &s = spans.at(i);
        const LineageMatch &m = lineage.matches.at(i);
        Clause c;
        c.versionId = input.versionId;
        c.ordinal = int(i);
        c.start = s.start;
        c.end = s.end;
        c.headingPath = s.headingPath;
        c.number = s.number;
        c.kind = clauseKindKey(s.kind);
        c.text = texts.at(i);
        c.textHash = pre ? pre->hashes.at(i) : QString::number(ClauseHash::of(c.text));
        c.lineageStatus = m.status;
        c.similarity = m.lineageId ? m.similarity : 1.0;
        c.renumbered = m.renumbered;
        if (m.lineageId) {
            c.lineageId = m.lineageId;
        } else {
            auto id = clauses.newLineage(input.documentId);
            if (!id)
                return id.error();
            c.lineageId = *id;
        }
        stored.append(std::move(c));
    }
    CW_TRY(clauses.insertAll(stored));

    ClauseStageOutput out;
    out.clauses = int(stored.size());

    // Flags follow their lineage into the new version (set-based: one
    // statement per version, not one per flag) …
    if (input.carryFlags) {
        auto carry = db.cached("UPDATE flags SET clause_id = c.id FROM clauses c "
                               "WHERE c.version_id = ? AND c.lineage_id = flags.lineage_id");
        if (!carry)
            return carry.error();
        (*carry)->bind(1, input.versionId);
        CW_TRY((*carry)->exec());
        out.flagsCarried = db.changes();
    }
    // … and a change of wording sends them back to review.
    auto review = db.cached("UPDATE flags SET changed_since_review = 1 FROM clauses c "
                            "WHERE c.version_id = ? AND c.lineage_id = flags.lineage_id "
                            "AND c.lineage_status IN ('modified', 'moved_modified') AND "
                            "flags.changed_since_review = 0");
    if (!review)
        return review.error();
    (*review)->bind(1, input.versionId);
    CW_TRY((*review)->exec());
    out.flagsReturnedToReview = db.changes();

    if (!input.classify) {
        out.previousClauses = std::move(previous);
        out.clauseList = std::move(stored);
        return out;
    }
    CW_TRY(FlagSuggester::ensureTaxonomy(db));
    auto classifier = FlagSuggester::classifier();
    if (!classifier)
        return classifier.error();
    // Summary templates the analyst edited in this archive win over the
    // built-in ones the classifier fills.
    auto edited = db.cached("SELECT key, summary_template FROM clause_types"
                            " WHERE edited = 1 AND summary_template <> ''");
    if (!edited)
        return edited.error();
    QHash<QString, QString> analystTemplates;
    CW_TRY(forEachRow(**edited,
                      [&](const Statement &s) { analystTemplates.insert(s.text(0), s.text(1)); }));
    for (qsizetype i = 0; i < stored.size(); ++i) {
        const Clause &c = stored.at(i);
        const bool isNew = c.lineageStatus == LineageStatus::New;
        const QString previousText =
            isNew ? QString() : previous.at(lineage.matches.at(i).previousIndex).text;
        // The very same text: the earlier classification and evidence stand.
        if (!isNew && previousText == c.text)
            continue;
        QList<Flag> existing;
        if (!isNew) {
            auto list = flags.forLineage(c.lineageId);
            if (!list)
                return list.error();
            existing = std::move(*list);
        }
        const bool ready = pre && i < pre->suggestions.size() && pre->suggestions.at(i) &&
                           pre->platformName == input.platformName;
        QList<Suggestion> suggestions =
            ready ? *pre->suggestions.at(i)
                  : FlagSuggester::suggest(**classifier, c.text, input.platformName);
        for (Suggestion &s : suggestions)
            if (const auto t = analystTemplates.constFind(s.typeKey); t != analystTemplates.cend())
                s.summary = SummaryTemplate::fill(*t, input.platformName, s.slots);
        CW_TRY(applySuggestions(flags, c, previousText, suggestions, existing, out));
    }
    out.previousClauses = std::move(previous);
    out.clauseList = std::move(stored);
    return out;
}

Result<int> carryFlagsToNewestClauses(const Database &db, qint64 afterVersionId)
{
    // A lineage's newest clause is the one in the newest version that holds
    // it: what carrying version by version leaves behind.
    auto carry = db.cached(
        "UPDATE flags SET clause_id = (SELECT c.id FROM clauses c"
        " WHERE c.lineage_id = flags.lineage_id ORDER BY c.version_id DESC LIMIT 1)"
        " WHERE EXISTS (SELECT 1 FROM clauses c WHERE c.lineage_id = flags.lineage_id"
        " AND c.version_id > ?)");
    if (!carry)
        return carry.error();
    (*carry)->bind(1, afterVersionId);
    CW_TRY((*carry)->exec());
    return db.changes();
}

} // namespace cw
