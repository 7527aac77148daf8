#include "diff/block/BlockKeys.h"

#include "diff/token/RowDiffer.h"
#include "diff/token/Tokenizer.h"

#include <QByteArray>
#include <QHash>

namespace cw {

BlockKeys::Keys BlockKeys::compute(QStringView leftText, const QList<DiffBlock> &leftBlocks,
                                   QStringView rightText, const QList<DiffBlock> &rightBlocks,
                                   const DiffOptions &options, TokenInterner &interner)
{
    Keys keys;
    keys.left.resize(leftBlocks.size());
    keys.right.resize(rightBlocks.size());

    if (!options.ignoresAnything()) {
        QHash<QStringView, qint32> ids;
        ids.reserve(leftBlocks.size() + rightBlocks.size());
        auto run = [&](QStringView text, const QList<DiffBlock> &blocks, QList<qint32> &out) {
            for (qsizetype i = 0; i < blocks.size(); ++i) {
                const DiffBlock &b = blocks[i];
                const QStringView body = text.mid(b.bodyStart, b.end() - b.bodyStart);
                auto it = ids.constFind(body);
                out[i] = it != ids.cend() ? it.value() : *ids.insert(body, qint32(ids.size()));
            }
        };
        run(leftText, leftBlocks, keys.left);
        run(rightText, rightBlocks, keys.right);
        keys.count = qint32(ids.size());
        return keys;
    }

    QHash<QByteArray, qint32> ids;
    ids.reserve(leftBlocks.size() + rightBlocks.size());
    QList<Token> tokens;
    QByteArray key;
    auto run = [&](QStringView text, const QList<DiffBlock> &blocks, QList<qint32> &out) {
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            const DiffBlock &b = blocks[i];
            tokens.clear();
            Tokenizer::tokenize(text, b.bodyStart, b.end(), tokens);
            key.clear();
            for (const Token &t : std::as_const(tokens)) {
                if (RowDiffer::ignores(options, t.kind))
                    continue;
                const qint32 id = interner.intern(text.data() + t.start, t.length);
                key.append(reinterpret_cast<const char *>(&id), sizeof id);
            }
            auto it = ids.constFind(key);
            out[i] = it != ids.cend() ? it.value() : *ids.insert(key, qint32(ids.size()));
        }
    };
    run(leftText, leftBlocks, keys.left);
    run(rightText, rightBlocks, keys.right);
    keys.count = qint32(ids.size());
    return keys;
}

} // namespace cw
