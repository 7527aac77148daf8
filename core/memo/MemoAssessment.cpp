#include "memo/MemoAssessment.h"

#include "util/Time.h"

#include "memo/MemoText.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

namespace cw {

namespace {

QString tr(const char *s, int n = -1)
{
    return n < 0 ? QCoreApplication::translate("cw::MemoAssessment", s) : translateCount("cw::MemoAssessment", s, n);
}

// "A, B and C"
QString joinNames(QStringList names, int max = 6)
{
    names.removeDuplicates();
    if (names.size() > max) {
        const int more = int(names.size()) - max;
        names = names.mid(0, max);
        names << tr("%n other(s)", more);
    }
    if (names.size() <= 1)
        return names.join(QString());
    const QString last = names.takeLast();
    return tr("%1 and %2").arg(names.join(QStringLiteral(", ")), last);
}

constexpr int kStaleDays = 90;

} // namespace

MemoRiskStatement MemoAssessment::risk(const QList<MemoFinding> &findings)
{
    MemoRiskStatement r;
    for (const MemoFinding &f : findings) {
        switch (f.status) {
        case ReviewStatus::Confirmed: ++r.confirmed; break;
        case ReviewStatus::Suggested: ++r.suggested; break;
        case ReviewStatus::Rejected: ++r.rejected; continue; // never counts towards risk
        }
        if (f.changedSinceReview)
            ++r.changedSinceReview;
        switch (f.severity) {
        case Severity::High: ++r.high; break;
        case Severity::Medium: ++r.medium; break;
        case Severity::Low: ++r.low; break;
        }
        if (!r.level || f.severity > *r.level)
            r.level = f.severity;
    }
    if (!r.level) {
        r.statement = tr("No flagged clauses are in scope. This does not show that the documents "
                         "carry no risk: the memo reports only clauses that the rules or an "
                         "analyst flagged.");
        return r;
    }
    bool confirmedAtLevel = false;
    for (const MemoFinding &f : findings)
        if (f.severity == *r.level && f.status == ReviewStatus::Confirmed && !f.changedSinceReview)
            confirmedAtLevel = true;
    r.provisional = !confirmedAtLevel;

    const int counted = r.high + r.medium + r.low;
    QString s = tr("The memo reports %n finding(s)", counted) + QLatin1Char(' ') +
                tr("(%1 high, %2 medium, %3 low severity);").arg(r.high).arg(r.medium).arg(r.low) +
                QLatin1Char(' ') + tr("%1 confirmed by an analyst, %2 awaiting review.")
                                       .arg(r.confirmed)
                                       .arg(r.suggested);
    if (r.changedSinceReview)
        s += QLatin1Char(' ') +
             tr("%n finding(s) changed wording since their last review.", r.changedSinceReview);
    if (r.provisional)
        s += QLatin1Char(' ') + tr("The rating is provisional: no analyst has yet confirmed the "
                                   "findings it rests on.");
    r.statement = s;
    return r;
}

QStringList MemoAssessment::recommendations(const MemoContent &c)
{
    QStringList out;
    QStringList highTypes, unreviewed, changed;
    for (const MemoFinding &f : c.findings) {
        if (f.status == ReviewStatus::Rejected)
            continue;
        if (f.severity == Severity::High)
            highTypes << tr("%1 (%2)").arg(f.typeName, f.platform);
        if (f.status == ReviewStatus::Suggested)
            unreviewed << f.recordId;
        if (f.changedSinceReview)
            changed << f.recordId;
    }
    if (!unreviewed.isEmpty())
        out << tr("Review the %n finding(s) still marked “suggested” (%1) and confirm or reject "
                  "each before relying on this memo; until then their severity is provisional.",
                  int(unreviewed.size()))
                   .arg(joinNames(unreviewed, 8));
    if (!highTypes.isEmpty())
        out << tr("Escalate the high-severity findings to counsel: %1. Decide for each whether "
                  "to accept it, negotiate it, or use an opt-out where the terms offer one.")
                   .arg(joinNames(highTypes, 8));
    if (!changed.isEmpty())
        out << tr("Re-review %n finding(s) whose wording changed since their last review: %1.",
                  int(changed.size()))
                   .arg(joinNames(changed, 8));
    QStringList silent;
    for (const MemoChange &ch : c.changes)
        if (ch.silent)
            silent << tr("%1 %2 (version %3)").arg(ch.platform, ch.documentTitle, QString::number(ch.toVersion));
    if (!silent.isEmpty())
        out << tr("Ask the platform about changes it did not announce: %1 changed without a new "
                  "“last updated” date.")
                   .arg(joinNames(silent));

    // Clause types in scope that few other platforms impose.
    QMap<QString, QPair<int, int>> prevalence; // type name → (platforms with it, platforms)
    for (const MemoBenchmarkEntry &b : c.benchmark) {
        auto &p = prevalence[b.typeName];
        ++p.second;
        if (b.severity)
            ++p.first;
    }
    QStringList rare;
    for (auto it = prevalence.cbegin(); it != prevalence.cend(); ++it)
        if (it.value().second >= 3 && it.value().first * 2 < it.value().second)
            rare << tr("%1 (%2 of %3 platforms)")
                        .arg(it.key(), QString::number(it.value().first),
                             QString::number(it.value().second));
    if (!rare.isEmpty())
        out << tr("Use the benchmark in negotiation: fewer than half of the platforms in the "
                  "archive impose %1.")
                   .arg(joinNames(rare));

    QStringList stale;
    const QDate memoDate = QDate::fromString(c.date, Qt::ISODate);
    for (const MemoScopeDocument &d : c.documents) {
        const QDateTime verified = fromIso(d.lastVerified);
        if (memoDate.isValid() && verified.isValid() && verified.date().daysTo(memoDate) > kStaleDays)
            stale << tr("%1 %2 (last verified %3)")
                         .arg(d.platform, d.title, verified.date().toString(Qt::ISODate));
    }
    stale.removeDuplicates();
    if (!stale.isEmpty())
        out << tr("Re-capture documents not verified in the last %1 days before acting on "
                  "this memo: %2.")
                   .arg(kStaleDays)
                   .arg(joinNames(stale));
    out << tr("File this memo with its archive. Anyone holding both can check it with "
              "“clausewatch --archive %1 verify-memo <this file>”.")
               .arg(c.archiveName.isEmpty() ? QStringLiteral("<archive>") : c.archiveName);
    return out;
}

QStringList MemoAssessment::limitations(const MemoContent &c)
{
    int rule = 0, analyst = 0;
    for (const MemoFinding &f : c.findings)
        (f.analystFlag ? analyst : rule)++;
    QSet<QString> origins;
    for (const MemoEvidence &e : c.evidence)
        origins.insert(e.origin);
    QStringList out;
    out << tr("Evidence. Each cited capture is identified by the SHA-256 hash of the exact bytes "
              "the archive stored and of the text extracted from them. A hash proves that the "
              "archive still holds exactly what it captured at the stated time; it does not "
              "prove what the website served to other visitors or at other times.");
    out << tr("Wayback Machine addresses are formed from the capture time and the source "
              "address. The Internet Archive may hold no copy from that moment, or a different one.");
    if (origins.contains(QStringLiteral("file")) || origins.contains(QStringLiteral("git")))
        out << tr("Some captures were read from files or from a version repository rather than "
                  "fetched from the live site; the evidence appendix names the origin of each.");
    out << tr("Findings. %n finding(s) were raised by the rules of the Clausewatch taxonomy", rule) +
               QLatin1Char(' ') + tr("and %n by an analyst.", analyst) + QLatin1Char(' ') +
               tr("Findings marked “suggested” have not been reviewed by an analyst and their "
                  "severity is provisional; rejected findings are left out unless requested. "
                  "A clause type absent from the findings may still be present in wording the "
                  "rules did not recognise.");
    out << tr("Plain-language readings summarise a clause for orientation. They are not legal "
              "advice and do not replace the original wording, which prevails.");
    out << tr("Scope. The memo speaks about the versions listed in the scope section as they "
              "were captured; changes published after the latest capture are not reflected.");
    out << tr("Integrity of this memo. The fingerprint in the footer and in the appendix is the "
              "SHA-256 of the memo's canonical content and of every hash it cites; the PDF "
              "carries that content and a seal over its own bytes, and the archive records the "
              "SHA-256 of the exact file it wrote.");
    return out;
}

} // namespace cw
