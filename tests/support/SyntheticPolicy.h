#pragma once

// Deterministic synthetic policy text for scale tests and benchmarks: a
// Zipf-distributed vocabulary (common English function words first, then
// made-up content words), so token statistics resemble real prose without
// using anyone's text. Header-only; test and bench code only.

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <random>
#include <vector>

namespace cw::test {

class SyntheticPolicy
{
public:
    struct Document
    {
        QString text;      ///< canonical text (see the brief's canonical format)
        int sections = 0;  ///< "## N. Title" headings, each followed by content
        int listItems = 0; ///< "- " items
        int tableRows = 0; ///< table rows that are not separator rows
    };

    explicit SyntheticPolicy(quint32 seed) : m_rng(seed)
    {
        static const char *const common[] = {
            "the",         "of",        "to",        "and",     "you",    "we",    "a",
            "in",          "or",        "any",       "your",    "our",    "for",   "that",
            "this",        "by",        "with",      "may",     "not",    "be",    "is",
            "are",         "will",      "on",        "as",      "these",  "terms", "service",
            "use",         "such",      "other",     "from",    "at",     "all",   "if",
            "information", "data",      "account",   "content", "law",    "party", "parties",
            "without",     "including", "agreement", "rights",  "notice", "time",  "provide",
            "right",       "us",
        };
        for (const char *w : common)
            m_vocab.append(QString::fromLatin1(w));
        static const char *const onsets[] = {"b", "c", "d", "f", "g",  "l",  "m",  "n",  "p",
                                             "r", "s", "t", "v", "br", "cl", "pr", "st", "tr"};
        static const char *const vowels[] = {"a", "e", "i", "o", "u", "ai", "ou", "ea"};
        QSet<QString> seen(m_vocab.begin(), m_vocab.end());
        std::uniform_int_distribution<int> syllables(2, 4);
        std::uniform_int_distribution<int> onset(0, int(std::size(onsets)) - 1);
        std::uniform_int_distribution<int> vowel(0, int(std::size(vowels)) - 1);
        while (m_vocab.size() < 6000) {
            QString w;
            for (int s = syllables(m_rng); s > 0; --s)
                w += QLatin1String(onsets[onset(m_rng)]) + QLatin1String(vowels[vowel(m_rng)]);
            if (!seen.contains(w)) {
                seen.insert(w);
                m_vocab.append(w);
            }
        }
        double total = 0;
        for (qsizetype r = 0; r < m_vocab.size(); ++r) {
            total += 1.0 / double(r + 1);
            m_cumulative.push_back(total);
        }
    }

    QString word()
    {
        std::uniform_real_distribution<double> u(0.0, m_cumulative.back());
        const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), u(m_rng));
        return m_vocab[std::min<qsizetype>(it - m_cumulative.begin(), m_vocab.size() - 1)];
    }

    /// A capitalised sentence ending with '.'.
    QString sentence(int minWords, int maxWords)
    {
        const int n = std::uniform_int_distribution<int>(minWords, maxWords)(m_rng);
        QString s;
        for (int k = 0; k < n; ++k) {
            QString w = word();
            if (k == 0)
                w[0] = w[0].toUpper();
            else
                s += u' ';
            s += w;
        }
        return s + u'.';
    }

    /// `count` distinct clause texts of one or two sentences.
    QStringList clauses(int count)
    {
        QStringList out;
        QSet<QString> seen;
        while (out.size() < count) {
            QString c = sentence(8, 30);
            if (std::uniform_int_distribution<int>(0, 2)(m_rng) == 0)
                c += u' ' + sentence(6, 20);
            if (!seen.contains(c)) {
                seen.insert(c);
                out.append(c);
            }
        }
        return out;
    }

    /// A canonical document of at least `targetChars` characters: numbered
    /// Markdown sections holding numbered paragraphs, long paragraphs (split
    /// into sentences by the Segmenter), bullet lists and tables.
    Document document(qsizetype targetChars)
    {
        Document d;
        QStringList blocks;
        blocks.append(QStringLiteral("# Synthetic Terms"));
        qsizetype size = 0;
        std::uniform_int_distribution<int> blockKind(0, 5);
        std::uniform_int_distribution<int> blockCount(3, 8);
        while (size < targetChars) {
            ++d.sections;
            const QString heading =
                QStringLiteral("## %1. ").arg(d.sections) + sentence(1, 3).chopped(1);
            blocks.append(heading);
            size += heading.size();
            const int n = blockCount(m_rng);
            int paragraph = 0;
            for (int b = 0; b < n; ++b) {
                QString block;
                switch (blockKind(m_rng)) {
                case 0: { // long paragraph
                    for (int s = 0; s < 8; ++s)
                        block += (s ? QStringLiteral(" ") : QString()) + sentence(10, 20);
                    break;
                }
                case 1: { // bullet list
                    QStringList items;
                    for (int k = 0; k < 3; ++k)
                        items.append(QStringLiteral("- ") + sentence(5, 15));
                    d.listItems += 3;
                    block = items.join(u'\n');
                    break;
                }
                case 2: { // table
                    block = QStringLiteral("| %1 | %2 |\n| --- | --- |").arg(word(), word());
                    for (int k = 0; k < 2; ++k)
                        block += QStringLiteral("\n| %1 | %2 |").arg(sentence(2, 5), word());
                    d.tableRows += 3;
                    break;
                }
                default: // numbered paragraph
                    block = QStringLiteral("%1.%2 ").arg(d.sections).arg(++paragraph) +
                            sentence(8, 25) + u' ' + sentence(5, 15);
                    break;
                }
                blocks.append(block);
                size += block.size() + 2;
            }
        }
        d.text = blocks.join(QStringLiteral("\n\n"));
        return d;
    }

    std::mt19937 &rng() { return m_rng; }

private:
    std::mt19937 m_rng;
    QStringList m_vocab;
    std::vector<double> m_cumulative;
};

} // namespace cw::test
