#include "util/LongestIncreasing.h"

#include <algorithm>

namespace cw {

std::vector<bool> longestIncreasing(const std::vector<int> &seq)
{
    const int n = int(seq.size());
    std::vector<int> tailIndex; // tailIndex[len-1] = index of the smallest tail of a run of len
    std::vector<int> parent(n, -1);
    for (int i = 0; i < n; ++i) {
        auto it = std::lower_bound(tailIndex.begin(), tailIndex.end(), seq[i],
                                   [&](int idx, int value) { return seq[idx] < value; });
        const int len = int(it - tailIndex.begin());
        parent[i] = len > 0 ? tailIndex[len - 1] : -1;
        if (it == tailIndex.end())
            tailIndex.push_back(i);
        else
            *it = i;
    }
    std::vector<bool> in(n, false);
    for (int i = tailIndex.empty() ? -1 : tailIndex.back(); i >= 0; i = parent[i])
        in[i] = true;
    return in;
}

} // namespace cw
