#include "memo/MemoBuilder.h"

#include "memo/MemoHtml.h"

#include "memo/MemoText.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QSet>

namespace cw {

namespace {

QString tr(const char *s, int n = -1)
{
    return n < 0 ? QCoreApplication::translate("cw::MemoBuilder", s) : translateCount("cw::MemoBuilder", s, n);
}

QString esc(const QString &s)
{
    return MemoHtml::escape(s);
}

struct Section
{
    QString key;   ///< anchor id
    QString title; ///< with its number
};

QList<Section> sections(const MemoContent &c)
{
    const MemoOptions &o = c.spec.options;
    QList<Section> out;
    int n = 0;
    auto add = [&](const char *key, const QString &title) {
        out.append({QString::fromLatin1(key), QStringLiteral("%1. %2").arg(QString::number(++n), title)});
    };
    add("summary", tr("Executive summary"));
    add("scope", tr("Scope"));
    add("findings", tr("Findings"));
    add("details", tr("Findings in detail"));
    if (o.changes)
        add("changes", tr("Changes since the last review"));
    if (o.benchmark)
        add("benchmark", tr("Cross-platform benchmark"));
    add("recommendations", tr("Recommendations"));
    add("method", tr("Method and limitations"));
    if (o.evidenceAppendix)
        out.append({QStringLiteral("evidence"), tr("Appendix A. Evidence")});
    return out;
}

QString sectionTitle(const QList<Section> &list, const char *key)
{
    for (const Section &s : list)
        if (s.key == QLatin1String(key))
            return s.title;
    return {};
}

QString sectionNumber(const QList<Section> &list, const char *key)
{
    return sectionTitle(list, key).section(QLatin1Char('.'), 0, 0);
}

// <h2> with both anchors: "s-key" for cross references, "toc-key" for the
// contents list (its page number is stamped after rendering).
QString heading(const QList<Section> &list, const char *key)
{
    const QString title = sectionTitle(list, key);
    const qsizetype dot = title.indexOf(QLatin1String(". "));
    const QString num = dot > 0 && dot < 4 ? title.left(dot + 1) : QString();
    const QString text = num.isEmpty() ? title : title.mid(dot + 2);
    return QStringLiteral("<h2 id=\"s-%1\"><a id=\"toc-%1\"></a>%2%3</h2>\n")
        .arg(QString::fromLatin1(key),
             num.isEmpty() ? QString() : QStringLiteral("<span class=\"num\">%1</span>").arg(num),
             esc(text));
}

// Up to this many platforms the benchmark is one matrix; beyond, one list per type.
constexpr int kMatrixPlatforms = 8;

QString findingLocation(const MemoFinding &f)
{
    QString where = f.headingPath.join(QStringLiteral(" › "));
    return where.isEmpty() ? QString() : where;
}

QString findingAnchor(const MemoFinding &f)
{
    return MemoHtml::anchor(QStringLiteral("f-"), f.recordId);
}

QString timeUtc(const QString &iso)
{
    // 2024-03-04T10:15:00Z → 2024-03-04 10:15:00 UTC
    if (iso.size() >= 19 && iso.at(10) == QLatin1Char('T'))
        return iso.left(10) + QLatin1Char(' ') + iso.mid(11, 8) + QStringLiteral(" UTC");
    return iso;
}

QString originLabel(const QString &origin)
{
    if (origin == QLatin1String("url"))
        return tr("fetched from the web");
    if (origin == QLatin1String("git"))
        return tr("read from a version repository");
    if (origin == QLatin1String("file"))
        return tr("read from a file");
    return origin;
}

class Writer
{
    struct Group
    {
        const MemoFinding *first; ///< carries the type's name and texts
        QList<const MemoFinding *> findings;
        QString number;           ///< "4.2"
    };

public:
    Writer(const MemoContent &c, const MemoBuildInfo &info)
        : m_c(c), m_info(info), m_o(c.spec.options), m_sections(sections(c))
    {
        // Findings are detailed per clause type: the type's texts and
        // regulations once, then each finding. Types come in the order of
        // their most severe finding (the content is sorted by severity).
        const QString n = sectionNumber(m_sections, "details");
        QHash<QString, int> groupOf;
        for (const MemoFinding &f : m_c.findings) {
            auto it = groupOf.find(f.typeKey);
            if (it == groupOf.end()) {
                it = groupOf.insert(f.typeKey, int(m_groups.size()));
                m_groups.append({&f, {}, QStringLiteral("%1.%2").arg(n, QString::number(m_groups.size() + 1))});
            }
            Group &g = m_groups[*it];
            g.findings.append(&f);
            m_findingNumber.insert(f.recordId, QStringLiteral("%1.%2").arg(g.number, QString::number(g.findings.size())));
        }
    }

    QString body()
    {
        QString h;
        h.reserve(4096 + m_c.findings.size() * 4096);
        h += letterhead();
        if (MemoBuilder::wantsContents(m_c))
            h += contents();
        h += summary();
        h += scope();
        h += findingsTable();
        h += details();
        if (m_o.changes)
            h += changes();
        if (m_o.benchmark)
            h += benchmark();
        h += recommendations();
        h += method();
        if (m_o.evidenceAppendix)
            h += evidence();
        return h;
    }

private:
    QString letterhead() const
    {
        QString h = QStringLiteral("<div class=\"letterhead\"><div><div class=\"brand\">CLAUSEWATCH</div>"
                                   "<div class=\"kind\">%1</div></div><div class=\"marking\">%2</div></div>\n")
                        .arg(esc(m_c.spec.scope == MemoScope::Diff ? tr("Change memorandum")
                                                                   : tr("Compliance memorandum")),
                             esc(tr("Confidential")));
        h += QStringLiteral("<h1 class=\"title\">%1</h1>\n").arg(esc(m_c.title));
        h += QStringLiteral("<table class=\"memo-head\">");
        auto row = [&h](const QString &label, const QString &valueHtml) {
            h += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(esc(label), valueHtml);
        };
        row(tr("To"), m_c.spec.to.isEmpty() ? QStringLiteral("<span class=\"muted\">—</span>") : esc(m_c.spec.to));
        row(tr("From"), m_c.spec.from.isEmpty() ? QStringLiteral("<span class=\"muted\">—</span>") : esc(m_c.spec.from));
        row(tr("Date"), esc(m_c.date));
        row(tr("Subject"), QStringLiteral("<b>%1</b>").arg(esc(m_c.subject)));
        row(tr("Reference"),
            QStringLiteral("%1 <span class=\"hash\">%2…</span> · %3")
                .arg(esc(tr("Memo fingerprint")), esc(m_info.fingerprint.left(16)),
                     esc(tr("archive %1, generated %2").arg(m_c.archiveName, timeUtc(m_c.generatedAt)))));
        h += QStringLiteral("</table>\n");
        return h;
    }

    QString contents() const
    {
        QString h = QStringLiteral("<nav class=\"toc\"><h2>%1</h2>\n").arg(esc(tr("Contents")));
        for (const Section &s : m_sections) {
            h += QStringLiteral("<a href=\"#toc-%1\"><span class=\"t\">%2</span><span class=\"leader\"></span></a>\n")
                     .arg(s.key, esc(s.title));
            if (s.key == QLatin1String("details"))
                for (const Group &g : m_groups)
                    h += QStringLiteral("<a class=\"sub\" href=\"#toc-%1\"><span class=\"t\">%2 %3 <span class=\"muted\">(%4)</span></span>"
                                        "<span class=\"leader\"></span></a>\n")
                             .arg(groupAnchor(g), g.number, esc(g.first->typeName),
                                  esc(tr("%n finding(s)", int(g.findings.size()))));
        }
        return h + QStringLiteral("</nav>\n");
    }

    QString summary() const
    {
        const MemoRiskStatement &r = m_c.risk;
        QString h = heading(m_sections, "summary");
        const QString level = r.level ? severityKey(*r.level) : QStringLiteral("none");
        h += QStringLiteral("<div class=\"risk level-%1\"><div class=\"level\">%2 %3%4</div><p>%5</p></div>\n")
                 .arg(level,
                      esc(tr("Overall risk:")),
                      MemoHtml::severityBadge(r.level),
                      r.provisional ? QStringLiteral(" <span class=\"provisional\">%1</span>").arg(esc(tr("(provisional)")))
                                    : QString(),
                      esc(r.statement));
        QStringList facts{translateCount("cw::MemoBuilder", "%n platform(s)", int(m_c.platforms.size())),
                          translateCount("cw::MemoBuilder", "%n document version(s)", int(m_c.documents.size())),
                          translateCount("cw::MemoBuilder", "%n finding(s)", int(m_c.findings.size()))};
        if (m_o.changes)
            facts << translateCount("cw::MemoBuilder", "%n change(s) since the last review", int(m_c.changes.size()));
        facts << translateCount("cw::MemoBuilder", "%n cited capture(s)", int(m_c.evidence.size()));
        h += QStringLiteral("<p class=\"sans facts\">%1</p>\n").arg(esc(facts.join(QStringLiteral(" · "))));
        if (!m_c.findings.isEmpty()) {
            h += QStringLiteral("<table class=\"counts\"><tr><th class=\"l\">%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                     .arg(esc(tr("Severity")), esc(tr("Confirmed")), esc(tr("Awaiting review")), esc(tr("Rejected")));
            for (Severity s : {Severity::High, Severity::Medium, Severity::Low}) {
                int n[3] = {0, 0, 0};
                for (const MemoFinding &f : m_c.findings)
                    if (f.severity == s)
                        ++n[f.status == ReviewStatus::Confirmed ? 0 : f.status == ReviewStatus::Suggested ? 1 : 2];
                h += QStringLiteral("<tr><td class=\"l\">%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                         .arg(MemoHtml::severityBadge(s)).arg(n[0]).arg(n[1]).arg(n[2]);
            }
            h += QStringLiteral("</table>\n");
            // The most severe findings, in a sentence each.
            QStringList key;
            for (const MemoFinding &f : m_c.findings) {
                if (f.status == ReviewStatus::Rejected || key.size() >= 5)
                    continue;
                key << QStringLiteral("<li>%1 <b>%2</b> — %3 (%4, <a class=\"nowrap\" href=\"#%5\">%6</a>). %7</li>")
                           .arg(MemoHtml::severityBadge(f.severity), esc(f.typeName), esc(f.platform),
                                esc(f.documentTitle), findingAnchor(f), esc(f.recordId),
                                MemoHtml::shortened(f.plainSummary, 220));
            }
            if (!key.isEmpty())
                h += QStringLiteral("<h4>%1</h4><ul class=\"key\">%2</ul>\n")
                         .arg(esc(tr("Key findings")), key.join(QString()));
        }
        return h;
    }

    QString scope() const
    {
        QString h = heading(m_sections, "scope");
        h += QStringLiteral("<p>%1</p>\n").arg(esc(m_c.scopeDescription));
        QStringList facts;
        facts << tr("Platforms: %1").arg(m_c.platforms.isEmpty() ? tr("none") : m_c.platforms.join(QStringLiteral(", ")));
        if (!m_c.clauseTypes.isEmpty())
            facts << tr("Clause types found: %1").arg(m_c.clauseTypes.join(QStringLiteral(", ")));
        facts << tr("Rejected flags: %1").arg(m_o.includeRejected ? tr("included") : tr("left out"));
        h += QStringLiteral("<p class=\"muted sans\">%1</p>\n").arg(esc(facts.join(QStringLiteral(" · "))));
        if (m_c.documents.isEmpty())
            return h + QStringLiteral("<p class=\"none\">%1</p>\n").arg(esc(tr("No documents are in scope.")));
        h += QStringLiteral("<table class=\"grid\"><thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr></thead><tbody>\n")
                 .arg(esc(tr("Platform")), esc(tr("Document")), esc(tr("Version")), esc(tr("First captured")),
                      esc(tr("Last verified")), esc(tr("Text SHA-256")));
        for (const MemoScopeDocument &d : m_c.documents)
            h += QStringLiteral("<tr><td>%1</td><td>%2<br><span class=\"muted\">%3 · <span class=\"nowrap\">%4</span></span></td>"
                                "<td class=\"nowrap\">%5</td><td class=\"nowrap\">%6</td><td class=\"nowrap\">%7</td>"
                                "<td><span class=\"hash\">%8…</span></td></tr>\n")
                     .arg(esc(d.platform), esc(d.title), esc(d.termsType), esc(d.recordId),
                          esc(tr("%1 of %2").arg(d.versionNumber).arg(d.versionCount)),
                          esc(timeUtc(d.versionFirstSeen)), esc(timeUtc(d.lastVerified)),
                          esc(d.textSha256.left(16)));
        return h + QStringLiteral("</tbody></table>\n");
    }

    QString regulationsShort(const MemoFinding &f) const
    {
        QStringList r;
        for (const MemoRegulation &g : f.regulations)
            r << QStringLiteral("<span class=\"nowrap\">%1 <span class=\"juris\">%2</span></span>").arg(esc(g.shortName), esc(g.jurisdiction));
        return r.isEmpty() ? QStringLiteral("<span class=\"muted\">—</span>") : r.join(QStringLiteral(", "));
    }

    // The findings table: a header row per clause type (its consumer impact
    // and regulations, shared by its findings), then a row per finding.
    QString findingsTable() const
    {
        QString h = heading(m_sections, "findings");
        if (m_c.findings.isEmpty())
            return h + QStringLiteral("<p class=\"none\">%1</p>\n")
                           .arg(esc(tr("No flagged clauses are in scope.")));
        h += QStringLiteral("<table class=\"grid findings\"><thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr></thead><tbody>\n")
                 .arg(esc(tr("Finding")), esc(tr("Severity · status")), esc(tr("Quote")),
                      esc(tr("Plain-language summary")));
        for (const Group &g : m_groups) {
            const MemoFinding &t = *g.first;
            QStringList facts;
            if (!t.consumerImpact.isEmpty())
                facts << QStringLiteral("<b>%1</b> %2").arg(esc(tr("Consumer impact:")), esc(t.consumerImpact));
            if (m_o.regulations && !t.regulations.isEmpty())
                facts << QStringLiteral("<b>%1</b> %2").arg(esc(tr("Regulations:")), regulationsShort(t));
            h += QStringLiteral("<tr class=\"group\"><td colspan=\"4\"><a href=\"#%1\"><b class=\"gname\">%2 %3</b></a>%4</td></tr>\n")
                     .arg(groupAnchor(g), g.number, esc(t.typeName),
                          facts.isEmpty() ? QString() : QStringLiteral("<br>") + facts.join(QStringLiteral(" · ")));
            for (const MemoFinding *f : g.findings)
                h += findingRow(*f);
        }
        return h + QStringLiteral("</tbody></table>\n");
    }

    QString findingRow(const MemoFinding &f) const
    {
        return QStringLiteral("<tr><td><a href=\"#%1\"><b>%2</b></a> %3<br><span class=\"muted nowrap\">%4 · %5</span></td>"
                              "<td>%6<br>%7</td><td class=\"q\">“%8”</td><td>%9</td></tr>\n")
            .arg(findingAnchor(f), m_findingNumber.value(f.recordId),
                 esc(f.platform + QStringLiteral(" — ") + f.documentTitle), esc(f.recordId),
                 esc(tr("v%1").arg(f.versionNumber)), MemoHtml::severityBadge(f.severity),
                 MemoHtml::statusLabel(f.status, f.changedSinceReview), MemoHtml::excerpt(f.quote, f.evidence, 220),
                 MemoHtml::shortened(f.plainSummary, 220));
    }

    // The texts every finding of a type shares, once per type.
    QString group(const Group &g) const
    {
        const MemoFinding &t = *g.first;
        QString h = QStringLiteral("<section class=\"type-group\"><div class=\"top\"><a id=\"toc-%1\"></a>"
                                   "<h3 id=\"%1\"><span class=\"num\">%2</span>%3 <span class=\"muted light\">%4</span></h3>\n")
                        .arg(groupAnchor(g), g.number, esc(t.typeName),
                             esc(tr("%n finding(s)", int(g.findings.size()))));
        h += QStringLiteral("<table class=\"kv type\">");
        auto row = [&h](const QString &label, const QString &html) {
            h += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(esc(label), html);
        };
        if (!t.whyItMatters.isEmpty())
            row(tr("Why it matters"), esc(t.whyItMatters));
        if (!t.consumerImpact.isEmpty())
            row(tr("Consumer impact"), esc(t.consumerImpact));
        if (m_o.regulations) {
            QStringList regs;
            for (const MemoRegulation &r : t.regulations)
                regs << QStringLiteral("<li><span class=\"regkey\">%1</span> — %2 <span class=\"juris\">%3</span>%4</li>")
                            .arg(esc(r.shortName), esc(r.name), esc(r.jurisdiction),
                                 r.citation.isEmpty() ? QString() : QStringLiteral(" <span class=\"muted\">%1</span>").arg(esc(r.citation)));
            row(tr("Regulations"), regs.isEmpty() ? QStringLiteral("<span class=\"muted\">%1</span>").arg(esc(tr("None recorded for this clause type.")))
                                                  : QStringLiteral("<ul>%1</ul>").arg(regs.join(QString())));
        }
        h += QStringLiteral("</table></div>\n");
        for (const MemoFinding *f : g.findings)
            h += finding(*f);
        return h + QStringLiteral("</section>\n");
    }

    QString finding(const MemoFinding &f) const
    {
        // The heading, its meta line and the wording stay together on a page.
        QString h = QStringLiteral("<section class=\"finding\" id=\"%1\"><div class=\"top\">\n").arg(findingAnchor(f));
        h += QStringLiteral("<h4 class=\"finding-title\"><span class=\"num\">%1</span>%2 %3 %4</h4>\n")
                 .arg(m_findingNumber.value(f.recordId), esc(f.platform + QStringLiteral(" — ") + f.documentTitle),
                      MemoHtml::severityBadge(f.severity), MemoHtml::statusLabel(f.status, f.changedSinceReview));
        QStringList meta;
        meta << esc(tr("Version %1 (%2)").arg(QString::number(f.versionNumber), f.documentRecordId));
        if (!findingLocation(f).isEmpty())
            meta << esc(findingLocation(f));
        meta << esc(tr("Record %1").arg(f.recordId));
        if (f.analystFlag)
            meta << esc(tr("flagged by an analyst"));
        if (const MemoEvidence *e = m_c.evidenceFor(f.snapshotId))
            meta << esc(tr("captured %1, SHA-256 %2…").arg(timeUtc(e->capturedAt), e->rawSha256.left(16)));
        h += QStringLiteral("<p class=\"meta\">%1</p>\n").arg(meta.join(QStringLiteral(" · ")));

        const bool orig = m_o.includeOriginals, plain = m_o.plainLanguage;
        if (orig || plain) {
            h += QStringLiteral("<div class=\"pair%1\">").arg(orig && plain ? QString() : QStringLiteral(" single"));
            if (orig)
                h += QStringLiteral("<div><h5>%1</h5><div class=\"original\">%2</div></div>")
                         .arg(esc(tr("Original language")), MemoHtml::highlighted(f.quote, f.evidence));
            if (plain)
                h += QStringLiteral("<div><h5>%1</h5><div class=\"reading\">%2</div></div>")
                         .arg(esc(tr("Plain-language reading")),
                              f.plainSummary.isEmpty() ? QStringLiteral("<span class=\"none\">%1</span>").arg(esc(tr("No reading recorded.")))
                                                       : esc(f.plainSummary));
            h += QStringLiteral("</div>\n");
        }
        h += QStringLiteral("</div>\n"); // .top
        if (orig && !f.previousQuote.isEmpty())
            h += QStringLiteral("<h5>%1</h5><div class=\"original previous\">%2</div>\n")
                     .arg(esc(tr("Wording in the earlier version")), esc(f.previousQuote));
        if (!f.notes.isEmpty())
            h += QStringLiteral("<p class=\"notes\"><b>%1</b> %2</p>\n").arg(esc(tr("Analyst notes:")), esc(f.notes));
        h += QStringLiteral("<div class=\"cite\"><b>%1</b>%2</div>\n").arg(esc(tr("How to cite")), esc(f.citation));
        return h + QStringLiteral("</section>\n");
    }

    QString details() const
    {
        QString h = heading(m_sections, "details");
        if (m_c.findings.isEmpty())
            return h + QStringLiteral("<p class=\"none\">%1</p>\n").arg(esc(tr("No findings to detail.")));
        h += QStringLiteral("<p class=\"muted sans small\">%1</p>\n")
                 .arg(esc(tr("Grouped by clause type: what the type means and which regulations it "
                             "touches, then each finding with its original wording beside the "
                             "plain-language reading. Highlighted words are what the flag matched.")));
        for (const Group &g : m_groups)
            h += group(g);
        return h;
    }

    QString changes() const
    {
        QString h = heading(m_sections, "changes");
        QString since = m_c.changesSince.isEmpty()
                            ? tr("Basis: %1.").arg(m_c.changesSinceReason)
                            : tr("Changes first captured since %1 (%2).").arg(timeUtc(m_c.changesSince), m_c.changesSinceReason);
        h += QStringLiteral("<p class=\"muted sans\">%1</p>\n").arg(esc(since));
        if (m_c.changes.isEmpty())
            return h + QStringLiteral("<p class=\"none\">%1</p>\n")
                           .arg(esc(tr("No document in scope changed in this period.")));
        for (const MemoChange &ch : m_c.changes) {
            h += QStringLiteral("<div class=\"change\"><h3>%1 %2</h3>\n")
                     .arg(esc(tr("%1 — %2: version %3 → %4").arg(ch.platform, ch.documentTitle, QString::number(ch.fromVersion), QString::number(ch.toVersion))),
                          ch.silent ? QStringLiteral("<span class=\"tag\">%1</span>").arg(esc(tr("silent change"))) : QString());
            h += QStringLiteral("<p class=\"meta muted\">%1</p>\n")
                     .arg(esc(tr("First captured %1 → %2 · %3 · summary from %4")
                                  .arg(timeUtc(ch.fromDate), timeUtc(ch.toDate), ch.documentRecordId, ch.source)));
            h += QStringLiteral("<p>%1</p>\n").arg(esc(ch.summary));
            if (!ch.points.isEmpty()) {
                h += QStringLiteral("<ul>");
                for (const QString &p : ch.points)
                    h += QStringLiteral("<li>%1</li>").arg(esc(p));
                h += QStringLiteral("</ul>\n");
            }
            if (!ch.flagsTouched.isEmpty())
                h += QStringLiteral("<p class=\"sans muted\">%1</p>\n")
                         .arg(esc(tr("Flagged clauses touched: %1").arg(ch.flagsTouched.join(QStringLiteral(", ")))));
            h += QStringLiteral("</div>\n");
        }
        return h;
    }

    QString benchmark() const
    {
        QString h = heading(m_sections, "benchmark");
        if (m_c.benchmark.isEmpty())
            return h + QStringLiteral("<p class=\"none\">%1</p>\n")
                           .arg(esc(tr("No clause types are in scope, so there is nothing to compare.")));
        h += QStringLiteral("<p>%1</p>\n")
                 .arg(esc(tr("How every platform in the archive handles each clause type in scope, from "
                             "the current flags of their latest versions; the platforms this memo is "
                             "about are marked ▶. “Not flagged” means no flag of that type, not that "
                             "the platform's terms are silent on the matter.")));
        // Types in first-seen order; platforms sorted.
        QStringList types, platforms;
        QHash<QString, const MemoBenchmarkEntry *> cell; // type + '\n' + platform
        QSet<QString> inScope;
        for (const MemoBenchmarkEntry &b : m_c.benchmark) {
            if (!types.contains(b.typeName))
                types << b.typeName;
            if (!platforms.contains(b.platform))
                platforms << b.platform;
            if (b.inScope)
                inScope.insert(b.platform);
            cell.insert(b.typeName + QLatin1Char('\n') + b.platform, &b);
        }
        platforms.sort(Qt::CaseInsensitive);
        return h + (platforms.size() <= kMatrixPlatforms ? benchmarkMatrix(types, platforms, cell, inScope)
                                                         : benchmarkLists(types, platforms, cell, inScope));
    }

    // Clause types × platforms, one badge per cell: for a handful of platforms.
    QString benchmarkMatrix(const QStringList &types, const QStringList &platforms,
                            const QHash<QString, const MemoBenchmarkEntry *> &cell,
                            const QSet<QString> &inScope) const
    {
        QString h = QStringLiteral("<table class=\"grid matrix\"><thead><tr><th class=\"type\">%1</th>")
                        .arg(esc(tr("Clause type")));
        for (const QString &p : platforms)
            h += QStringLiteral("<th%1>%2%3</th>")
                     .arg(inScope.contains(p) ? QStringLiteral(" class=\"inscope\"") : QString(),
                          inScope.contains(p) ? QStringLiteral("▶ ") : QString(), esc(p));
        h += QStringLiteral("<th class=\"count\">%1</th></tr></thead><tbody>\n").arg(esc(tr("Flagged")));
        for (const QString &type : types) {
            int flagged = 0;
            QString row;
            for (const QString &p : platforms) {
                const MemoBenchmarkEntry *b = cell.value(type + QLatin1Char('\n') + p);
                QString content = QStringLiteral("<span class=\"muted\">—</span>");
                if (b && b->severity) {
                    ++flagged;
                    content = MemoHtml::severityBadge(b->severity) +
                              QStringLiteral("<br><span class=\"status\">%1</span><br><span class=\"muted\">%2</span>")
                                  .arg(esc(b->status == ReviewStatus::Confirmed ? tr("confirmed") : tr("unreviewed")),
                                       esc(b->recordId));
                }
                row += QStringLiteral("<td%1>%2</td>")
                           .arg(inScope.contains(p) ? QStringLiteral(" class=\"inscope\"") : QString(), content);
            }
            h += QStringLiteral("<tr><td class=\"type\"><b>%1</b></td>%2<td class=\"count\">%3</td></tr>\n")
                     .arg(esc(type), row, esc(tr("%1 of %2").arg(QString::number(flagged), QString::number(platforms.size()))));
        }
        return h + QStringLiteral("</tbody></table>\n");
    }

    // Per clause type: the flagged platforms, then the others on one line.
    QString benchmarkLists(const QStringList &types, const QStringList &platforms,
                           const QHash<QString, const MemoBenchmarkEntry *> &cell,
                           const QSet<QString> &inScope) const
    {
        QString h;
        for (const QString &type : types) {
            QStringList notFlagged;
            QString rows;
            for (const QString &p : platforms) {
                const MemoBenchmarkEntry *b = cell.value(type + QLatin1Char('\n') + p);
                if (!b || !b->severity) {
                    notFlagged << p;
                    continue;
                }
                rows += QStringLiteral("<tr%1><td>%2%3</td><td>%4 %5</td><td>%6</td><td class=\"rec\">%7</td></tr>\n")
                            .arg(inScope.contains(p) ? QStringLiteral(" class=\"inscope\"") : QString(),
                                 inScope.contains(p) ? QStringLiteral("▶ ") : QString(), esc(p),
                                 MemoHtml::severityBadge(b->severity), MemoHtml::statusLabel(b->status, false),
                                 MemoHtml::shortened(b->summary, 160), esc(b->recordId));
            }
            h += QStringLiteral("<h3>%1 <span class=\"muted light\">%2</span></h3>\n")
                     .arg(esc(type), esc(tr("%1 of %2 platforms flagged")
                                            .arg(QString::number(platforms.size() - notFlagged.size()),
                                                 QString::number(platforms.size()))));
            if (!rows.isEmpty())
                h += QStringLiteral("<table class=\"grid\"><thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr></thead><tbody>\n%5</tbody></table>\n")
                         .arg(esc(tr("Platform")), esc(tr("Severity · status")), esc(tr("How it reads")),
                              esc(tr("Record")), rows);
            if (!notFlagged.isEmpty())
                h += QStringLiteral("<p class=\"sans muted small\">%1</p>\n")
                         .arg(esc(tr("Not flagged: %1").arg(notFlagged.join(QStringLiteral(", ")))));
        }
        return h;
    }

    QString recommendations() const
    {
        QString h = heading(m_sections, "recommendations");
        h += QStringLiteral("<ol class=\"recs\">");
        for (const QString &r : m_c.recommendations)
            h += QStringLiteral("<li>%1</li>").arg(esc(r));
        return h + QStringLiteral("</ol>\n");
    }

    QString fingerprintBlock() const
    {
        QString h = QStringLiteral("<div class=\"fingerprint\"><h4>%1</h4><p class=\"hash\">%2</p>")
                        .arg(esc(tr("Memo fingerprint (SHA-256)")), esc(m_info.fingerprint));
        h += QStringLiteral("<p class=\"sans\" style=\"font-size:8pt\">%1</p>")
                 .arg(esc(m_info.signerKeyId.isEmpty()
                              ? tr("Not signed. The PDF carries a seal over its own bytes; with the "
                                   "archive at hand, verify-memo also checks the file byte for byte.")
                              : tr("Signed with the analyst's Ed25519 key %1. The signature covers this "
                                   "fingerprint and every byte of the PDF.")
                                    .arg(m_info.signerKeyId)));
        h += QStringLiteral("<p class=\"sans\" style=\"font-size:8pt\">%1 <code>%2</code></p></div>\n")
                 .arg(esc(tr("To verify this memo:")),
                      esc(QStringLiteral("clausewatch --archive %1 verify-memo <file.pdf>")
                              .arg(m_c.archiveName.isEmpty() ? QStringLiteral("<archive>") : m_c.archiveName)));
        return h;
    }

    QString method() const
    {
        QString h = heading(m_sections, "method");
        h += QStringLiteral("<ul class=\"limits\">");
        for (const QString &l : m_c.limitations)
            h += QStringLiteral("<li>%1</li>").arg(esc(l));
        h += QStringLiteral("</ul>\n");
        if (!m_o.evidenceAppendix)
            h += fingerprintBlock();
        return h;
    }

    QString evidence() const
    {
        QString h = QStringLiteral("<section class=\"appendix\">") + heading(m_sections, "evidence");
        h += QStringLiteral("<h3>%1</h3>\n").arg(esc(tr("A.1 Cited captures")));
        if (m_c.evidence.isEmpty())
            h += QStringLiteral("<p class=\"none\">%1</p>\n").arg(esc(tr("No captures are cited.")));
        int n = 0;
        for (const MemoEvidence &e : m_c.evidence) {
            h += QStringLiteral("<div class=\"evidence\"><div class=\"head\"><span class=\"eid\">E%1</span>%2</div><table>")
                     .arg(++n)
                     .arg(esc(tr("%1 — %2, version %3 (%4), snapshot %5")
                                  .arg(e.platform, e.documentTitle, QString::number(e.versionNumber),
                                       e.documentRecordId, QString::number(e.snapshotId))));
            auto row = [&h](const QString &label, const QString &html) {
                h += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(esc(label), html);
            };
            row(tr("Captured"), esc(timeUtc(e.capturedAt) + QStringLiteral(" · ") + originLabel(e.origin)));
            row(tr("Source URL"), e.sourceUrl.isEmpty() ? QStringLiteral("<span class=\"muted\">—</span>")
                                                        : QStringLiteral("<span class=\"mono\">%1</span>").arg(esc(e.sourceUrl)));
            row(tr("Wayback URL"), e.waybackUrl.isEmpty() ? QStringLiteral("<span class=\"muted\">—</span>")
                                                          : QStringLiteral("<span class=\"mono\">%1</span>").arg(esc(e.waybackUrl)));
            row(tr("SHA-256 (bytes)"), QStringLiteral("<span class=\"hash\">%1</span>").arg(esc(e.rawSha256)));
            row(tr("SHA-256 (text)"), e.textSha256.isEmpty() ? QStringLiteral("<span class=\"muted\">—</span>")
                                                             : QStringLiteral("<span class=\"hash\">%1</span>").arg(esc(e.textSha256)));
            row(tr("Last verified"), esc(timeUtc(e.lastVerified)));
            h += QStringLiteral("</table></div>\n");
        }
        h += QStringLiteral("<h3>%1</h3>\n").arg(esc(tr("A.2 How to cite")));
        if (m_c.findings.isEmpty())
            h += QStringLiteral("<p class=\"none\">%1</p>\n").arg(esc(tr("No findings to cite.")));
        else {
            h += QStringLiteral("<ol class=\"citations\">");
            for (const MemoFinding &f : m_c.findings)
                h += QStringLiteral("<li><span class=\"rec\">%1</span>%2</li>").arg(esc(f.recordId), esc(f.citation));
            h += QStringLiteral("</ol>\n");
        }
        h += QStringLiteral("<h3>%1</h3>\n").arg(esc(tr("A.3 Integrity of this memo")));
        h += fingerprintBlock();
        return h + QStringLiteral("</section>\n");
    }

    QString groupAnchor(const Group &g) const
    {
        return MemoHtml::anchor(QStringLiteral("t-"), g.first->typeKey);
    }

    const MemoContent &m_c;
    const MemoBuildInfo &m_info;
    const MemoOptions &m_o;
    QList<Section> m_sections;
    QList<Group> m_groups;
    QHash<QString, QString> m_findingNumber;
};

QString readResource(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// {{name}} → values[name], in one pass, so substituted text is never expanded again.
QString fill(const QString &tpl, const QHash<QString, QString> &values)
{
    QString out;
    out.reserve(tpl.size() + values.value(QStringLiteral("body")).size() + 16384);
    qsizetype pos = 0;
    while (true) {
        const qsizetype open = tpl.indexOf(QLatin1String("{{"), pos);
        if (open < 0)
            break;
        const qsizetype close = tpl.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0)
            break;
        out += QStringView(tpl).mid(pos, open - pos);
        out += values.value(tpl.mid(open + 2, close - open - 2).trimmed());
        pos = close + 2;
    }
    out += QStringView(tpl).mid(pos);
    return out;
}

} // namespace

QStringList MemoBuilder::sectionHeadings(const MemoContent &content)
{
    QStringList out;
    for (const Section &s : sections(content))
        out << s.title;
    return out;
}

bool MemoBuilder::wantsContents(const MemoContent &c)
{
    return c.findings.size() >= 5 || c.documents.size() >= 4 || c.changes.size() >= 4;
}

Result<QString> MemoBuilder::build(const MemoContent &content, const MemoBuildInfo &info)
{
    const QString tpl = readResource(QStringLiteral(":/memo/memo.html"));
    const QString css = readResource(QStringLiteral(":/memo/memo.css"));
    if (tpl.isEmpty() || css.isEmpty())
        return makeError(tr("building the memo"), tr("the memo template is missing from this build"));
    const QHash<QString, QString> values{
        {QStringLiteral("lang"), MemoHtml::escape(info.language)},
        {QStringLiteral("title"), MemoHtml::escape(content.title)},
        {QStringLiteral("paper"), paperSizeKey(content.spec.paper)},
        {QStringLiteral("style"), css},
        {QStringLiteral("body"), Writer(content, info).body()},
    };
    return fill(tpl, values);
}

} // namespace cw
