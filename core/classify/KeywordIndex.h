#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <array>
#include <vector>

namespace cw {

/// All the lower-case keyword pre-filters of a rule set in one Aho-Corasick
/// automaton, so that a clause is scanned once for every pre-filter instead of
/// once per keyword (the pre-filters decide which regular expressions run).
///
/// Pre-filters are registered as keyword *sets*; a scan answers, for every
/// set, whether any of its keywords occurs. Matching folds ASCII case; other
/// characters must match exactly (keywords are lower case).
/// Immutable after finish(); safe to share between threads.
class KeywordIndex
{
public:
    /// Registers a set (keywords lower-cased here) and returns its id, or -1 for
    /// an empty set (no filter). Equal sets share an id. Only before finish().
    int addSet(const QStringList &keywords);
    /// Builds the automaton. Call once, after the last addSet().
    void finish();

    int setCount() const { return int(m_sets.size()); }

    /// Marks, in `hitSets` (resized to setCount()), every set with a keyword in `text`.
    void scan(QStringView text, std::vector<char> &hitSets) const;

private:
    int keywordId(const QString &keyword);
    int classOf(char16_t c) const;
    int addState();

    QStringList m_keywords;
    QHash<QString, int> m_ids;
    QList<QList<int>> m_sets;                      ///< set id -> keyword ids
    QHash<QString, int> m_setIds;                  ///< canonical set text -> set id
    std::vector<std::vector<int>> m_setsOfKeyword; ///< keyword id -> set ids
    QHash<char16_t, int> m_classes;                ///< character -> alphabet class (0: any other)
    int m_classCount = 1;
    std::array<int, 128> m_ascii{}; ///< classes of ASCII characters, ready after finish()
    // Dense DFA after finish(): m_next[state * m_classCount + class].
    std::vector<int> m_next;
    std::vector<int> m_fail;
    std::vector<std::vector<int>> m_out; ///< keyword ids ending in each state (building)
    // Flattened outputs for the scan loop: ids of state s are
    // m_outIds[m_outStart[s] .. m_outStart[s + 1]).
    std::vector<int> m_outStart;
    std::vector<int> m_outIds;
    int m_states = 0;
    bool m_finished = false;
};

} // namespace cw
