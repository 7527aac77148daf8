// Loading and checking classification rules (resources/taxonomy/rules.json and
// small rule files written here).

#include "classify/RuleSet.h"
#include "classify/Taxonomy.h"

#include <QObject>
#include <QSet>
#include <QTest>

using namespace cw;

namespace {

QByteArray withTypes(const QByteArray &types)
{
    return QByteArray("{\"version\": 1, \"types\": [") + types + "]}";
}

} // namespace

class TestRuleSet : public QObject
{
    Q_OBJECT

    Taxonomy m_taxonomy;

private Q_SLOTS:
    void initTestCase()
    {
        auto t = Taxonomy::loadBuiltin();
        QVERIFY(t.ok());
        m_taxonomy = *t;
    }

    // loadBuiltin() leaves the patterns to compile on first use; the file
    // itself must still compile whole, every pattern included.
    void builtinFileCompilesWhole()
    {
        const QByteArray json = RuleSet::builtinJson();
        QVERIFY(!json.isEmpty());
        auto rules = RuleSet::fromJson(json, m_taxonomy);
        QVERIFY2(rules.ok(), qPrintable(rules.ok() ? QString() : rules.error().toString()));
        // (A broken pattern in a file is an error at load: rejectsBadRules.)
    }

    void builtinCoversEveryType()
    {
        auto rules = RuleSet::loadBuiltin(m_taxonomy);
        QVERIFY2(rules.ok(), qPrintable(rules.ok() ? QString() : rules.error().toString()));
        QCOMPARE(rules->types().size(), m_taxonomy.types().size());
        QSet<QString> ids;
        for (const ClauseType &t : m_taxonomy.types()) {
            const RuleSet::TypeRules *r = rules->rulesFor(t.key);
            QVERIFY2(r, qPrintable(t.key));
            QVERIFY2(!r->keywords.isEmpty(), qPrintable(t.key + u": no keyword pre-filter"));
            bool core = false;
            for (const RuleSet::Pattern &p : r->patterns) {
                QVERIFY2(p.id.startsWith(t.key + u'.'), qPrintable(p.id));
                QVERIFY2(!ids.contains(p.id), qPrintable(p.id));
                ids.insert(p.id);
                QVERIFY2(p.re.isValid(), qPrintable(p.id));
                core = core || p.core;
            }
            QVERIFY2(core, qPrintable(t.key + u": no core pattern"));
        }
        QVERIFY(rules->patternCount() >= 3 * m_taxonomy.types().size());
        QVERIFY(!rules->globalModifiers().isEmpty());
        QVERIFY(rules->headingFilter().enabled);
        // The slots the built-in summary templates use all have extractors.
        for (const QString &slot :
             {QStringLiteral("notice_period"), QStringLiteral("venue"),
              QStringLiteral("governing_law"), QStringLiteral("liability_cap"),
              QStringLiteral("age"), QStringLiteral("opt_out_period"),
              QStringLiteral("retention_period"), QStringLiteral("fee")})
            QVERIFY2(!rules->slotExtractors(slot).isEmpty(), qPrintable(slot));
    }

    void parsesFeatures()
    {
        const QByteArray json = QByteArray(R"({"version": 1, "defs": {"ARB": "arbitrat\\w+"},
            "types": [
            {"type": "arbitration", "keywords": ["Arbitra"], "threshold": 0.6,
             "patterns": [
               {"id": "phrase", "phrase": "binding arbitrat*", "weight": 0.5},
               {"id": "near", "near": {"a": "\\bagree", "b": "{{ARB}}", "within": 5, "ordered": true},
                "weight": 0.4, "core": true},
               {"id": "no", "regex": "does not apply", "veto": true}],
             "severity_modifiers": [{"id": "opt", "regex": "opt[- ]?out", "delta": -1,
                                     "reason": "users can opt out"}],
             "slots": ["opt_out_period"]}]})");
        auto rules = RuleSet::fromJson(json, m_taxonomy);
        QVERIFY2(rules.ok(), qPrintable(rules.ok() ? QString() : rules.error().toString()));
        const RuleSet::TypeRules *r = rules->rulesFor(QStringLiteral("arbitration"));
        QVERIFY(r);
        QCOMPARE(r->threshold, 0.6);
        QCOMPARE(r->keywords, QStringList{QStringLiteral("arbitra")});
        QCOMPARE(r->patterns.size(), 3);
        const RuleSet::Pattern &phrase = r->patterns.at(0);
        QCOMPARE(phrase.id, QStringLiteral("arbitration.phrase"));
        QVERIFY(phrase.re.match(QStringLiteral("subject to Binding   Arbitration.")).hasMatch());
        QVERIFY(!phrase.re.match(QStringLiteral("nonbinding arbitration")).hasMatch());
        QVERIFY(!phrase.core); // an explicit core pattern exists
        const RuleSet::Pattern &near = r->patterns.at(1);
        QCOMPARE(near.kind, RuleSet::PatternKind::Near);
        QCOMPARE(near.within, 5);
        QVERIFY(near.ordered && near.core);
        QVERIFY(near.other.match(QStringLiteral("Arbitration")).hasMatch()); // {{ARB}} expanded
        QVERIFY(r->patterns.at(2).veto);
        QCOMPARE(r->modifiers.size(), 1);
        QCOMPARE(r->modifiers.first().delta, -1);
        QCOMPARE(r->slots, QStringList{QStringLiteral("opt_out_period")});
        QVERIFY(!rules->rulesFor(QStringLiteral("jurisdiction")));
    }

    void rejectsBadRules_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("unknown type")
            << withTypes(R"({"type": "no_such_type", "patterns": []})") << "unknown clause type";
        QTest::newRow("invalid regex names the pattern")
            << withTypes(
                   R"({"type": "arbitration", "patterns": [{"id": "x", "regex": "a{2,1}", "weight": 1}]})")
            << "arbitration.x";
        QTest::newRow("unknown definition")
            << withTypes(
                   R"({"type": "arbitration", "patterns": [{"id": "x", "regex": "{{NOPE}}", "weight": 1}]})")
            << "unknown definition";
        QTest::newRow("pattern without weight")
            << withTypes(R"({"type": "arbitration", "patterns": [{"id": "x", "regex": "a"}]})")
            << "weight";
        QTest::newRow("duplicate pattern id") << withTypes(R"({"type": "arbitration", "patterns": [
                   {"id": "x", "regex": "a", "weight": 1}, {"id": "x", "regex": "b", "weight": 1}]})")
                                              << "duplicate pattern";
        QTest::newRow("near without distance") << withTypes(R"({"type": "arbitration", "patterns": [
                   {"id": "x", "near": {"a": "a", "b": "b"}, "weight": 1}]})")
                                               << "within";
        QTest::newRow("modifier moves two steps")
            << withTypes(R"({"type": "arbitration", "patterns": [],
                   "severity_modifiers": [{"id": "m", "regex": "x", "delta": 2, "reason": "r"}]})")
            << "delta";
        QTest::newRow("slot without value group") << QByteArray(R"({"version": 1, "types": [],
                   "slots": [{"slot": "venue", "regex": "courts of \\w+"}]})")
                                                  << "value";
        QTest::newRow("type listed twice")
            << withTypes(
                   R"({"type": "arbitration", "patterns": []}, {"type": "arbitration", "patterns": []})")
            << "two rule entries";
        QTest::newRow("not JSON") << QByteArray("{oops") << "invalid JSON";
        QTest::newRow("wrong version") << QByteArray(R"({"version": 7})") << "version";
    }
    void rejectsBadRules()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, messagePart);
        auto rules = RuleSet::fromJson(json, m_taxonomy);
        QVERIFY(!rules.ok());
        QVERIFY2(rules.error().toString().contains(messagePart),
                 qPrintable(rules.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestRuleSet)
#include "tst_ruleset.moc"
