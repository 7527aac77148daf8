// VersionDiffer behaviour: moves and their threshold, renumbering, options,
// cancellation, the work bound, threads, and the structural contracts on
// randomly edited documents.

#include "DiffTestSupport.h"

#include "diff/DiffTextRenderer.h"
#include "diff/VersionDiffer.h"

#include <QElapsedTimer>
#include <QObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <thread>

using namespace cw;

namespace {

const char *const kWords[] = {"we", "may", "share", "your", "data", "with", "partners", "for",
                              "billing", "and", "security", "purposes", "you", "must", "not",
                              "use", "the", "service", "to", "harm", "others", "or", "breach",
                              "these", "terms", "unless", "law", "requires", "it", "notice"};

QString sentence(QRandomGenerator &rng, int words)
{
    QStringList w;
    for (int i = 0; i < words; ++i)
        w << QString::fromLatin1(kWords[rng.bounded(int(std::size(kWords)))]);
    w[0][0] = w[0][0].toUpper();
    return w.join(QLatin1Char(' ')) + QLatin1Char('.');
}

QStringList randomBlocks(QRandomGenerator &rng, int count)
{
    QStringList blocks;
    int section = 1;
    for (int i = 0; i < count; ++i) {
        switch (rng.bounded(6)) {
        case 0: blocks << QStringLiteral("## %1. %2").arg(section++).arg(sentence(rng, 2).chopped(1)); break;
        case 1: blocks << QStringLiteral("- %1\n- %2").arg(sentence(rng, 5), sentence(rng, 6)); break;
        default: blocks << sentence(rng, 8 + int(rng.bounded(20))) + QLatin1Char(' ') + sentence(rng, 6); break;
        }
    }
    return blocks;
}

// Random edits of the kinds the diff must handle.
QStringList edit(QRandomGenerator &rng, QStringList blocks)
{
    const int edits = 1 + int(rng.bounded(6));
    for (int e = 0; e < edits && !blocks.isEmpty(); ++e) {
        const qsizetype i = qsizetype(rng.bounded(quint32(blocks.size())));
        switch (rng.bounded(7)) {
        case 0: { // word change
            QStringList w = blocks[i].split(QLatin1Char(' '));
            w[qsizetype(rng.bounded(quint32(w.size())))] = QStringLiteral("changed");
            blocks[i] = w.join(QLatin1Char(' '));
            break;
        }
        case 1: blocks.removeAt(i); break;
        case 2: blocks.insert(i, sentence(rng, 12)); break;
        case 3: { // move
            const QString b = blocks.takeAt(i);
            blocks.insert(qsizetype(rng.bounded(quint32(blocks.size() + 1))), b);
            break;
        }
        case 4: { // split
            const qsizetype dot = blocks[i].indexOf(QStringLiteral(". "));
            if (dot > 0)
                blocks[i] = blocks[i].left(dot + 1) + QStringLiteral("\n\n") + blocks[i].mid(dot + 2);
            break;
        }
        case 5: // merge
            if (i + 1 < blocks.size())
                blocks[i] = blocks[i] + QLatin1Char(' ') + blocks.takeAt(i + 1);
            break;
        default: // renumber
            blocks[i].replace(QRegularExpression(QStringLiteral("^## (\\d+)")), QStringLiteral("## 99"));
            break;
        }
    }
    return blocks;
}

QString join(const QStringList &blocks)
{
    return blocks.join(QStringLiteral("\n\n"));
}

const DiffRow *findRow(const VersionDiff &d, DiffRow::Kind kind)
{
    for (const DiffHunk &h : d.hunks)
        for (const DiffRow &r : h.rows)
            if (r.kind == kind)
                return &r;
    return nullptr;
}

QString paragraph(int n)
{
    QRandomGenerator rng(quint32(1000 + n));
    return sentence(rng, 25) + QLatin1Char(' ') + sentence(rng, 15);
}

} // namespace

class tst_VersionDiffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identical()
    {
        const QString text = join({QStringLiteral("# Terms"), paragraph(1), paragraph(2)});
        const VersionDiff d = VersionDiffer::diff(text, text);
        QVERIFY(!d.hasChanges());
        QCOMPARE(d.hunks.size(), 1);
        QCOMPARE(d.hunks[0].leftBlockCount, 3);
        QCOMPARE(d.stats.blocksChanged(), 0);
        QVERIFY(!d.fallbackUsed);
    }

    void movedParagraphIsAMove_data()
    {
        QTest::addColumn<int>("wordsChanged");
        QTest::addColumn<bool>("isMove");
        QTest::newRow("verbatim") << 0 << true;
        QTest::newRow("one word of 40") << 1 << true;
        QTest::newRow("two words of 40") << 2 << true;
        QTest::newRow("half rewritten") << 20 << false;
    }
    void movedParagraphIsAMove()
    {
        QFETCH(int, wordsChanged);
        QFETCH(bool, isMove);
        const QString moved = paragraph(0);
        QStringList words = moved.split(QLatin1Char(' '));
        for (int k = 0; k < wordsChanged; ++k)
            words[2 * k] = QStringLiteral("zz%1").arg(k);
        const QString oldText = join({moved, paragraph(1), paragraph(2), paragraph(3)});
        const QString newText = join({paragraph(1), paragraph(2), paragraph(3), words.join(u' ')});
        const VersionDiff d = VersionDiffer::diff(oldText, newText);
        QCOMPARE(d.moves.size(), isMove ? 1 : 0);
        QCOMPARE(findRow(d, DiffRow::Kind::MovedTo) != nullptr, isMove);
        QCOMPARE(findRow(d, DiffRow::Kind::Deleted) != nullptr, !isMove);
        if (isMove) {
            QCOMPARE(d.stats.blocksMoved, 1);
            QCOMPARE(d.stats.wordsAdded, wordsChanged);
            QCOMPARE(d.stats.wordsRemoved, wordsChanged);
            QCOMPARE(d.stats.wordsMoved, 40 - wordsChanged);
        }
        const QString broken = test::checkInvariants(d, {});
        QVERIFY2(broken.isEmpty(), qPrintable(broken));
    }

    void moveOptions()
    {
        const QString moved = paragraph(0);
        QStringList words = moved.split(QLatin1Char(' '));
        words[3] = QStringLiteral("altered");
        const QString oldText = join({moved, paragraph(1), paragraph(2)});
        const QString newText = join({paragraph(1), paragraph(2), words.join(u' ')});
        DiffOptions exactOnly;
        exactOnly.moveSimilarity = 1.0;
        QCOMPARE(VersionDiffer::diff(oldText, newText, exactOnly).moves.size(), 0);
        DiffOptions noMoves;
        noMoves.detectMoves = false;
        const QString verbatim = join({paragraph(1), paragraph(2), moved});
        QCOMPARE(VersionDiffer::diff(oldText, verbatim, noMoves).moves.size(), 0);
        QCOMPARE(VersionDiffer::diff(oldText, verbatim).moves.size(), 1);
    }

    // A moved section is one move, even with its heading renumbered; the
    // smaller side of the reordering is the one that moved.
    void movedSectionIsOneMove()
    {
        const QString oldText = join({QStringLiteral("## 1. Scope"), paragraph(1),
                                      QStringLiteral("## 2. Termination"), paragraph(2), paragraph(3),
                                      QStringLiteral("## 3. Law"), paragraph(4), paragraph(5),
                                      QStringLiteral("## 4. Contact"), paragraph(6)});
        const QString newText = join({QStringLiteral("## 1. Scope"), paragraph(1),
                                      QStringLiteral("## 2. Law"), paragraph(4), paragraph(5),
                                      QStringLiteral("## 3. Contact"), paragraph(6),
                                      QStringLiteral("## 4. Termination"), paragraph(2), paragraph(3)});
        const VersionDiff d = VersionDiffer::diff(oldText, newText);
        QCOMPARE(d.moves.size(), 1);
        QCOMPARE(d.moves[0].blockCount, 3);
        QCOMPARE(d.moves[0].leftBlock, 2);
        QCOMPARE(d.moves[0].rightBlock, 7);
        QCOMPARE(d.stats.blocksMoved, 3);
        QCOMPARE(d.stats.wordsAdded, 0); // renumberings ("2." -> "4.") are not words
        QCOMPARE(d.stats.blocksRenumbered, 2); // Law and Contact
        QCOMPARE(d.stats.blocksChanged(), 3);
    }

    void renumberingAlone()
    {
        const QString oldText = join({QStringLiteral("## 12. Fees"), paragraph(1)});
        const QString newText = join({QStringLiteral("## 13. Fees"), paragraph(1)});
        const VersionDiff d = VersionDiffer::diff(oldText, newText);
        QCOMPARE(d.stats.blocksRenumbered, 1);
        QCOMPARE(d.stats.blocksChanged(), 0);
        const DiffRow *row = findRow(d, DiffRow::Kind::Modified);
        QVERIFY(row);
        QVERIFY(row->renumbered);
        // And with a real change too, it is a modification that shows both.
        const QString changed = join({QStringLiteral("## 13. Fees and Refunds"), paragraph(1)});
        const VersionDiff d2 = VersionDiffer::diff(oldText, changed);
        QCOMPARE(d2.stats.blocksModified, 1);
        QCOMPARE(d2.stats.blocksRenumbered, 0);
        QVERIFY(DiffTextRenderer::render(d2).contains(QStringLiteral("## [-12-]{+13+}. Fees{+ and Refunds+}")));
    }

    void cancelledBeforeStart()
    {
        std::atomic_bool cancel{true};
        const VersionDiff d = VersionDiffer::diff(paragraph(1), paragraph(2), {}, &cancel);
        QVERIFY(d.cancelled);
        QVERIFY(d.hunks.isEmpty());
        QVERIFY(d.moves.isEmpty());
    }

    void cancelledFromAnotherThread()
    {
        QRandomGenerator rng(3);
        QStringList a, b;
        for (int i = 0; i < 40; ++i) {
            a << sentence(rng, 3000);
            b << sentence(rng, 3000);
        }
        std::atomic_bool cancel{false};
        DiffOptions unbounded;
        unbounded.workBudget = 4'000'000'000;
        unbounded.maxEditCost = 0;
        std::thread stopper([&cancel] {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            cancel = true;
        });
        QElapsedTimer timer;
        timer.start();
        const VersionDiff d = VersionDiffer::diff(join(a), join(b), unbounded, &cancel);
        stopper.join();
        QVERIFY(d.cancelled);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    void workBoundGivesWholeReplacements()
    {
        QRandomGenerator rng(5);
        const QString a = sentence(rng, 2000), b = sentence(rng, 2000);
        DiffOptions tight;
        tight.workBudget = 10'000;
        const VersionDiff d = VersionDiffer::diff(a, b, tight);
        QVERIFY(d.fallbackUsed);
        QVERIFY(!d.fallbackReason.isEmpty());
        QVERIFY(d.work < 10'000 + 200'000);
        const QString broken = test::checkInvariants(d, tight);
        QVERIFY2(broken.isEmpty(), qPrintable(broken));
        // Default options on the same pair: bounded by the edit cost instead.
        const VersionDiff dflt = VersionDiffer::diff(a, b);
        QVERIFY(dflt.fallbackUsed);
        QVERIFY(dflt.work <= VersionDiffer::automaticWorkBudget(a.size(), b.size()) + 200'000);
    }

    void sameResultOnTwoThreads()
    {
        QRandomGenerator rng(11);
        const QStringList blocks = randomBlocks(rng, 200);
        const QString a = join(blocks), b = join(edit(rng, blocks));
        const QString expected = DiffTextRenderer::render(VersionDiffer::diff(a, b));
        QString r1, r2;
        std::thread t1([&] { r1 = DiffTextRenderer::render(VersionDiffer::diff(a, b)); });
        std::thread t2([&] { r2 = DiffTextRenderer::render(VersionDiffer::diff(a, b)); });
        t1.join();
        t2.join();
        QCOMPARE(r1, expected);
        QCOMPARE(r2, expected);
    }

    void randomEdits_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<QString>("options");
        const QStringList variants{QString(), QStringLiteral("ignoreWhitespace"),
                                   QStringLiteral("ignoreCase\nignorePunctuation"),
                                   QStringLiteral("ignoreFormatting\nnoCleanup"),
                                   QStringLiteral("maxEditCost=4")};
        for (quint32 seed = 1; seed <= 60; ++seed)
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed)))
                << seed << variants[qsizetype(seed % variants.size())];
    }
    void randomEdits()
    {
        QFETCH(quint32, seed);
        QFETCH(QString, options);
        QString error;
        const DiffOptions o = test::parseOptions(options, &error);
        QVERIFY(error.isEmpty());
        QRandomGenerator rng(seed);
        const QStringList blocks = randomBlocks(rng, 5 + int(rng.bounded(60)));
        const QString a = join(blocks), b = join(edit(rng, blocks));
        const VersionDiff d = VersionDiffer::diff(a, b, o);
        QVERIFY(!d.cancelled);
        const QString broken = test::checkInvariants(d, o);
        QVERIFY2(broken.isEmpty(), qPrintable(broken + QStringLiteral("\n") + DiffTextRenderer::render(d)));
        if (a == b)
            QVERIFY(!d.hasChanges());
        else if (!o.ignoresAnything())
            QVERIFY(d.hasChanges());
    }
};

QTEST_GUILESS_MAIN(tst_VersionDiffer)
#include "tst_versiondiffer.moc"
