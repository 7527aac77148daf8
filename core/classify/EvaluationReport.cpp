#include "classify/EvaluationReport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cw {

namespace {

double ratio(int num, int den)
{
    return den == 0 ? 0.0 : double(num) / double(den);
}

QString fixed(double v)
{
    return QString::number(v, 'f', 3);
}

} // namespace

double CategoryScore::precision() const
{
    return ratio(truePositives, truePositives + falsePositives);
}

double CategoryScore::recall() const
{
    return ratio(truePositives, truePositives + falseNegatives);
}

double CategoryScore::f1() const
{
    const double p = precision(), r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

double EvaluationReport::macroPrecision() const
{
    double sum = 0;
    for (const CategoryScore &c : categories)
        sum += c.precision();
    return categories.isEmpty() ? 0.0 : sum / double(categories.size());
}

double EvaluationReport::macroRecall() const
{
    double sum = 0;
    for (const CategoryScore &c : categories)
        sum += c.recall();
    return categories.isEmpty() ? 0.0 : sum / double(categories.size());
}

double EvaluationReport::macroF1() const
{
    double sum = 0;
    for (const CategoryScore &c : categories)
        sum += c.f1();
    return categories.isEmpty() ? 0.0 : sum / double(categories.size());
}

QString EvaluationReport::toText() const
{
    QString out =
        QCoreApplication::translate("cw::EvaluationReport", "Evaluation of %1 sentences (%2)\n")
            .arg(sentences)
            .arg(source);
    out += QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
               .arg(QStringLiteral("category"), -26)
               .arg(QStringLiteral("code"), -4)
               .arg(QStringLiteral("support"), 7)
               .arg(QStringLiteral("tp"), 5)
               .arg(QStringLiteral("fp"), 5)
               .arg(QStringLiteral("fn"), 5)
               .arg(QStringLiteral("precision"), 9)
               .arg(QStringLiteral("recall"), 7)
               .arg(QStringLiteral("F1"), 6);
    for (const CategoryScore &c : categories) {
        out += QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                   .arg(c.typeKey, -26)
                   .arg(c.code, -4)
                   .arg(c.support(), 7)
                   .arg(c.truePositives, 5)
                   .arg(c.falsePositives, 5)
                   .arg(c.falseNegatives, 5)
                   .arg(fixed(c.precision()), 9)
                   .arg(fixed(c.recall()), 7)
                   .arg(fixed(c.f1()), 6);
    }
    out += QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("macro"), -55)
               .arg(fixed(macroPrecision()), 9)
               .arg(fixed(macroRecall()), 7)
               .arg(fixed(macroF1()), 6);
    return out;
}

QJsonObject EvaluationReport::toJson() const
{
    QJsonArray cats;
    for (const CategoryScore &c : categories) {
        cats.append(QJsonObject{{QStringLiteral("code"), c.code},
                                {QStringLiteral("type"), c.typeKey},
                                {QStringLiteral("support"), c.support()},
                                {QStringLiteral("tp"), c.truePositives},
                                {QStringLiteral("fp"), c.falsePositives},
                                {QStringLiteral("fn"), c.falseNegatives},
                                {QStringLiteral("precision"), c.precision()},
                                {QStringLiteral("recall"), c.recall()},
                                {QStringLiteral("f1"), c.f1()}});
    }
    return QJsonObject{
        {QStringLiteral("source"), source},
        {QStringLiteral("sentences"), sentences},
        {QStringLiteral("categories"), cats},
        {QStringLiteral("macro"), QJsonObject{{QStringLiteral("precision"), macroPrecision()},
                                              {QStringLiteral("recall"), macroRecall()},
                                              {QStringLiteral("f1"), macroF1()}}}};
}

} // namespace cw
