#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace cw {

/// Counts and scores of one category in a classifier evaluation.
/// precision = tp / (tp + fp), 0 when nothing was predicted;
/// recall = tp / (tp + fn), 0 when nothing was labelled; F1 their harmonic mean
/// (0 when both are 0).
struct CategoryScore
{
    QString code;    ///< label code in the TSV, e.g. "ltd"
    QString typeKey; ///< taxonomy key, e.g. "limitation_of_liability"
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;

    int support() const { return truePositives + falseNegatives; }
    double precision() const;
    double recall() const;
    double f1() const;
};

/// Result of ClassifierEvaluation: one score per category, and macro averages
/// (unweighted means over the categories).
struct EvaluationReport
{
    QString source; ///< what was evaluated (file name), for the printed header
    int sentences = 0;
    QList<CategoryScore> categories;

    double macroPrecision() const;
    double macroRecall() const;
    double macroF1() const;

    /// A fixed-width table for people; figures with 3 decimals.
    QString toText() const;
    /// {"source","sentences","categories":[{code,type,support,tp,fp,fn,precision,
    ///  recall,f1}],"macro":{precision,recall,f1}}
    QJsonObject toJson() const;
};

} // namespace cw
