#include "capture/TermsTypes.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace cw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::TermsTypes", text);
}

} // namespace

QString TermsTypes::foldKey(QStringView text)
{
    return text.toString().simplified().toCaseFolded();
}

Result<TermsTypes> TermsTypes::fromJson(const QByteArray &json)
{
    const QString operation = tr("reading the terms-types list");
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(operation, tr("invalid JSON"), parseError.errorString());
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("version")).toInt() != 1)
        return makeError(operation, tr("unsupported version (expected 1)"));
    const QJsonValue list = root.value(QLatin1String("terms_types"));
    if (!list.isArray())
        return makeError(operation, tr("\"terms_types\" must be an array"));

    TermsTypes types;
    types.m_version = 1;
    for (const QJsonValue &value : list.toArray()) {
        const QJsonObject entry = value.toObject();
        TermsType type;
        type.name = entry.value(QLatin1String("name")).toString().simplified();
        if (type.name.isEmpty())
            return makeError(operation, tr("a terms type has no name"));
        for (const QJsonValue &alias : entry.value(QLatin1String("aliases")).toArray())
            type.aliases.append(alias.toString().simplified());
        type.obsolete = entry.value(QLatin1String("obsolete")).toBool(false);

        const qsizetype index = types.m_types.size();
        QStringList keys{type.name};
        keys += type.aliases;
        for (const QString &key : keys) {
            const QString folded = foldKey(key);
            if (folded.isEmpty())
                return makeError(operation, tr("empty alias of %1").arg(type.name));
            // An alias shared by two types would make lookups depend on file order.
            if (types.m_folded.contains(folded))
                return makeError(operation, tr("\"%1\" is listed twice").arg(key));
            types.m_folded.insert(folded, index);
        }
        types.m_exact.insert(type.name, index);
        types.m_types.append(std::move(type));
    }
    return types;
}

Result<TermsTypes> TermsTypes::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("reading the terms-types list %1").arg(path), tr("cannot open it"),
                         file.errorString());
    return fromJson(file.readAll());
}

const TermsTypes &TermsTypes::builtin()
{
    static const TermsTypes types = [] {
        auto loaded = load(QStringLiteral(":/taxonomy/terms_types.json"));
        Q_ASSERT_X(loaded.ok(), "TermsTypes::builtin",
                   qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
        return loaded.ok() ? std::move(loaded).value() : TermsTypes();
    }();
    return types;
}

std::optional<TermsType> TermsTypes::find(QStringView nameOrAlias) const
{
    auto exact = m_exact.constFind(nameOrAlias.toString());
    if (exact != m_exact.cend())
        return m_types.at(exact.value());
    auto folded = m_folded.constFind(foldKey(nameOrAlias));
    if (folded != m_folded.cend())
        return m_types.at(folded.value());
    return std::nullopt;
}

std::optional<QString> TermsTypes::canonicalName(QStringView nameOrAlias) const
{
    if (auto type = find(nameOrAlias))
        return type->name;
    return std::nullopt;
}

} // namespace cw
