#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

namespace cw {

/// One terms type of the reference vocabulary (the names Open Terms Archive
/// uses for documents, PRODUCT.md): "Terms of Service", "Privacy Policy", …
struct TermsType
{
    QString name;          ///< canonical name, as used in OTA file names
    QStringList aliases;   ///< other names people and older collections use
    bool obsolete = false; ///< retired by OTA but still found in old histories
};

/// The terms-types vocabulary, loaded from resources/taxonomy/terms_types.json
/// (`{"version":1,"terms_types":[{"name":…,"aliases":[…],"obsolete":false}]}`).
/// Lookup: an exact canonical name first, then names and aliases compared
/// case-insensitively after trimming and collapsing whitespace.
class TermsTypes
{
public:
    /// The built-in vocabulary embedded in the core library (":/taxonomy/terms_types.json").
    /// Loaded once; the embedded file is ours and tested, so failure is a build bug.
    static const TermsTypes &builtin();

    static Result<TermsTypes> fromJson(const QByteArray &json);
    static Result<TermsTypes> load(const QString &path);

    /// The canonical name for a name or alias, or nothing when it is not in the list.
    std::optional<QString> canonicalName(QStringView nameOrAlias) const;
    /// The full entry for a name or alias.
    std::optional<TermsType> find(QStringView nameOrAlias) const;
    bool contains(QStringView nameOrAlias) const { return canonicalName(nameOrAlias).has_value(); }

    const QList<TermsType> &all() const { return m_types; }
    int version() const { return m_version; }

private:
    static QString foldKey(QStringView text);

    int m_version = 0;
    QList<TermsType> m_types;
    QHash<QString, qsizetype> m_exact;  ///< canonical name → index
    QHash<QString, qsizetype> m_folded; ///< folded name or alias → index
};

} // namespace cw
