#include "classify/KeywordIndex.h"

#include <queue>

namespace cw {

namespace {

char16_t fold(char16_t c)
{
    return (c >= u'A' && c <= u'Z') ? char16_t(c + (u'a' - u'A')) : c;
}

} // namespace

int KeywordIndex::keywordId(const QString &keyword)
{
    const auto it = m_ids.constFind(keyword);
    if (it != m_ids.cend())
        return *it;
    const int id = int(m_keywords.size());
    m_keywords.append(keyword);
    m_ids.insert(keyword, id);
    m_setsOfKeyword.emplace_back();
    for (QChar c : keyword) {
        if (!m_classes.contains(c.unicode()))
            m_classes.insert(c.unicode(), m_classCount++);
    }
    return id;
}

int KeywordIndex::addSet(const QStringList &keywords)
{
    Q_ASSERT(!m_finished);
    QStringList lower;
    for (const QString &k : keywords) {
        if (!k.isEmpty())
            lower.append(k.toLower());
    }
    if (lower.isEmpty())
        return -1;
    lower.sort();
    lower.removeDuplicates();
    const QString canonical = lower.join(QChar(0x1F));
    const auto it = m_setIds.constFind(canonical);
    if (it != m_setIds.cend())
        return *it;
    const int setId = int(m_sets.size());
    QList<int> ids;
    for (const QString &k : lower) {
        const int id = keywordId(k);
        ids.append(id);
        m_setsOfKeyword[std::size_t(id)].push_back(setId);
    }
    m_sets.append(ids);
    m_setIds.insert(canonical, setId);
    return setId;
}

int KeywordIndex::classOf(char16_t c) const
{
    return m_classes.value(fold(c), 0);
}

int KeywordIndex::addState()
{
    m_next.resize(std::size_t(m_states + 1) * std::size_t(m_classCount), -1);
    m_out.emplace_back();
    return m_states++;
}

void KeywordIndex::finish()
{
    Q_ASSERT(!m_finished);
    m_finished = true;
    for (int c = 0; c < 128; ++c)
        m_ascii[std::size_t(c)] = classOf(char16_t(c));
    addState(); // root
    for (int id = 0; id < m_keywords.size(); ++id) {
        int s = 0;
        for (QChar ch : m_keywords.at(id)) {
            const std::size_t slot = std::size_t(s) * m_classCount + classOf(ch.unicode());
            if (m_next[slot] < 0) {
                const int n = addState();
                m_next[slot] = n;
            }
            s = m_next[slot];
        }
        m_out[std::size_t(s)].push_back(id);
    }
    // Breadth-first: failure links, completed transitions, merged outputs.
    m_fail.assign(std::size_t(m_states), 0);
    std::queue<int> queue;
    for (int c = 0; c < m_classCount; ++c) {
        int &t = m_next[std::size_t(c)];
        if (t < 0) {
            t = 0;
        } else {
            m_fail[std::size_t(t)] = 0;
            queue.push(t);
        }
    }
    while (!queue.empty()) {
        const int s = queue.front();
        queue.pop();
        const int f = m_fail[std::size_t(s)];
        for (int id : m_out[std::size_t(f)])
            m_out[std::size_t(s)].push_back(id);
        for (int c = 0; c < m_classCount; ++c) {
            int &t = m_next[std::size_t(s) * m_classCount + c];
            const int viaFail = m_next[std::size_t(f) * m_classCount + c];
            if (t < 0) {
                t = viaFail;
            } else {
                m_fail[std::size_t(t)] = viaFail;
                queue.push(t);
            }
        }
    }
    m_outStart.assign(std::size_t(m_states) + 1, 0);
    for (int s = 0; s < m_states; ++s) {
        m_outStart[std::size_t(s) + 1] =
            m_outStart[std::size_t(s)] + int(m_out[std::size_t(s)].size());
        m_outIds.insert(m_outIds.end(), m_out[std::size_t(s)].begin(), m_out[std::size_t(s)].end());
    }
    m_out.clear();
}

void KeywordIndex::scan(QStringView text, std::vector<char> &hitSets) const
{
    hitSets.assign(std::size_t(m_sets.size()), 0);
    if (!m_finished || m_keywords.isEmpty())
        return;
    int s = 0;
    for (QChar qc : text) {
        const char16_t c = qc.unicode();
        const int cls = c < 128 ? m_ascii[c] : classOf(c); // flat table: no hash in the hot loop
        s = m_next[std::size_t(s) * m_classCount + cls];
        for (int i = m_outStart[std::size_t(s)], e = m_outStart[std::size_t(s) + 1]; i < e; ++i) {
            for (int set : m_setsOfKeyword[std::size_t(m_outIds[std::size_t(i)])])
                hitSets[std::size_t(set)] = 1;
        }
    }
}

} // namespace cw
