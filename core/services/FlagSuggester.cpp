#include "services/FlagSuggester.h"

#include "archive/TaxonomyRepository.h"
#include "classify/RuleClassifier.h"
#include "classify/Taxonomy.h"
#include "provenance/Sha256.h"

#include <QFile>

namespace cw {

namespace {

struct Builtin
{
    std::optional<RuleClassifier> classifier;
    std::optional<Taxonomy> taxonomy;
    QString fingerprint; ///< of the embedded taxonomy files
    std::optional<Error> error;
};

const Builtin &builtin()
{
    static const Builtin b = [] {
        Builtin out;
        auto c = RuleClassifier::loadBuiltin();
        auto t = Taxonomy::loadBuiltin();
        if (!c)
            out.error = c.error();
        else if (!t)
            out.error = t.error();
        else {
            out.classifier.emplace(std::move(*c));
            out.taxonomy.emplace(std::move(*t));
        }
        Sha256 h;
        for (const char *path : {":/taxonomy/clause_types.json", ":/taxonomy/regulations.json"}) {
            QFile f(QString::fromLatin1(path));
            if (f.open(QIODevice::ReadOnly))
                h.update(f.readAll());
        }
        out.fingerprint = h.hex();
        return out;
    }();
    return b;
}

} // namespace

Result<const RuleClassifier *> FlagSuggester::classifier()
{
    const Builtin &b = builtin();
    if (b.error)
        return *b.error;
    return &*b.classifier;
}

Status FlagSuggester::ensureTaxonomy(const Database &db)
{
    const Builtin &b = builtin();
    if (b.error)
        return *b.error;
    return TaxonomyRepository(db).syncBuiltin(*b.taxonomy, b.fingerprint);
}

QList<Suggestion> FlagSuggester::suggest(const RuleClassifier &classifier,
                                         const QString &clauseText, const QString &platformName)
{
    ClassifyContext ctx;
    ctx.platformName = platformName;
    return classifier.classify(clauseText, ctx);
}

} // namespace cw
