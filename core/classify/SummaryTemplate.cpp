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

} // namespace

SummaryTemplate::SummaryTemplate(const QString &tmpl)
{
    const QStringView view(tmpl);
    int optional = -1;
    QString literal;
    auto flush = [&] {
        if (!literal.isEmpty())
            m_pieces.append(Piece{Piece::Text, literal, optional});
        literal.clear();
    };
    for (qsizetype i = 0; i < view.size(); ++i) {
        const QStringView rest = view.mid(i);
        if (rest.startsWith(kOpen) && optional < 0) {
            flush();
            optional = m_optionalParts++;
            ++i;
        } else if (rest.startsWith(kClose) && optional >= 0) {
            flush();
            optional = -1;
            ++i;
        } else if (view.at(i) == QLatin1Char('{')) {
            const qsizetype close = view.indexOf(QLatin1Char('}'), i + 1);
            if (close < 0) {
                literal += rest;
                break;
            }
            flush();
            const QString name = view.mid(i + 1, close - i - 1).toString();
            m_pieces.append(
                Piece{name == kPlatform ? Piece::Platform : Piece::Slot, name, optional});
            i = close;
        } else {
            literal += view.at(i);
        }
    }
    flush();
}

QString SummaryTemplate::fill(const QString &platform, const QVariantMap &slots) const
{
    const QString who = platform.trimmed().isEmpty() ? tr("the platform") : platform.trimmed();
    // An optional part is dropped when one of its slots has no value.
    QList<bool> dropped(m_optionalParts, false);
    QList<QString> values(m_pieces.size());
    for (qsizetype i = 0; i < m_pieces.size(); ++i) {
        const Piece &p = m_pieces.at(i);
        if (p.kind != Piece::Slot)
            continue;
        values[i] = slots.value(p.text).toString().trimmed();
        if (values[i].isEmpty() && p.optional >= 0)
            dropped[p.optional] = true;
    }
    qsizetype bound = 0;
    for (qsizetype i = 0; i < m_pieces.size(); ++i) {
        const Piece &p = m_pieces.at(i);
        bound += p.kind == Piece::Text
                     ? p.text.size()
                     : (p.kind == Piece::Platform ? who.size() : values.at(i).size());
    }
    // Written through a raw buffer: single spaces, none before . , ; (a dropped
    // optional part may leave them).
    QString out(bound, Qt::Uninitialized);
    QChar *buf = out.data();
    qsizetype n = 0;
    auto put = [&](QStringView s) {
        for (QChar c : s) {
            const char16_t u = c.unicode();
            if (u == u' ' || u == u'\n' || u == u'\t') {
                if (n > 0 && buf[n - 1] != QLatin1Char(' '))
                    buf[n++] = QLatin1Char(' ');
                continue;
            }
            if ((u == u'.' || u == u',' || u == u';') && n > 0 && buf[n - 1] == QLatin1Char(' '))
                --n;
            buf[n++] = c;
        }
    };
    for (qsizetype i = 0; i < m_pieces.size(); ++i) {
        const Piece &p = m_pieces.at(i);
        if (p.optional >= 0 && dropped.at(p.optional))
            continue;
        switch (p.kind) {
        case Piece::Text:
            put(p.text);
            break;
        case Piece::Platform:
            put(who);
            break;
        case Piece::Slot:
            put(values.at(i));
            break;
        }
    }
    while (n > 0 && buf[n - 1] == QLatin1Char(' '))
        --n;
    out.truncate(n);
    if (!out.isEmpty())
        out[0] = out.at(0).toUpper();
    return out;
}

QString SummaryTemplate::fill(const QString &tmpl, const QString &platform,
                              const QVariantMap &slots)
{
    return SummaryTemplate(tmpl).fill(platform, slots);
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
