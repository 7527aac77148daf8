#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <vector>

namespace cw {

/// All the lower-case keywords of a rule set in one Aho-Corasick automaton, so
/// that a clause is scanned once for every keyword pre-filter instead of once per
/// keyword (the pre-filters run before any regular expression). Matching folds
/// ASCII case; other characters must match exactly (keywords are lower case).
/// Immutable after finish(); safe to share between threads.
class KeywordIndex
{
public:
    /// Registers a keyword (lower-cased here) and returns its id; the same
    /// keyword always gets the same id. Only before finish().
    int add(const QString &keyword);
    QList<int> addAll(const QStringList &keywords);
    /// Builds the automaton. Call once, after the last add().
    void finish();

    int size() const { return int(m_keywords.size()); }

    /// Marks, in `found` (resized to size()), every keyword that occurs in `text`.
    void scan(QStringView text, std::vector<char> &found) const;

private:
    int classOf(char16_t c) const;
    int addState();

    QStringList m_keywords;
    QHash<QString, int> m_ids;
    QHash<char16_t, int> m_classes; ///< character -> alphabet class (0: any other)
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
