#include "classify/Taxonomy.h"

#include "classify/SummaryTemplate.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace cw {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("cw::Taxonomy", s);
}

Result<QByteArray> readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(tr("reading %1").arg(path), f.errorString());
    return f.readAll();
}

Result<QJsonObject> parseObject(const QByteArray &json, const QString &what)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return makeError(tr("parsing %1").arg(what),
                         tr("invalid JSON at offset %1").arg(err.offset), err.errorString());
    if (!doc.isObject())
        return makeError(tr("parsing %1").arg(what), tr("the top level is not an object"));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("version")).toInt() != 1)
        return makeError(tr("parsing %1").arg(what), tr("unsupported version (expected 1)"));
    return root;
}

bool validKey(const QString &key)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return re.match(key).hasMatch();
}

} // namespace

Result<Taxonomy> Taxonomy::loadBuiltin()
{
    return loadFromFiles(QStringLiteral(":/taxonomy/clause_types.json"),
                         QStringLiteral(":/taxonomy/regulations.json"));
}

Result<Taxonomy> Taxonomy::loadFromFiles(const QString &clauseTypesPath,
                                         const QString &regulationsPath)
{
    auto types = readAll(clauseTypesPath);
    CW_TRY(types);
    auto regs = readAll(regulationsPath);
    CW_TRY(regs);
    return fromJson(*types, *regs);
}

Result<Taxonomy> Taxonomy::fromJson(const QByteArray &clauseTypesJson,
                                    const QByteArray &regulationsJson)
{
    const QString typesOp = tr("loading clause types");
    const QString regsOp = tr("loading regulations");
    auto regRoot = parseObject(regulationsJson, QStringLiteral("regulations.json"));
    CW_TRY(regRoot);
    auto typeRoot = parseObject(clauseTypesJson, QStringLiteral("clause_types.json"));
    CW_TRY(typeRoot);

    Taxonomy t;
    for (const QJsonValue &v : regRoot->value(QLatin1String("regulations")).toArray()) {
        const QJsonObject o = v.toObject();
        Regulation r;
        r.key = o.value(QLatin1String("key")).toString();
        r.shortName = o.value(QLatin1String("short")).toString();
        r.name = o.value(QLatin1String("name")).toString();
        r.jurisdiction = o.value(QLatin1String("jurisdiction")).toString();
        r.citation = o.value(QLatin1String("citation")).toString();
        r.url = o.value(QLatin1String("url")).toString();
        if (!validKey(r.key))
            return makeError(regsOp, tr("invalid regulation key \"%1\"").arg(r.key));
        if (r.shortName.isEmpty() || r.name.isEmpty() || r.jurisdiction.isEmpty())
            return makeError(regsOp,
                             tr("regulation \"%1\" lacks short, name or jurisdiction").arg(r.key));
        if (t.m_regulationIndex.contains(r.key))
            return makeError(regsOp, tr("duplicate regulation key \"%1\"").arg(r.key));
        t.m_regulationIndex.insert(r.key, t.m_regulations.size());
        t.m_regulations.append(r);
    }

    QSet<QString> categoryKeys;
    for (const QJsonValue &v : typeRoot->value(QLatin1String("categories")).toArray()) {
        const QJsonObject o = v.toObject();
        ClauseCategory c{o.value(QLatin1String("key")).toString(),
                         o.value(QLatin1String("name")).toString()};
        if (!validKey(c.key) || c.name.isEmpty() || categoryKeys.contains(c.key))
            return makeError(typesOp, tr("invalid or duplicate category \"%1\"").arg(c.key));
        categoryKeys.insert(c.key);
        t.m_categories.append(c);
    }

    for (const QJsonValue &v : typeRoot->value(QLatin1String("types")).toArray()) {
        const QJsonObject o = v.toObject();
        ClauseType ct;
        ct.key = o.value(QLatin1String("key")).toString();
        ct.name = o.value(QLatin1String("name")).toString();
        ct.category = o.value(QLatin1String("category")).toString();
        ct.description = o.value(QLatin1String("description")).toString();
        ct.whyItMatters = o.value(QLatin1String("why_it_matters")).toString();
        ct.consumerImpact = o.value(QLatin1String("consumer_impact")).toString();
        ct.summaryTemplate = o.value(QLatin1String("summary_template")).toString();
        const auto sev = severityFromKey(o.value(QLatin1String("default_severity")).toString());
        if (!validKey(ct.key))
            return makeError(typesOp, tr("invalid clause type key \"%1\"").arg(ct.key));
        if (t.m_typeIndex.contains(ct.key))
            return makeError(typesOp, tr("duplicate clause type \"%1\"").arg(ct.key));
        if (!sev)
            return makeError(typesOp,
                             tr("clause type \"%1\" has no valid default_severity").arg(ct.key));
        ct.defaultSeverity = *sev;
        if (!categoryKeys.contains(ct.category))
            return makeError(
                typesOp,
                tr("clause type \"%1\" names unknown category \"%2\"").arg(ct.key, ct.category));
        if (ct.name.isEmpty() || ct.description.isEmpty() || ct.summaryTemplate.isEmpty())
            return makeError(typesOp, tr("clause type \"%1\" lacks name, description or "
                                         "summary_template")
                                          .arg(ct.key));
        if (auto st = SummaryTemplate::validate(ct.summaryTemplate); !st.ok())
            return makeError(typesOp, tr("clause type \"%1\": %2").arg(ct.key, st.error().message));
        for (const QJsonValue &r : o.value(QLatin1String("regulations")).toArray()) {
            const QString key = r.toString();
            if (!t.m_regulationIndex.contains(key))
                return makeError(
                    typesOp,
                    tr("clause type \"%1\" names unknown regulation \"%2\"").arg(ct.key, key));
            ct.regulations.append(key);
        }
        t.m_typeIndex.insert(ct.key, t.m_types.size());
        t.m_types.append(ct);
    }
    if (t.m_types.isEmpty())
        return makeError(typesOp, tr("no clause types"));
    return t;
}

const ClauseType *Taxonomy::type(const QString &key) const
{
    const auto it = m_typeIndex.constFind(key);
    return it == m_typeIndex.cend() ? nullptr : &m_types.at(*it);
}

const Regulation *Taxonomy::regulation(const QString &key) const
{
    const auto it = m_regulationIndex.constFind(key);
    return it == m_regulationIndex.cend() ? nullptr : &m_regulations.at(*it);
}

const ClauseCategory *Taxonomy::category(const QString &key) const
{
    for (const ClauseCategory &c : m_categories) {
        if (c.key == key)
            return &c;
    }
    return nullptr;
}

QList<ClauseType> Taxonomy::typesInCategory(const QString &categoryKey) const
{
    QList<ClauseType> out;
    for (const ClauseType &t : m_types) {
        if (t.category == categoryKey)
            out.append(t);
    }
    return out;
}

QList<Regulation> Taxonomy::regulationsFor(const QString &typeKey) const
{
    QList<Regulation> out;
    if (const ClauseType *t = type(typeKey)) {
        for (const QString &k : t->regulations)
            out.append(*regulation(k));
    }
    return out;
}

} // namespace cw
