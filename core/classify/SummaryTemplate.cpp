#include "classify/SummaryTemplate.h"

#include <QCoreApplication>

namespace cw {

namespace {

const QLatin1String kOpen("[[");
const QLatin1String kClose("]]");
const QLatin1String kPlatform("platform");

QString tr(const char *s)
{
    return QCoreApplication::translate("cw::SummaryTemplate", s);
}

QString slotValue(const QVariantMap &slots, const QString &name)
{
    return slots.value(name).toString().trimmed();
}

// Replaces every {name} in `part`; sets *missing when a slot has no value.
QString substitute(QStringView part, const QString &platform, const QVariantMap &slots,
                   bool *missing)
{
    QString out;
    out.reserve(part.size() + 32);
    qsizetype i = 0;
    while (i < part.size()) {
        const qsizetype open = part.indexOf(QLatin1Char('{'), i);
        if (open < 0) {
            out += part.mid(i);
            break;
        }
        const qsizetype close = part.indexOf(QLatin1Char('}'), open + 1);
        if (close < 0) {
            out += part.mid(i);
            break;
        }
        out += part.mid(i, open - i);
        const QString name = part.mid(open + 1, close - open - 1).toString();
        if (name == kPlatform) {
            out += platform;
        } else {
            const QString v = slotValue(slots, name);
            if (v.isEmpty() && missing)
                *missing = true;
            out += v;
        }
        i = close + 1;
    }
    return out;
}

} // namespace

QString SummaryTemplate::fill(const QString &tmpl, const QString &platform,
                              const QVariantMap &slots)
{
    const QString who = platform.trimmed().isEmpty() ? tr("the platform") : platform.trimmed();
    QString out;
    qsizetype i = 0;
    const QStringView view(tmpl);
    while (i < view.size()) {
        const qsizetype open = view.indexOf(kOpen, i);
        if (open < 0) {
            out += substitute(view.mid(i), who, slots, nullptr);
            break;
        }
        out += substitute(view.mid(i, open - i), who, slots, nullptr);
        const qsizetype close = view.indexOf(kClose, open + 2);
        if (close < 0)
            break; // validate() rejects this; drop the unterminated part
        bool missing = false;
        const QString part = substitute(view.mid(open + 2, close - open - 2), who, slots, &missing);
        if (!missing)
            out += part;
        i = close + 2;
    }
    out = out.simplified();
    // Removing an optional part can leave " ." or " ,": tidy the joins.
    out.replace(QLatin1String(" ."), QLatin1String("."));
    out.replace(QLatin1String(" ,"), QLatin1String(","));
    out.replace(QLatin1String(" ;"), QLatin1String(";"));
    if (!out.isEmpty())
        out[0] = out.at(0).toUpper();
    return out;
}

QStringList SummaryTemplate::slotNames(const QString &tmpl)
{
    QStringList names;
    qsizetype i = 0;
    while (true) {
        const qsizetype open = tmpl.indexOf(QLatin1Char('{'), i);
        if (open < 0)
            break;
        const qsizetype close = tmpl.indexOf(QLatin1Char('}'), open + 1);
        if (close < 0)
            break;
        const QString name = tmpl.mid(open + 1, close - open - 1);
        if (name != kPlatform && !names.contains(name))
            names.append(name);
        i = close + 1;
    }
    return names;
}

Status SummaryTemplate::validate(const QString &tmpl)
{
    const QString op = tr("checking summary template");
    bool inOptional = false;
    for (qsizetype i = 0; i < tmpl.size(); ++i) {
        const QStringView rest = QStringView(tmpl).mid(i);
        if (rest.startsWith(kOpen)) {
            if (inOptional)
                return makeError(op, tr("nested [[ at %1").arg(i));
            inOptional = true;
            ++i;
        } else if (rest.startsWith(kClose)) {
            if (!inOptional)
                return makeError(op, tr("]] without [[ at %1").arg(i));
            inOptional = false;
            ++i;
        } else if (tmpl.at(i) == QLatin1Char('{')) {
            const qsizetype close = tmpl.indexOf(QLatin1Char('}'), i + 1);
            if (close < 0)
                return makeError(op, tr("unclosed { at %1").arg(i));
            const QString name = tmpl.mid(i + 1, close - i - 1);
            if (name.isEmpty() || name.contains(QLatin1Char('{')))
                return makeError(op, tr("bad placeholder at %1").arg(i));
            if (name != kPlatform && !inOptional)
                return makeError(op, tr("slot {%1} outside an optional [[ ]] part").arg(name));
            i = close;
        }
    }
    if (inOptional)
        return makeError(op, tr("unterminated [["));
    return {};
}

} // namespace cw
