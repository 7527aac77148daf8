#pragma once

#include "classify/EvaluationReport.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <utility>

namespace cw {

class RuleClassifier;

/// One row of a labelled sentence file.
struct LabelledSentence
{
    QString doc;
    int index = 0;
    QStringList labels; ///< category codes judged potentially or clearly unfair
    QString text;
};

/// Measures the classifier on a labelled sentence file in the unfair-clauses TSV
/// format: a header line naming at least the columns `labels` and `text`
/// (usually doc, sentence_index, labels, all_tags, text), one sentence per line,
/// `labels` a comma-separated list of codes. The eight codes a, ch, cr, j, law,
/// ltd, ter, use map to taxonomy keys (categoryCodes()); other codes are ignored.
/// A text field wrapped in double quotes is unquoted ("" -> ").
class ClassifierEvaluation
{
public:
    /// (code, taxonomy key) pairs in report order.
    static const QList<std::pair<QString, QString>> &categoryCodes();

    static Result<QList<LabelledSentence>> readTsv(const QString &path);
    static Result<QList<LabelledSentence>> parseTsv(const QByteArray &data,
                                                    const QString &sourceName);

    /// The taxonomy keys suggested for each sentence (one list per sentence).
    static QList<QStringList> predict(const QList<LabelledSentence> &sentences,
                                      const RuleClassifier &classifier);

    /// Pure scoring: `predicted[i]` holds the taxonomy keys suggested for
    /// `sentences[i]`; keys outside the eight categories are ignored.
    /// Precondition: predicted.size() == sentences.size().
    static EvaluationReport score(const QList<LabelledSentence> &sentences,
                                  const QList<QStringList> &predicted);

    /// readTsv + predict + score.
    static Result<EvaluationReport> evaluateFile(const QString &path,
                                                 const RuleClassifier &classifier);
};

} // namespace cw
