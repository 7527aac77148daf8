#include "capture/OtaCommitKind.h"

namespace cw {

OtaCommitKind otaCommitKindFromMessage(QStringView message)
{
    const qsizetype eol = message.indexOf(QLatin1Char('\n'));
    const QStringView subject = (eol < 0 ? message : message.left(eol)).trimmed();

    // Prefixes followed by a space, so that "Updates to README" or "Refiltered"
    // do not count. The current engine's prefixes come first.
    struct Prefix
    {
        const char *text;
        OtaCommitKind kind;
    };
    static constexpr Prefix prefixes[] = {
        {"First record of ", OtaCommitKind::First},
        {"Record new changes of ", OtaCommitKind::Change},
        {"Apply technical or declaration upgrade on ", OtaCommitKind::Technical},
        {"Start tracking ", OtaCommitKind::First},
        {"Update ", OtaCommitKind::Change},
        {"Refilter ", OtaCommitKind::Technical},
    };
    for (const Prefix &p : prefixes) {
        const QLatin1String prefix(p.text);
        if (subject.size() > prefix.size() && subject.startsWith(prefix))
            return p.kind;
    }
    return OtaCommitKind::Unknown;
}

QString otaCommitKindKey(OtaCommitKind kind)
{
    switch (kind) {
    case OtaCommitKind::First:
        return QStringLiteral("first");
    case OtaCommitKind::Change:
        return QStringLiteral("change");
    case OtaCommitKind::Technical:
        return QStringLiteral("technical");
    case OtaCommitKind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace cw
