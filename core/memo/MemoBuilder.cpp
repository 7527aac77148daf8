#include "memo/MemoBuilder.h"

#include "memo/MemoHtml.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QMap>

namespace cw {

namespace {

QString tr(const char *s, int n = -1)
{
    return QCoreApplication::translate("cw::MemoBuilder", s, nullptr, n);
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
public:
    Writer(const MemoContent &c, const MemoBuildInfo &info)
        : m_c(c), m_info(info), m_o(c.spec.options), m_sections(sections(c))
    {
        for (int i = 0; i < m_c.findings.size(); ++i)
            m_findingNumber.insert(m_c.findings[i].recordId,
                                   QStringLiteral("%1.%2").arg(sectionNumber(m_sections, "details")).arg(i + 1));
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
                for (const MemoFinding &f : m_c.findings)
                    h += QStringLiteral("<a class=\"sub\" href=\"#toc-%1\"><span class=\"t\">%2 %3 — %4</span>"
                                        "<span class=\"leader\"></span></a>\n")
                             .arg(findingAnchor(f), m_findingNumber.value(f.recordId), esc(f.typeName),
                                  esc(f.platform));
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
        h += QStringLiteral("<p>%1</p>\n").arg(esc(m_c.scopeDescription));
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
                key << QStringLiteral("<li>%1 <b>%2</b> — %3 (%4, <a href=\"#%5\">%6</a>). %7</li>")
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
            h += QStringLiteral("<tr><td>%1</td><td>%2<br><span class=\"muted\">%3 · %4</span></td>"
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
            r << QStringLiteral("%1 <span class=\"juris\">%2</span>").arg(esc(g.shortName), esc(g.jurisdiction));
        return r.isEmpty() ? QStringLiteral("<span class=\"muted\">—</span>") : r.join(QStringLiteral("<br>"));
    }

    QString findingsTable() const
    {
        QString h = heading(m_sections, "findings");
        if (m_c.findings.isEmpty())
            return h + QStringLiteral("<p class=\"none\">%1</p>\n")
                           .arg(esc(tr("No flagged clauses are in scope.")));
        h += QStringLiteral("<table class=\"grid findings\"><thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr></thead><tbody>\n")
                 .arg(esc(tr("Finding")), esc(tr("Severity · status")), esc(tr("Quote")),
                      esc(tr("Plain-language summary")), esc(tr("Consumer impact")),
                      esc(m_o.regulations ? tr("Regulations") : QString()));
        for (const MemoFinding &f : m_c.findings)
            h += QStringLiteral("<tr><td><a href=\"#%1\"><b>%2 %3</b></a><br>%4<br><span class=\"muted\">%5 · %6</span></td>"
                                "<td>%7<br>%8</td><td class=\"q\">“%9”</td><td>%10</td><td>%11</td><td>%12</td></tr>\n")
                     .arg(findingAnchor(f), m_findingNumber.value(f.recordId), esc(f.typeName),
                          esc(f.platform + QStringLiteral(" — ") + f.documentTitle), esc(f.recordId),
                          esc(tr("v%1").arg(f.versionNumber)),
                          MemoHtml::severityBadge(f.severity), MemoHtml::statusLabel(f.status, f.changedSinceReview),
                          MemoHtml::excerpt(f.quote, f.evidence, 240),
                          MemoHtml::shortened(f.plainSummary, 260), MemoHtml::shortened(f.consumerImpact, 200),
                          m_o.regulations ? regulationsShort(f) : QString());
        return h + QStringLiteral("</tbody></table>\n");
    }

    QString finding(const MemoFinding &f) const
    {
        QString h = QStringLiteral("<section class=\"finding\" id=\"%1\"><a id=\"toc-%1\"></a>\n").arg(findingAnchor(f));
        h += QStringLiteral("<h3><span class=\"num\">%1</span>%2 %3</h3>\n")
                 .arg(m_findingNumber.value(f.recordId), esc(f.typeName), MemoHtml::severityBadge(f.severity));
        QStringList meta;
        meta << esc(f.platform) << esc(tr("%1, version %2 (%3)").arg(f.documentTitle, QString::number(f.versionNumber), f.documentRecordId));
        if (!findingLocation(f).isEmpty())
            meta << esc(findingLocation(f));
        meta << esc(tr("Record %1").arg(f.recordId)) << MemoHtml::statusLabel(f.status, f.changedSinceReview);
        if (f.analystFlag)
            meta << esc(tr("flagged by an analyst"));
        h += QStringLiteral("<p class=\"meta\">%1</p>\n").arg(meta.join(QStringLiteral(" · ")));

        const bool orig = m_o.includeOriginals, plain = m_o.plainLanguage;
        if (orig || plain) {
            h += QStringLiteral("<div class=\"pair%1\">").arg(orig && plain ? QString() : QStringLiteral(" single"));
            if (orig)
                h += QStringLiteral("<div><h4>%1</h4><div class=\"original\">%2</div></div>")
                         .arg(esc(tr("Original language")), MemoHtml::highlighted(f.quote, f.evidence));
            if (plain)
                h += QStringLiteral("<div><h4>%1</h4><div class=\"reading\">%2</div></div>")
                         .arg(esc(tr("Plain-language reading")),
                              f.plainSummary.isEmpty() ? QStringLiteral("<span class=\"none\">%1</span>").arg(esc(tr("No reading recorded.")))
                                                       : esc(f.plainSummary));
            h += QStringLiteral("</div>\n");
        }
        if (orig && !f.previousQuote.isEmpty())
            h += QStringLiteral("<h4>%1</h4><div class=\"original previous\">%2</div>\n")
                     .arg(esc(tr("Wording in the earlier version")), esc(f.previousQuote));

        h += QStringLiteral("<table class=\"kv\">");
        auto row = [&h](const QString &label, const QString &html) {
            h += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(esc(label), html);
        };
        if (!f.whyItMatters.isEmpty())
            row(tr("Why it matters"), esc(f.whyItMatters));
        if (!f.consumerImpact.isEmpty())
            row(tr("Consumer impact"), esc(f.consumerImpact));
        if (m_o.regulations) {
            QStringList regs;
            for (const MemoRegulation &g : f.regulations)
                regs << QStringLiteral("<li><span class=\"regkey\">%1</span> — %2 <span class=\"juris\">%3</span>%4</li>")
                            .arg(esc(g.shortName), esc(g.name), esc(g.jurisdiction),
                                 g.citation.isEmpty() ? QString() : QStringLiteral(" <span class=\"muted\">%1</span>").arg(esc(g.citation)));
            row(tr("Regulations"), regs.isEmpty() ? QStringLiteral("<span class=\"muted\">%1</span>").arg(esc(tr("None recorded for this clause type.")))
                                                  : QStringLiteral("<ul>%1</ul>").arg(regs.join(QString())));
        }
        if (!f.notes.isEmpty())
            row(tr("Analyst notes"), esc(f.notes));
        if (const MemoEvidence *e = m_c.evidenceFor(f.snapshotId))
            row(tr("Evidence"), esc(tr("Captured %1, %2; SHA-256 %3…")
                                        .arg(timeUtc(e->capturedAt), originLabel(e->origin), e->rawSha256.left(16))));
        h += QStringLiteral("</table>\n");
        h += QStringLiteral("<div class=\"cite\"><b>%1</b>%2</div>\n").arg(esc(tr("How to cite")), esc(f.citation));
        return h + QStringLiteral("</section>\n");
    }

    QString details() const
    {
        QString h = heading(m_sections, "details");
        if (m_c.findings.isEmpty())
            return h + QStringLiteral("<p class=\"none\">%1</p>\n").arg(esc(tr("No findings to detail.")));
        for (const MemoFinding &f : m_c.findings)
            h += finding(f);
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
                             "the current flags of their latest versions. Rows in bold are in this "
                             "memo's scope. “Not flagged” means no flag of that type, not that the "
                             "platform's terms are silent on the matter.")));
        QMap<QString, QList<const MemoBenchmarkEntry *>> byType; // keeps types in first-seen order below
        QStringList order;
        for (const MemoBenchmarkEntry &b : m_c.benchmark) {
            if (!byType.contains(b.typeName))
                order << b.typeName;
            byType[b.typeName].append(&b);
        }
        for (const QString &type : order) {
            const auto &rows = byType[type];
            int flagged = 0;
            for (const MemoBenchmarkEntry *b : rows)
                flagged += b->severity ? 1 : 0;
            h += QStringLiteral("<h3>%1 <span class=\"muted\" style=\"font-weight:normal;font-size:8.5pt\">%2</span></h3>\n")
                     .arg(esc(type), esc(tr("%1 of %n platform(s) flagged", int(rows.size())).arg(flagged)));
            h += QStringLiteral("<table class=\"grid\"><thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr></thead><tbody>\n")
                     .arg(esc(tr("Platform")), esc(tr("Severity · status")), esc(tr("How it reads")), esc(tr("Record")));
            for (const MemoBenchmarkEntry *b : rows)
                h += QStringLiteral("<tr%1><td>%2%3</td><td>%4%5</td><td>%6</td><td class=\"rec\">%7</td></tr>\n")
                         .arg(b->inScope ? QStringLiteral(" class=\"inscope\"") : QString(),
                              b->inScope ? QStringLiteral("▶ ") : QString(), esc(b->platform),
                              MemoHtml::severityBadge(b->severity),
                              b->severity ? QStringLiteral("<br>") + MemoHtml::statusLabel(b->status, false) : QString(),
                              MemoHtml::shortened(b->summary, 200), esc(b->recordId));
            h += QStringLiteral("</tbody></table>\n");
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

    const MemoContent &m_c;
    const MemoBuildInfo &m_info;
    const MemoOptions &m_o;
    QList<Section> m_sections;
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
