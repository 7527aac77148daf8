#include "services/DemoArchive.h"

#include "archive/Database.h"
#include "archive/FtsIndex.h"
#include "archive/Transaction.h"
#include "services/CaptureImporter.h"
#include "services/PreparedCapture.h"
#include "util/Time.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace cw {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("cw::DemoArchive", s);
}

struct DemoCapture
{
    CaptureRequest request;
    QString file;
};

Result<QList<DemoCapture>> loadManifests()
{
    const QString op = tr("reading the demo sources");
    QList<DemoCapture> captures;
    const QDir root(QStringLiteral(":/demo"));
    const QStringList slugs = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &slug : slugs) {
        QFile manifest(root.filePath(slug + QStringLiteral("/platform.json")));
        if (!manifest.open(QIODevice::ReadOnly))
            continue;
        QJsonParseError perr;
        const QJsonObject p = QJsonDocument::fromJson(manifest.readAll(), &perr).object();
        if (perr.error != QJsonParseError::NoError)
            return makeError(op, tr("%1: %2").arg(manifest.fileName(), perr.errorString()));
        for (const auto &dv : p.value(QLatin1String("documents")).toArray()) {
            const QJsonObject d = dv.toObject();
            for (const auto &vv : d.value(QLatin1String("versions")).toArray()) {
                const QJsonObject v = vv.toObject();
                DemoCapture c;
                c.file = slug + QLatin1Char('/') + v.value(QLatin1String("file")).toString();
                QFile f(root.filePath(c.file));
                if (!f.open(QIODevice::ReadOnly))
                    return makeError(op, tr("missing demo file %1").arg(c.file));
                CaptureRequest &r = c.request;
                r.platform = p.value(QLatin1String("name")).toString();
                r.platformCategory = p.value(QLatin1String("category")).toString();
                r.platformWebsite = p.value(QLatin1String("website")).toString();
                r.termsType = d.value(QLatin1String("type")).toString();
                r.documentTitle = d.value(QLatin1String("title")).toString();
                r.sourceUrl = d.value(QLatin1String("url")).toString();
                r.raw = f.readAll();
                r.fileName = c.file;
                r.contentType = c.file.endsWith(QLatin1String(".html"))
                                    ? QStringLiteral("text/html; charset=utf-8")
                                    : QStringLiteral("text/markdown; charset=utf-8");
                r.capturedAt = v.value(QLatin1String("captured_at")).toString();
                r.originKind = OriginKind::File;
                r.origin = QStringLiteral("demo:") + c.file;
                captures.append(std::move(c));
            }
        }
    }
    if (captures.isEmpty())
        return makeError(op, tr("no demo sources are embedded in this build"));
    // Global time order, so ids and alerts come out as a real history would.
    std::stable_sort(captures.begin(), captures.end(), [](const auto &a, const auto &b) {
        return fromIso(a.request.capturedAt) < fromIso(b.request.capturedAt);
    });
    return captures;
}

} // namespace

Result<bool> DemoArchive::isPresent(const Database &db)
{
    auto st = db.prepare("SELECT EXISTS(SELECT 1 FROM archive_meta WHERE key = 'demo_built_at')");
    if (!st)
        return st.error();
    auto row = st->step();
    if (!row)
        return row.error();
    return *row && st->int64(0) != 0;
}

Result<QList<CaptureRequest>> DemoArchive::captures()
{
    auto captures = loadManifests();
    if (!captures)
        return captures.error();
    QList<CaptureRequest> out;
    out.reserve(captures->size());
    for (const DemoCapture &c : *captures)
        out.append(c.request);
    return out;
}

Result<DemoSummary> DemoArchive::build(const Database &db,
                                       const std::function<void(int, int)> &progress)
{
    const QString op = tr("building the demo archive");
    auto present = isPresent(db);
    if (!present)
        return present.error();
    if (*present)
        return makeError(op, tr("the archive already holds the demo"));
    auto captures = loadManifests();
    if (!captures)
        return captures.error();

    // All or nothing: a half-built demo would be worse than none.
    Transaction tx(db);
    CaptureImporter importer(db);
    CapturePreparer preparer;
    DemoSummary summary;
    QSet<qint64> platforms, documents;
    int done = 0;
    for (const DemoCapture &c : *captures) {
        auto r = importer.import(preparer.prepare(c.request));
        if (!r)
            return makeError(op, tr("%1: %2").arg(c.file, r.error().toString()));
        platforms.insert(r->platformId);
        documents.insert(r->documentId);
        ++summary.captures;
        if (r->outcome == CaptureOutcome::Verification)
            ++summary.verifications;
        else if (r->outcome != CaptureOutcome::Suspect)
            ++summary.versions;
        summary.clauses += r->clauses;
        summary.flags += r->flagsAdded;
        if (progress)
            progress(++done, int(captures->size()));
    }
    summary.platforms = int(platforms.size());
    summary.documents = int(documents.size());
    auto meta = db.prepare("INSERT INTO archive_meta(key, value) VALUES ('demo_built_at', ?)");
    if (!meta)
        return meta.error();
    meta->bind(1, nowIsoUtc());
    CW_TRY(meta->exec());
    CW_TRY(FtsIndex::catchUp(db));
    CW_TRY(tx.commit());
    return summary;
}

} // namespace cw
