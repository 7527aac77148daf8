#include "classify/RuleSet.h"

#include "classify/Taxonomy.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace cw {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("cw::RuleSet", s);
}

// Parsing state: the regex definitions ({{NAME}} macros) and the error context.
struct Parser
{
    QHash<QString, QString> defs;
    QString op;
    /// Compile (and so check) each pattern now; otherwise the first match
    /// compiles it (QRegularExpression does that once, under its own lock).
    bool compileNow = true;

    Result<QString> expand(const QString &source, const QString &where, int depth = 0) const
    {
        if (depth > 8)
            return makeError(op, tr("%1: definitions nest too deeply").arg(where));
        QString out;
        qsizetype i = 0;
        while (true) {
            const qsizetype open = source.indexOf(QLatin1String("{{"), i);
            if (open < 0) {
                out += QStringView(source).mid(i);
                break;
            }
            const qsizetype close = source.indexOf(QLatin1String("}}"), open + 2);
            if (close < 0)
                return makeError(op, tr("%1: unclosed {{").arg(where));
            out += QStringView(source).mid(i, open - i);
            const QString name = source.mid(open + 2, close - open - 2);
            const auto it = defs.constFind(name);
            if (it == defs.cend())
                return makeError(op, tr("%1: unknown definition {{%2}}").arg(where, name));
            auto inner = expand(*it, where, depth + 1);
            CW_TRY(inner);
            out += QLatin1String("(?:") + *inner + QLatin1Char(')');
            i = close + 2;
        }
        return out;
    }

    Result<QRegularExpression> compile(const QString &source, const QString &where) const
    {
        if (source.isEmpty())
            return makeError(op, tr("%1: empty pattern").arg(where));
        auto expanded = expand(source, where);
        CW_TRY(expanded);
        QRegularExpression re(*expanded, QRegularExpression::CaseInsensitiveOption);
        if (compileNow && !re.isValid())
            return makeError(
                op,
                tr("%1: invalid regular expression at %2").arg(where).arg(re.patternErrorOffset()),
                re.errorString());
        return re;
    }

    // "binding arbitrat*" -> \bbinding\s+arbitrat\w*\b ; words are literal.
    static QString phraseToRegex(const QString &phrase)
    {
        QStringList parts;
        for (const QString &word : phrase.simplified().split(QLatin1Char(' '))) {
            if (word.endsWith(QLatin1Char('*')))
                parts.append(QRegularExpression::escape(word.chopped(1)) + QLatin1String("\\w*"));
            else
                parts.append(QRegularExpression::escape(word));
        }
        return QLatin1String("\\b") + parts.join(QLatin1String("\\s+")) + QLatin1String("\\b");
    }

    static QStringList keywords(const QJsonValue &v)
    {
        QStringList out;
        for (const QJsonValue &k : v.toArray())
            out.append(k.toString().toLower());
        return out;
    }

    Result<RuleSet::Negation> negation(const QJsonObject &o, const RuleSet::Negation &base,
                                       const QString &where) const
    {
        RuleSet::Negation n = base;
        if (o.contains(QLatin1String("cue_words")))
            n.cueWords = keywords(o.value(QLatin1String("cue_words")));
        if (o.contains(QLatin1String("exceptions"))) {
            auto re =
                compile(o.value(QLatin1String("exceptions")).toString(), where + u".exceptions");
            CW_TRY(re);
            n.exceptions = *re;
        }
        n.window = o.value(QLatin1String("window")).toInt(base.window);
        if (o.contains(QLatin1String("keywords")))
            n.keywords = keywords(o.value(QLatin1String("keywords")));
        return n;
    }

    Result<RuleSet::SeverityModifier> modifier(const QJsonObject &o, const QString &prefix) const
    {
        RuleSet::SeverityModifier m;
        m.id = prefix + o.value(QLatin1String("id")).toString();
        auto re = compile(o.value(QLatin1String("regex")).toString(), m.id);
        CW_TRY(re);
        m.re = *re;
        m.keywords = keywords(o.value(QLatin1String("keywords")));
        m.delta = o.value(QLatin1String("delta")).toInt();
        m.reason = o.value(QLatin1String("reason")).toString();
        for (const QJsonValue &t : o.value(QLatin1String("types")).toArray())
            m.onlyTypes.append(t.toString());
        for (const QJsonValue &t : o.value(QLatin1String("except_types")).toArray())
            m.exceptTypes.append(t.toString());
        if ((m.delta != 1 && m.delta != -1) || m.reason.isEmpty())
            return makeError(op,
                             tr("%1: delta must be 1 or -1 and a reason is required").arg(m.id));
        return m;
    }

    Result<RuleSet::Pattern> pattern(const QJsonObject &o, const QString &typeKey) const
    {
        RuleSet::Pattern p;
        p.id = typeKey + QLatin1Char('.') + o.value(QLatin1String("id")).toString();
        p.weight = o.value(QLatin1String("weight")).toDouble();
        p.veto = o.value(QLatin1String("veto")).toBool(false);
        p.core = o.value(QLatin1String("core")).toBool(false);
        p.negatable = o.value(QLatin1String("negatable")).toBool(true);
        p.keywords = keywords(o.value(QLatin1String("keywords")));
        for (const QJsonValue &g : o.value(QLatin1String("keywords_all")).toArray())
            p.keywordGroups.append(keywords(g));
        if (o.contains(QLatin1String("near"))) {
            const QJsonObject n = o.value(QLatin1String("near")).toObject();
            p.kind = RuleSet::PatternKind::Near;
            auto a = compile(n.value(QLatin1String("a")).toString(), p.id + u".a");
            CW_TRY(a);
            auto b = compile(n.value(QLatin1String("b")).toString(), p.id + u".b");
            CW_TRY(b);
            p.re = *a;
            p.other = *b;
            p.within = n.value(QLatin1String("within")).toInt(-1);
            p.ordered = n.value(QLatin1String("ordered")).toBool(false);
            if (p.within < 0)
                return makeError(op, tr("%1: near needs \"within\" (words)").arg(p.id));
        } else {
            const QString source = o.contains(QLatin1String("phrase"))
                                       ? phraseToRegex(o.value(QLatin1String("phrase")).toString())
                                       : o.value(QLatin1String("regex")).toString();
            auto re = compile(source, p.id);
            CW_TRY(re);
            p.re = *re;
        }
        if (!p.veto && p.weight == 0)
            return makeError(op, tr("%1: a pattern needs a weight or \"veto\"").arg(p.id));
        return p;
    }
};

} // namespace

QByteArray RuleSet::builtinJson()
{
    QFile f(QStringLiteral(":/taxonomy/rules.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Result<RuleSet> RuleSet::loadBuiltin(const Taxonomy &taxonomy)
{
    const QByteArray json = builtinJson();
    if (json.isEmpty())
        return makeError(tr("reading the built-in classification rules"),
                         tr("the resource :/taxonomy/rules.json is missing"));
    return parse(json, taxonomy, /*compilePatterns=*/false);
}

Result<RuleSet> RuleSet::loadFromFile(const QString &path, const Taxonomy &taxonomy)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(tr("reading %1").arg(path), f.errorString());
    return fromJson(f.readAll(), taxonomy);
}

Result<RuleSet> RuleSet::fromJson(const QByteArray &json, const Taxonomy &taxonomy)
{
    return parse(json, taxonomy, /*compilePatterns=*/true);
}

Result<RuleSet> RuleSet::parse(const QByteArray &json, const Taxonomy &taxonomy,
                               bool compilePatterns)
{
    Parser p;
    p.compileNow = compilePatterns;
    p.op = tr("loading classification rules");
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return makeError(p.op, tr("invalid JSON at offset %1").arg(err.offset), err.errorString());
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("version")).toInt() != 1)
        return makeError(p.op, tr("unsupported version (expected 1)"));

    const QJsonObject defs = root.value(QLatin1String("defs")).toObject();
    for (auto it = defs.begin(); it != defs.end(); ++it)
        p.defs.insert(it.key(), it.value().toString());

    RuleSet rs;
    Negation baseNegation;
    auto neg = p.negation(root.value(QLatin1String("negation")).toObject(), baseNegation,
                          QStringLiteral("negation"));
    CW_TRY(neg);
    baseNegation = *neg;

    const QJsonObject headings = root.value(QLatin1String("headings")).toObject();
    if (!headings.isEmpty()) {
        rs.m_headings.enabled = headings.value(QLatin1String("skip")).toBool(true);
        rs.m_headings.maxWords = headings.value(QLatin1String("max_words")).toInt(10);
        auto verbs = p.compile(headings.value(QLatin1String("verbs")).toString(),
                               QStringLiteral("headings.verbs"));
        CW_TRY(verbs);
        rs.m_headings.verbs = *verbs;
        rs.m_headings.minorWords = Parser::keywords(headings.value(QLatin1String("minor_words")));
    }

    for (const QJsonValue &v : root.value(QLatin1String("severity_modifiers")).toArray()) {
        auto m = p.modifier(v.toObject(), QStringLiteral("severity."));
        CW_TRY(m);
        rs.m_globalModifiers.append(*m);
    }

    for (const QJsonValue &v : root.value(QLatin1String("slots")).toArray()) {
        const QJsonObject o = v.toObject();
        SlotExtractor s;
        s.slot = o.value(QLatin1String("slot")).toString();
        s.keywords = Parser::keywords(o.value(QLatin1String("keywords")));
        s.maxLength = o.value(QLatin1String("max_length")).toInt(80);
        auto re = p.compile(o.value(QLatin1String("regex")).toString(), u"slot " + s.slot);
        CW_TRY(re);
        if (!re->namedCaptureGroups().contains(QLatin1String("value")))
            return makeError(p.op,
                             tr("slot %1: the regex needs a (?<value>...) group").arg(s.slot));
        s.re = *re;
        rs.m_slots[s.slot].append(s);
    }

    QSet<QString> patternIds;
    for (const QJsonValue &v : root.value(QLatin1String("types")).toArray()) {
        const QJsonObject o = v.toObject();
        TypeRules t;
        t.typeKey = o.value(QLatin1String("type")).toString();
        if (!taxonomy.type(t.typeKey))
            return makeError(p.op, tr("rules for unknown clause type \"%1\"").arg(t.typeKey));
        if (rs.m_typeIndex.contains(t.typeKey))
            return makeError(p.op, tr("two rule entries for \"%1\"").arg(t.typeKey));
        t.keywords = Parser::keywords(o.value(QLatin1String("keywords")));
        t.threshold = o.value(QLatin1String("threshold")).toDouble(0.5);
        auto tn = p.negation(o.value(QLatin1String("negation")).toObject(), baseNegation,
                             t.typeKey + u".negation");
        CW_TRY(tn);
        t.negation = *tn;
        bool anyCore = false;
        for (const QJsonValue &pv : o.value(QLatin1String("patterns")).toArray()) {
            auto pat = p.pattern(pv.toObject(), t.typeKey);
            CW_TRY(pat);
            if (patternIds.contains(pat->id))
                return makeError(p.op, tr("duplicate pattern id \"%1\"").arg(pat->id));
            patternIds.insert(pat->id);
            anyCore = anyCore || pat->core;
            t.patterns.append(*pat);
        }
        // Without explicit core patterns, every positive pattern can fire the type.
        if (!anyCore) {
            for (Pattern &pat : t.patterns)
                pat.core = !pat.veto && pat.weight > 0;
        }
        for (const QJsonValue &mv : o.value(QLatin1String("severity_modifiers")).toArray()) {
            auto m = p.modifier(mv.toObject(), t.typeKey + u".severity.");
            CW_TRY(m);
            t.modifiers.append(*m);
        }
        for (const QJsonValue &sv : o.value(QLatin1String("slots")).toArray())
            t.slots.append(sv.toString());
        rs.m_typeIndex.insert(t.typeKey, rs.m_types.size());
        rs.m_types.append(t);
    }

    auto index = std::make_shared<KeywordIndex>();
    for (SeverityModifier &m : rs.m_globalModifiers)
        m.keywordSet = index->addSet(m.keywords);
    for (auto &extractors : rs.m_slots) {
        for (SlotExtractor &s : extractors)
            s.keywordSet = index->addSet(s.keywords);
    }
    for (TypeRules &t : rs.m_types) {
        t.keywordSet = index->addSet(t.keywords);
        t.negation.keywordSet = index->addSet(t.negation.keywords);
        for (Pattern &pat : t.patterns) {
            pat.keywordSet = index->addSet(pat.keywords);
            for (const QStringList &group : pat.keywordGroups)
                pat.keywordGroupSets.append(index->addSet(group));
        }
        for (SeverityModifier &m : t.modifiers)
            m.keywordSet = index->addSet(m.keywords);
    }
    index->finish();
    rs.m_keywords = std::move(index);
    return rs;
}

const RuleSet::TypeRules *RuleSet::rulesFor(const QString &typeKey) const
{
    const auto it = m_typeIndex.constFind(typeKey);
    return it == m_typeIndex.cend() ? nullptr : &m_types.at(*it);
}

QList<RuleSet::SlotExtractor> RuleSet::slotExtractors(const QString &slot) const
{
    return m_slots.value(slot);
}

int RuleSet::patternCount() const
{
    int n = 0;
    for (const TypeRules &t : m_types)
        n += int(t.patterns.size());
    return n;
}

} // namespace cw
