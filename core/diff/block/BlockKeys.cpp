#include "diff/block/BlockKeys.h"

#include "diff/token/RowDiffer.h"

#include <QByteArray>
#include <QHash>

namespace cw {

BlockKeys::Keys BlockKeys::compute(BlockTokens &left, BlockTokens &right, const DiffOptions &options)
{
    const QStringView leftText = left.text(), rightText = right.text();
    const QList<DiffBlock> &leftBlocks = left.blocks(), &rightBlocks = right.blocks();
    Keys keys;
    keys.left.resize(leftBlocks.size());
    keys.right.resize(rightBlocks.size());

    if (!options.ignoresAnything()) {
        // Raw bodies, interned by a fast whole-string hash.
        TokenInterner bodies(false);
        auto run = [&](QStringView text, const QList<DiffBlock> &blocks, QList<qint32> &out) {
            for (qsizetype i = 0; i < blocks.size(); ++i) {
                const DiffBlock &b = blocks[i];
                const QStringView body = text.mid(b.bodyStart, b.end() - b.bodyStart);
                out[i] = bodies.intern(body.data(), body.size(),
                                       TokenInterner::fastHash(body.data(), body.size()));
            }
        };
        run(leftText, leftBlocks, keys.left);
        run(rightText, rightBlocks, keys.right);
        keys.count = bodies.count();
        return keys;
    }

    QHash<QByteArray, qint32> ids;
    ids.reserve(leftBlocks.size() + rightBlocks.size());
    QByteArray key;
    auto run = [&](BlockTokens &tokens, QList<qint32> &out) {
        for (qsizetype i = 0; i < out.size(); ++i) {
            const BlockTokens::View v = tokens.get(int(i));
            key.clear();
            for (qint32 t = v.bodyIndex; t < v.count; ++t) {
                if (RowDiffer::ignores(options, v.tokens[t].kind))
                    continue;
                key.append(reinterpret_cast<const char *>(v.ids + t), sizeof(qint32));
            }
            auto it = ids.constFind(key);
            out[i] = it != ids.cend() ? it.value() : *ids.insert(key, qint32(ids.size()));
        }
    };
    run(left, keys.left);
    run(right, keys.right);
    keys.count = qint32(ids.size());
    return keys;
}

} // namespace cw
