#include "services/PreparedCapture.h"

#include "alerts/ChangeKind.h"
#include "classify/RuleClassifier.h"
#include "provenance/Sha256.h"
#include "segment/ClauseHash.h"
#include "segment/Segmenter.h"
#include "services/FlagSuggester.h"
#include "services/TextStage.h"

#include <thread>

namespace cw {

PreparedCapture PreparedCapture::unprepared(const CaptureRequest &request)
{
    PreparedCapture p;
    p.request = request;
    return p;
}

namespace {

QString documentKey(const CaptureRequest &r)
{
    return r.platform.trimmed() + QChar(0x1f) + r.termsType.trimmed();
}

} // namespace

PreparedCapture CapturePreparer::prepare(CaptureRequest request)
{
    PreparedCapture p;
    p.request = std::move(request);
    const CaptureRequest &req = p.request;
    p.text = runTextStage(req);
    p.rawSha256 = Sha256::hexOf(req.raw);
    p.textSha256 = p.text ? Sha256::hexOfText(p.text->text) : QString();
    p.extracted = true;

    const QString key = documentKey(req);
    auto known = m_expected.find(key);
    std::optional<qsizetype> previousLength;
    if (known != m_expected.end()) {
        p.assumed = known->previous;
        previousLength = known->previous.textLength;
    }
    // With nothing assumed (the document's first capture in this run) the
    // verdict is made as for a first version; the importer redoes it when the
    // archive already has one.
    p.quality = assessQuality(req, p.text, previousLength);
    p.assessed = true;
    if (!p.text || p.quality.suspect)
        return p;
    if (p.assumed && p.assumed->textSha256 == p.textSha256)
        return p; // a verification: nothing to segment

    const QString &text = p.text->text;
    PreparedClauses c;
    c.spans = Segmenter::segment(text);
    c.texts.reserve(c.spans.size());
    c.hashes.reserve(c.spans.size());
    QList<CurrentClause> now;
    now.reserve(c.spans.size());
    for (const ClauseSpan &s : c.spans) {
        c.texts.append(text.mid(s.start, s.length()));
        QString normalised = ClauseHash::normalise(c.texts.constLast());
        c.hashes.append(QString::number(ClauseHash::ofNormalised(normalised)));
        now.append({c.texts.constLast(), s.headingPath, std::move(normalised)});
    }
    c.platformName = req.platform.trimmed();
    const QList<PreviousClause> noClauses;
    const QList<PreviousClause> &before = p.assumed ? known->clauses : noClauses;
    if (p.assumed) {
        c.lineage = ClauseLineage::match(before, now);
        c.lineagePreviousCount = int(before.size());
    }
    // The clauses that will need suggestions are the new and reworded ones
    // (as in the clause stage); without an assumed previous version that is
    // all of them for a first version, and a few wasted ones otherwise.
    if (req.classify) {
        c.toClassify.resize(c.spans.size(), true);
        if (c.lineage)
            for (qsizetype i = 0; i < c.spans.size(); ++i) {
                const LineageMatch &m = c.lineage->matches.at(i);
                c.toClassify[i] = m.status == LineageStatus::New ||
                                  before.at(m.previousIndex).text != c.texts.at(i);
            }
    }

    Expected next;
    next.previous = AssumedPrevious{p.textSha256, text.size()};
    next.clauses.reserve(now.size());
    for (qsizetype i = 0; i < now.size(); ++i)
        next.clauses.append({0, now.at(i).text, now.at(i).headingPath, now.at(i).normalised});
    m_expected.insert(key, std::move(next));
    p.clauses = std::move(c);
    p.maskedText = ChangeClassifier::maskDeclaredDates(text);
    if (!m_deferSuggestions)
        addSuggestions(p);
    return p;
}

void CapturePreparer::addSuggestions(PreparedCapture &p)
{
    if (!p.clauses || p.clauses->toClassify.isEmpty())
        return;
    // Suggestions depend on the clause's words and the platform only.
    auto classifier = FlagSuggester::classifier();
    if (!classifier || !*classifier)
        return; // the importer reports the classifier's error itself
    PreparedClauses &c = *p.clauses;
    c.suggestions.resize(c.spans.size());
    auto *out = c.suggestions.data(); // detached here, before any thread writes
    const auto classifyFrom = [&](qsizetype from, qsizetype step) {
        for (qsizetype i = from; i < c.spans.size(); i += step)
            if (c.toClassify.at(i))
                out[i] = FlagSuggester::suggest(**classifier, c.texts.at(i), c.platformName);
    };
    // A document's first version has all its clauses to classify, and the
    // writer waits for it: two threads share such a capture, clause by clause
    // (alternate clauses, so both halves cost about the same). Each writes
    // only its own elements of `suggestions`.
    constexpr qsizetype kShareFrom = 96;
    if (c.toClassify.count(true) < kShareFrom) {
        classifyFrom(0, 1);
        return;
    }
    std::thread other([&] { classifyFrom(1, 2); });
    classifyFrom(0, 2);
    other.join();
}

} // namespace cw
