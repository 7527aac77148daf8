#include "memo/MemoSpec.h"

#include "util/Time.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cw {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("cw::MemoSpec", s);
}

QJsonArray idsToJson(const QList<qint64> &ids)
{
    QJsonArray a;
    for (const qint64 id : ids)
        a.append(id);
    return a;
}

QList<qint64> idsFromJson(const QJsonValue &v)
{
    QList<qint64> out;
    for (const QJsonValue &x : v.toArray())
        out.append(x.toInteger());
    return out;
}

} // namespace

QString memoScopeKey(MemoScope s)
{
    switch (s) {
    case MemoScope::ClauseType: return QStringLiteral("type");
    case MemoScope::Diff: return QStringLiteral("diff");
    case MemoScope::Flags: return QStringLiteral("flags");
    case MemoScope::Platform: break;
    }
    return QStringLiteral("platform");
}

std::optional<MemoScope> memoScopeFromKey(const QString &key)
{
    for (MemoScope s : {MemoScope::Platform, MemoScope::ClauseType, MemoScope::Diff, MemoScope::Flags})
        if (memoScopeKey(s) == key)
            return s;
    return std::nullopt;
}

QString paperSizeKey(PaperSize p)
{
    return p == PaperSize::Letter ? QStringLiteral("letter") : QStringLiteral("a4");
}

std::optional<PaperSize> paperSizeFromKey(const QString &key)
{
    if (key.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0)
        return PaperSize::A4;
    if (key.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0)
        return PaperSize::Letter;
    return std::nullopt;
}

QJsonObject MemoSpec::scopeJson() const
{
    QJsonObject o{{QStringLiteral("scope"), memoScopeKey(scope)}};
    switch (scope) {
    case MemoScope::Platform:
        o.insert(QStringLiteral("platform"), platform);
        if (!documentIds.isEmpty())
            o.insert(QStringLiteral("documents"), idsToJson(documentIds));
        break;
    case MemoScope::ClauseType: o.insert(QStringLiteral("type"), typeKey); break;
    case MemoScope::Diff:
        o.insert(QStringLiteral("from_version"), fromVersionId);
        o.insert(QStringLiteral("to_version"), toVersionId);
        break;
    case MemoScope::Flags: o.insert(QStringLiteral("flags"), idsToJson(flagIds)); break;
    }
    return o;
}

QJsonObject MemoSpec::toJson() const
{
    QJsonObject o = scopeJson();
    o.insert(QStringLiteral("options"),
             QJsonObject{{QStringLiteral("originals"), options.includeOriginals},
                         {QStringLiteral("plain_language"), options.plainLanguage},
                         {QStringLiteral("regulations"), options.regulations},
                         {QStringLiteral("changes"), options.changes},
                         {QStringLiteral("changes_since"), options.changesSince},
                         {QStringLiteral("benchmark"), options.benchmark},
                         {QStringLiteral("evidence"), options.evidenceAppendix},
                         {QStringLiteral("include_rejected"), options.includeRejected}});
    o.insert(QStringLiteral("paper"), paperSizeKey(paper));
    o.insert(QStringLiteral("to"), to);
    o.insert(QStringLiteral("from"), from);
    o.insert(QStringLiteral("subject"), subject);
    o.insert(QStringLiteral("date"), date);
    return o;
}

Result<MemoSpec> MemoSpec::fromJson(const QJsonObject &o)
{
    MemoSpec s;
    const auto scope = memoScopeFromKey(o.value(QStringLiteral("scope")).toString());
    if (!scope)
        return makeError(tr("reading a memo request"), tr("unknown scope “%1”")
                                                          .arg(o.value(QStringLiteral("scope")).toString()));
    s.scope = *scope;
    s.platform = o.value(QStringLiteral("platform")).toString();
    s.documentIds = idsFromJson(o.value(QStringLiteral("documents")));
    s.typeKey = o.value(QStringLiteral("type")).toString();
    s.fromVersionId = o.value(QStringLiteral("from_version")).toInteger();
    s.toVersionId = o.value(QStringLiteral("to_version")).toInteger();
    s.flagIds = idsFromJson(o.value(QStringLiteral("flags")));
    const QJsonObject opt = o.value(QStringLiteral("options")).toObject();
    const MemoOptions d;
    s.options.includeOriginals = opt.value(QStringLiteral("originals")).toBool(d.includeOriginals);
    s.options.plainLanguage = opt.value(QStringLiteral("plain_language")).toBool(d.plainLanguage);
    s.options.regulations = opt.value(QStringLiteral("regulations")).toBool(d.regulations);
    s.options.changes = opt.value(QStringLiteral("changes")).toBool(d.changes);
    s.options.changesSince = opt.value(QStringLiteral("changes_since")).toString();
    s.options.benchmark = opt.value(QStringLiteral("benchmark")).toBool(d.benchmark);
    s.options.evidenceAppendix = opt.value(QStringLiteral("evidence")).toBool(d.evidenceAppendix);
    s.options.includeRejected = opt.value(QStringLiteral("include_rejected")).toBool(false);
    s.paper = paperSizeFromKey(o.value(QStringLiteral("paper")).toString()).value_or(PaperSize::A4);
    s.to = o.value(QStringLiteral("to")).toString();
    s.from = o.value(QStringLiteral("from")).toString();
    s.subject = o.value(QStringLiteral("subject")).toString();
    s.date = o.value(QStringLiteral("date")).toString();
    CW_TRY(s.validate());
    return s;
}

Status MemoSpec::validate() const
{
    const QString op = tr("preparing the memo");
    switch (scope) {
    case MemoScope::Platform:
        if (platform.trimmed().isEmpty())
            return makeError(op, tr("name the platform the memo covers"));
        for (const qint64 id : documentIds)
            if (id <= 0)
                return makeError(op, tr("select at least one document of the platform"));
        break;
    case MemoScope::ClauseType:
        if (typeKey.trimmed().isEmpty())
            return makeError(op, tr("name the clause type the memo covers"));
        break;
    case MemoScope::Diff:
        if (fromVersionId <= 0 || toVersionId <= 0)
            return makeError(op, tr("give the two versions to compare"));
        if (fromVersionId == toVersionId)
            return makeError(op, tr("the two versions to compare are the same version"));
        break;
    case MemoScope::Flags:
        if (flagIds.isEmpty())
            return makeError(op, tr("select at least one flag"));
        break;
    }
    if (!options.changesSince.isEmpty() && !fromIso(options.changesSince).isValid())
        return makeError(op, tr("“%1” is not a date (use YYYY-MM-DD)").arg(options.changesSince));
    if (!date.isEmpty() && !QDate::fromString(date, Qt::ISODate).isValid())
        return makeError(op, tr("“%1” is not a date (use YYYY-MM-DD)").arg(date));
    return {};
}

} // namespace cw
