#include "classify/ClassifierEvaluation.h"

#include "classify/RuleClassifier.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace cw {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("cw::ClassifierEvaluation", s);
}

QString unquote(QString text)
{
    if (text.size() >= 2 && text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"'))) {
        text = text.mid(1, text.size() - 2);
        text.replace(QLatin1String("\"\""), QLatin1String("\""));
    }
    return text;
}

} // namespace

const QList<std::pair<QString, QString>> &ClassifierEvaluation::categoryCodes()
{
    static const QList<std::pair<QString, QString>> codes{
        {QStringLiteral("a"), QStringLiteral("arbitration")},
        {QStringLiteral("ch"), QStringLiteral("unilateral_change")},
        {QStringLiteral("cr"), QStringLiteral("content_removal")},
        {QStringLiteral("j"), QStringLiteral("jurisdiction")},
        {QStringLiteral("law"), QStringLiteral("choice_of_law")},
        {QStringLiteral("ltd"), QStringLiteral("limitation_of_liability")},
        {QStringLiteral("ter"), QStringLiteral("unilateral_termination")},
        {QStringLiteral("use"), QStringLiteral("contract_by_using")},
    };
    return codes;
}

Result<QList<LabelledSentence>> ClassifierEvaluation::readTsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(tr("reading %1").arg(path), f.errorString());
    return parseTsv(f.readAll(), path);
}

Result<QList<LabelledSentence>> ClassifierEvaluation::parseTsv(const QByteArray &data,
                                                               const QString &sourceName)
{
    const QString op = tr("reading labelled sentences from %1").arg(sourceName);
    const QStringList lines = QString::fromUtf8(data).split(QLatin1Char('\n'));
    if (lines.isEmpty() || lines.first().trimmed().isEmpty())
        return makeError(op, tr("no header line"));
    const QStringList header = lines.first().trimmed().split(QLatin1Char('\t'));
    const qsizetype labelsCol = header.indexOf(QLatin1String("labels"));
    const qsizetype textCol = header.indexOf(QLatin1String("text"));
    const qsizetype docCol = header.indexOf(QLatin1String("doc"));
    const qsizetype indexCol = header.indexOf(QLatin1String("sentence_index"));
    if (labelsCol < 0 || textCol < 0)
        return makeError(op, tr("the header needs the columns \"labels\" and \"text\""));

    QList<LabelledSentence> out;
    for (qsizetype n = 1; n < lines.size(); ++n) {
        QString line = lines.at(n);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.isEmpty())
            continue;
        const QStringList cols = line.split(QLatin1Char('\t'));
        if (cols.size() <= std::max(labelsCol, textCol))
            return makeError(op, tr("line %1 has %2 columns, expected %3")
                                     .arg(n + 1)
                                     .arg(cols.size())
                                     .arg(header.size()));
        LabelledSentence s;
        s.doc = docCol >= 0 ? cols.at(docCol) : QString();
        s.index = indexCol >= 0 ? cols.at(indexCol).toInt() : int(n - 1);
        for (const QString &l : cols.at(labelsCol).split(QLatin1Char(','), Qt::SkipEmptyParts))
            s.labels.append(l.trimmed());
        // The text is the last column by contract; keep any tab inside it.
        s.text = unquote(textCol == header.size() - 1 ? cols.mid(textCol).join(QLatin1Char('\t'))
                                                      : cols.at(textCol));
        out.append(s);
    }
    return out;
}

QList<QStringList> ClassifierEvaluation::predict(const QList<LabelledSentence> &sentences,
                                                 const RuleClassifier &classifier)
{
    QList<QStringList> out;
    out.reserve(sentences.size());
    const ClassifyContext ctx;
    for (const LabelledSentence &s : sentences) {
        QStringList keys;
        for (const Suggestion &sg : classifier.classify(s.text, ctx))
            keys.append(sg.typeKey);
        out.append(keys);
    }
    return out;
}

EvaluationReport ClassifierEvaluation::score(const QList<LabelledSentence> &sentences,
                                             const QList<QStringList> &predicted)
{
    EvaluationReport r;
    r.sentences = int(sentences.size());
    for (const auto &[code, key] : categoryCodes()) {
        CategoryScore c;
        c.code = code;
        c.typeKey = key;
        for (qsizetype i = 0; i < sentences.size(); ++i) {
            const bool gold = sentences.at(i).labels.contains(code);
            const bool pred = i < predicted.size() && predicted.at(i).contains(key);
            if (gold && pred)
                ++c.truePositives;
            else if (pred)
                ++c.falsePositives;
            else if (gold)
                ++c.falseNegatives;
        }
        r.categories.append(c);
    }
    return r;
}

Result<EvaluationReport> ClassifierEvaluation::evaluateFile(const QString &path,
                                                            const RuleClassifier &classifier)
{
    auto sentences = readTsv(path);
    CW_TRY(sentences);
    EvaluationReport r = score(*sentences, predict(*sentences, classifier));
    r.source = QFileInfo(path).fileName();
    return r;
}

} // namespace cw
