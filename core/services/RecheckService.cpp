#include "services/RecheckService.h"

#include "archive/Database.h"
#include "archive/Rows.h"
#include "archive/WatchlistRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QProcess>
#include <QUrl>

namespace cw {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("cw::RecheckService", s);
}

struct DocumentSource
{
    qint64 documentId = 0;
    QString platform;
    QString termsType;
    QString title;
    QString sourceUrl;
    QString selectCss;
    QString removeCss;
    QString originKind; ///< of the newest capture
    QString origin;
    bool renderJs = false; ///< captured by rendering the page (import --render)
};

// What the archive held for a document before the check.
struct Before
{
    qint64 snapshot = 0;
    qint64 alert = 0;
};

Result<DocumentSource> loadSource(const Database &db, qint64 documentId)
{
    auto st = db.prepare(
        "SELECT d.id, p.name, d.terms_type, d.title, d.source_url, d.select_css, d.remove_css,"
        " s.origin_kind, s.origin, d.render_js FROM documents d"
        " JOIN platforms p ON p.id = d.platform_id"
        " LEFT JOIN snapshots s ON s.id = (SELECT id FROM snapshots WHERE document_id = d.id"
        "  ORDER BY captured_at DESC, id DESC LIMIT 1)"
        " WHERE d.id = ?");
    if (!st)
        return st.error();
    st->bind(1, documentId);
    auto row = firstRow<DocumentSource>(*st, [](const Statement &s) {
        return DocumentSource{s.int64(0), s.text(1), s.text(2), s.text(3), s.text(4),
                              s.text(5),  s.text(6), s.text(7), s.text(8), s.int64(9) != 0};
    });
    if (!row)
        return row.error();
    if (!row->has_value())
        return makeError(tr("re-checking document %1").arg(documentId), tr("no such document"));
    return **row;
}

Result<Before> stateOf(const Database &db, qint64 documentId)
{
    auto st =
        db.prepare("SELECT (SELECT coalesce(max(id), 0) FROM snapshots WHERE document_id = ?1),"
                   " (SELECT coalesce(max(id), 0) FROM alerts WHERE document_id = ?1)");
    if (!st)
        return st.error();
    st->bind(1, documentId);
    auto row = st->step();
    if (!row)
        return row.error();
    return Before{st->int64(0), st->int64(1)};
}

// Reads what the check stored for the document since `before`.
Status judge(const Database &db, RecheckItem &item, const Before &before)
{
    auto alerts = db.prepare("SELECT id FROM alerts WHERE document_id = ? AND id > ? ORDER BY id");
    if (!alerts)
        return alerts.error();
    alerts->bind(1, item.documentId).bind(2, before.alert);
    CW_TRY(forEachRow(*alerts, [&](const Statement &s) { item.alerts << s.int64(0); }));
    auto snaps = db.prepare("SELECT outcome, quality_reason FROM snapshots"
                            " WHERE document_id = ? AND id > ? ORDER BY id");
    if (!snaps)
        return snaps.error();
    snaps->bind(1, item.documentId).bind(2, before.snapshot);
    int versions = 0, suspect = 0, total = 0;
    QString reason;
    CW_TRY(forEachRow(*snaps, [&](const Statement &s) {
        ++total;
        const QString outcome = s.text(0);
        if (outcome == QLatin1String("version") || outcome == QLatin1String("technical"))
            ++versions;
        if (outcome == QLatin1String("suspect")) {
            ++suspect;
            reason = s.text(1);
        }
    }));
    if (!item.alerts.isEmpty())
        item.outcome = RecheckOutcome::Changed;
    else if (versions > 0)
        item.outcome = RecheckOutcome::Technical;
    else if (total > 0 && suspect == total) {
        item.outcome = RecheckOutcome::Suspect;
        item.message = reason;
    } else
        item.outcome = RecheckOutcome::Unchanged;
    return {};
}

bool isHttp(const QString &url)
{
    const QString scheme = QUrl(url).scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

// "/repo/path:Service/Terms of Service.md" → "/repo/path".
QString repositoryOf(const QString &origin)
{
    const qsizetype colon = origin.lastIndexOf(QLatin1Char(':'));
    return colon > 0 ? origin.left(colon) : origin;
}

QString gitPull(const QString &repository)
{
    QProcess git;
    git.start(QStringLiteral("git"), {QStringLiteral("-C"), repository, QStringLiteral("pull"),
                                      QStringLiteral("--ff-only"), QStringLiteral("--quiet")});
    if (!git.waitForFinished(120000) || git.exitStatus() != QProcess::NormalExit ||
        git.exitCode() != 0) {
        const QString err = QString::fromLocal8Bit(git.readAllStandardError()).simplified();
        return err.isEmpty() ? git.errorString() : err;
    }
    return {};
}

} // namespace

QString recheckOutcomeKey(RecheckOutcome o)
{
    switch (o) {
    case RecheckOutcome::Changed:
        return QStringLiteral("changed");
    case RecheckOutcome::Technical:
        return QStringLiteral("technical");
    case RecheckOutcome::Suspect:
        return QStringLiteral("suspect");
    case RecheckOutcome::Failed:
        return QStringLiteral("failed");
    case RecheckOutcome::Skipped:
        return QStringLiteral("skipped");
    case RecheckOutcome::Unchanged:
        break;
    }
    return QStringLiteral("unchanged");
}

int RecheckSummary::count(RecheckOutcome o) const
{
    int n = 0;
    for (const RecheckItem &i : items)
        n += i.outcome == o ? 1 : 0;
    return n;
}

QList<qint64> RecheckSummary::alerts() const
{
    QList<qint64> out;
    for (const RecheckItem &i : items)
        out += i.alerts;
    return out;
}

QJsonObject RecheckSummary::toJson() const
{
    QJsonArray list;
    for (const RecheckItem &i : items) {
        QJsonArray alerts;
        for (qint64 a : i.alerts)
            alerts.append(a);
        list.append(QJsonObject{{QStringLiteral("document_id"), i.documentId},
                                {QStringLiteral("platform"), i.platform},
                                {QStringLiteral("document"), i.termsType},
                                {QStringLiteral("source"), i.source},
                                {QStringLiteral("outcome"), recheckOutcomeKey(i.outcome)},
                                {QStringLiteral("message"), i.message},
                                {QStringLiteral("alerts"), alerts}});
    }
    return QJsonObject{{QStringLiteral("documents"), list},
                       {QStringLiteral("changed"), count(RecheckOutcome::Changed)},
                       {QStringLiteral("unchanged"), count(RecheckOutcome::Unchanged)},
                       {QStringLiteral("failed"), count(RecheckOutcome::Failed)},
                       {QStringLiteral("cancelled"), cancelled}};
}

QString RecheckSummary::toText() const
{
    // Only the outcomes that occurred: "3 documents checked: 1 changed, 2 unchanged."
    QStringList parts;
    const std::pair<RecheckOutcome, const char *> outcomes[] = {
        {RecheckOutcome::Changed, QT_TRANSLATE_NOOP("cw::RecheckService", "%1 changed")},
        {RecheckOutcome::Unchanged, QT_TRANSLATE_NOOP("cw::RecheckService", "%1 unchanged")},
        {RecheckOutcome::Technical, QT_TRANSLATE_NOOP("cw::RecheckService", "%1 technical only")},
        {RecheckOutcome::Suspect, QT_TRANSLATE_NOOP("cw::RecheckService", "%1 suspect")},
        {RecheckOutcome::Failed, QT_TRANSLATE_NOOP("cw::RecheckService", "%1 failed")},
        {RecheckOutcome::Skipped, QT_TRANSLATE_NOOP("cw::RecheckService", "%1 skipped")},
    };
    for (const auto &[outcome, text] : outcomes)
        if (const int n = count(outcome))
            parts << tr(text).arg(n);
    const QString head =
        items.size() == 1 ? tr("1 document checked") : tr("%1 documents checked").arg(items.size());
    if (parts.isEmpty())
        return head + QLatin1Char('.');
    return head + QStringLiteral(": ") + parts.join(QStringLiteral(", ")) + QLatin1Char('.');
}

Result<RecheckSummary> RecheckService::check(const QList<qint64> &documentIds,
                                             const RecheckOptions &options,
                                             const ImportProgress &progress,
                                             const std::atomic_bool *cancel)
{
    RecheckSummary summary;
    QList<DocumentSource> sources;
    for (qint64 id : documentIds) {
        auto s = loadSource(m_db, id);
        if (!s)
            return s.error();
        sources.append(*s);
    }
    const int total = int(sources.size());
    int done = 0;
    ImportService importer(m_db, m_summarizer);
    auto report = [&](const RecheckItem &item) {
        summary.items.append(item);
        if (progress)
            progress(++done, total, QStringLiteral("%1 — %2").arg(item.platform, item.termsType));
    };
    auto itemOf = [](const DocumentSource &s, const QString &source) {
        RecheckItem item;
        item.documentId = s.documentId;
        item.platform = s.platform;
        item.termsType = s.termsType;
        item.source = source;
        return item;
    };

    // Open Terms Archive repositories: one walk per repository for all its documents.
    QHash<QString, QList<DocumentSource>> byRepository;
    QStringList repositories;
    QList<DocumentSource> single;
    for (const DocumentSource &s : sources) {
        if (s.originKind == QLatin1String("git")) {
            const QString repo = repositoryOf(s.origin);
            if (!byRepository.contains(repo))
                repositories << repo;
            byRepository[repo].append(s);
        } else {
            single.append(s);
        }
    }
    for (const QString &repo : repositories) {
        if (cancel && cancel->load()) {
            summary.cancelled = true;
            return summary;
        }
        const QList<DocumentSource> &docs = byRepository.value(repo);
        QHash<qint64, Before> before;
        OtaImportOptions ota;
        for (const DocumentSource &s : docs) {
            auto b = stateOf(m_db, s.documentId);
            if (!b)
                return b.error();
            before.insert(s.documentId, *b);
            if (!ota.services.contains(s.platform))
                ota.services << s.platform;
        }
        QString failure;
        if (!QFileInfo(repo).isDir())
            failure = tr("the repository %1 is gone").arg(QDir::toNativeSeparators(repo));
        QString pullNote;
        if (failure.isEmpty() && options.pullGitRepositories)
            if (const QString err = gitPull(repo); !err.isEmpty())
                pullNote = tr("git pull failed (%1); read what the repository holds").arg(err);
        if (failure.isEmpty()) {
            auto r = importer.importOta(repo, ota, {}, cancel);
            if (!r)
                failure = r.error().toString();
        }
        for (const DocumentSource &s : docs) {
            RecheckItem item = itemOf(s, repo);
            if (!failure.isEmpty()) {
                item.outcome = RecheckOutcome::Failed;
                item.message = failure;
            } else {
                CW_TRY(judge(m_db, item, before.value(s.documentId)));
                if (!pullNote.isEmpty() && item.message.isEmpty())
                    item.message = pullNote;
            }
            report(item);
        }
    }

    for (const DocumentSource &s : single) {
        if (cancel && cancel->load()) {
            summary.cancelled = true;
            return summary;
        }
        ImportTarget target;
        target.platform = s.platform;
        target.termsType = s.termsType;
        target.title = s.title;
        target.selectCss = s.selectCss;
        target.removeCss = s.removeCss;
        auto before = stateOf(m_db, s.documentId);
        if (!before)
            return before.error();

        Result<ImportSummary> r = makeError(QString(), QString());
        RecheckItem item;
        if (s.originKind == QLatin1String("file") && QFileInfo(s.origin).isFile()) {
            item = itemOf(s, s.origin);
            r = importer.importPath(s.origin, target, {}, cancel);
        } else {
            const QString url = isHttp(s.sourceUrl) ? s.sourceUrl
                                : s.originKind == QLatin1String("url") && isHttp(s.origin)
                                    ? s.origin
                                    : QString();
            item = itemOf(s, url);
            if (url.isEmpty()) {
                item.outcome = RecheckOutcome::Skipped;
                item.message = tr("no source to capture again from (no URL, and the file %1 is "
                                  "not there)")
                                   .arg(s.origin);
                report(item);
                continue;
            }
            if (s.renderJs) {
                if (!options.renderer) {
                    item.outcome = RecheckOutcome::Skipped;
                    item.message = tr("captured by rendering the page with JavaScript; check it "
                                      "with clausewatch check --render");
                    report(item);
                    continue;
                }
                target.renderer = options.renderer;
            }
            r = importer.importUrl(QUrl(url), target, cancel);
        }
        if (!r) {
            item.outcome = RecheckOutcome::Failed;
            item.message = r.error().toString();
        } else {
            CW_TRY(judge(m_db, item, *before));
        }
        report(item);
    }
    return summary;
}

Result<RecheckSummary> RecheckService::checkWatched(const RecheckOptions &options,
                                                    const ImportProgress &progress,
                                                    const std::atomic_bool *cancel)
{
    auto ids = WatchlistRepository(m_db).watchedDocuments();
    if (!ids)
        return ids.error();
    return check(*ids, options, progress, cancel);
}

Result<RecheckSummary> RecheckService::checkAll(const RecheckOptions &options,
                                                const ImportProgress &progress,
                                                const std::atomic_bool *cancel)
{
    auto st = m_db.prepare("SELECT id FROM documents ORDER BY id");
    if (!st)
        return st.error();
    auto ids = collectRows<qint64>(*st, [](const Statement &s) { return s.int64(0); });
    if (!ids)
        return ids.error();
    return check(*ids, options, progress, cancel);
}

} // namespace cw
