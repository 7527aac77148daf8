// Evaluation on labelled sentences: TSV reading, the scoring maths, the report.

#include "classify/ClassifierEvaluation.h"
#include "classify/RuleClassifier.h"

#include <QJsonArray>
#include <QObject>
#include <QTest>

using namespace cw;

namespace {

QString dataFile(const char *name)
{
    return qEnvironmentVariable("CW_TEST_DATA") + QStringLiteral("/classify/") +
           QLatin1String(name);
}

LabelledSentence sentence(QStringList labels)
{
    LabelledSentence s;
    s.labels = std::move(labels);
    return s;
}

const CategoryScore &category(const EvaluationReport &r, const QString &code)
{
    for (const CategoryScore &c : r.categories) {
        if (c.code == code)
            return c;
    }
    qFatal("no category %s", qPrintable(code));
}

} // namespace

class TestClassifierEvaluation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheTsv()
    {
        auto rows = ClassifierEvaluation::readTsv(dataFile("eval_small.tsv"));
        QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().toString()));
        QCOMPARE(rows->size(), 8);
        QCOMPARE(rows->at(0).doc, QStringLiteral("Lumora"));
        QCOMPARE(rows->at(0).labels, QStringList());
        QCOMPARE(rows->at(2).index, 2);
        QCOMPARE(rows->at(2).labels, (QStringList{"ch", "ter"}));
        // A quoted text field is unquoted, doubled quotes undone.
        QCOMPARE(rows->at(4).text,
                 QStringLiteral("Our \"privacy notice\" forms part of these terms."));
    }

    void rejectsBadFiles()
    {
        auto missing = ClassifierEvaluation::readTsv(dataFile("no_such_file.tsv"));
        QVERIFY(!missing.ok());
        auto noText = ClassifierEvaluation::parseTsv("doc\tlabels\nA\ta\n", "x.tsv");
        QVERIFY(!noText.ok());
        QVERIFY(noText.error().message.contains(QLatin1String("text")));
        auto shortLine = ClassifierEvaluation::parseTsv("labels\tx\ttext\na\n", "y.tsv");
        QVERIFY(!shortLine.ok());
        QVERIFY(shortLine.error().message.contains(QLatin1String("line 2")));
        auto empty = ClassifierEvaluation::parseTsv("", "z.tsv");
        QVERIFY(!empty.ok());
    }

    void scoringMaths()
    {
        // Arbitration: 2 labelled, predicted on 3 sentences of which 1 right.
        // Limitation of liability: 1 labelled, predicted on it only.
        // Jurisdiction: labelled once, never predicted. Other categories: nothing.
        const QList<LabelledSentence> s{
            sentence({"a"}), sentence({"a", "ltd"}),  sentence({}),
            sentence({}),    sentence({"j", "pinc"}), sentence({"pinc"})};
        const QList<QStringList> predicted{{"arbitration"},
                                           {"limitation_of_liability", "data_rights"},
                                           {"arbitration"},
                                           {"arbitration"},
                                           {},
                                           {}};
        const EvaluationReport r = ClassifierEvaluation::score(s, predicted);
        QCOMPARE(r.sentences, 6);
        QCOMPARE(r.categories.size(), 8);
        const CategoryScore &a = category(r, "a");
        QCOMPARE(a.typeKey, QStringLiteral("arbitration"));
        QCOMPARE(a.truePositives, 1);
        QCOMPARE(a.falsePositives, 2);
        QCOMPARE(a.falseNegatives, 1);
        QCOMPARE(a.support(), 2);
        QCOMPARE(a.precision(), 1.0 / 3.0);
        QCOMPARE(a.recall(), 0.5);
        QCOMPARE(a.f1(), 0.4); // 2 * (1/3 * 1/2) / (1/3 + 1/2)
        const CategoryScore &ltd = category(r, "ltd");
        QCOMPARE(ltd.precision(), 1.0);
        QCOMPARE(ltd.recall(), 1.0);
        QCOMPARE(ltd.f1(), 1.0);
        const CategoryScore &j = category(r, "j");
        QCOMPARE(j.falseNegatives, 1);
        QCOMPARE(j.precision(), 0.0); // nothing predicted
        QCOMPARE(j.f1(), 0.0);
        const CategoryScore &cr = category(r, "cr");
        QCOMPARE(cr.support(), 0);
        QCOMPARE(cr.f1(), 0.0);
        QCOMPARE(r.macroF1(), (0.4 + 1.0) / 8.0);
        QCOMPARE(r.macroPrecision(), (1.0 / 3.0 + 1.0) / 8.0);
        QCOMPARE(r.macroRecall(), (0.5 + 1.0) / 8.0);
    }

    void reportFormats()
    {
        EvaluationReport r;
        r.source = QStringLiteral("mine.tsv");
        r.sentences = 3;
        CategoryScore c;
        c.code = QStringLiteral("law");
        c.typeKey = QStringLiteral("choice_of_law");
        c.truePositives = 3;
        c.falsePositives = 1;
        c.falseNegatives = 1;
        r.categories.append(c);
        const QString text = r.toText();
        QVERIFY(text.contains(QLatin1String("mine.tsv")));
        QVERIFY(text.contains(QLatin1String("choice_of_law")));
        QVERIFY(text.contains(QLatin1String("0.750"))); // precision and recall
        const QJsonObject json = r.toJson();
        QCOMPARE(json.value("sentences").toInt(), 3);
        const QJsonObject law = json.value("categories").toArray().first().toObject();
        QCOMPARE(law.value("code").toString(), QStringLiteral("law"));
        QCOMPARE(law.value("tp").toInt(), 3);
        QCOMPARE(law.value("support").toInt(), 4);
        QCOMPARE(law.value("f1").toDouble(), 0.75);
        QCOMPARE(json.value("macro").toObject().value("f1").toDouble(), 0.75);
    }

    void evaluatesTheBuiltinClassifier()
    {
        auto classifier = RuleClassifier::loadBuiltin();
        QVERIFY(classifier.ok());
        auto r = ClassifierEvaluation::evaluateFile(dataFile("eval_small.tsv"), *classifier);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->source, QStringLiteral("eval_small.tsv"));
        QCOMPARE(r->sentences, 8);
        // Each labelled sentence of the file is found, nothing else is flagged.
        for (const QString code : {"a", "ch", "j", "ltd", "ter", "use"}) {
            const CategoryScore &c = category(*r, code);
            QCOMPARE(c.truePositives, 1);
            QCOMPARE(c.falsePositives, 0);
            QCOMPARE(c.falseNegatives, 0);
        }
        QCOMPARE(category(*r, "law").falsePositives, 0); // the consumer's own law is fair
        QCOMPARE(r->macroF1(), 6.0 / 8.0);
    }
};

QTEST_GUILESS_MAIN(TestClassifierEvaluation)
#include "tst_classifierevaluation.moc"
