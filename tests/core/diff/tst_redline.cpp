// RedlineLines (the lines and highlights the view and the export share) and
// RedlineHtml (the exported redline document).

#include "diff/ChangeSummary.h"
#include "diff/ClauseChanges.h"
#include "diff/RedlineHtml.h"
#include "diff/RedlineLines.h"
#include "diff/VersionDiffer.h"
#include "segment/Segmenter.h"

#include <QObject>
#include <QRegularExpression>
#include <QTest>

using namespace cw;

namespace {

/// The text with marks shown inline: [-deleted-] {+inserted+} <<moved away>> >>moved here<<.
QString show(const RedlineText &t)
{
    QString out;
    int at = 0;
    for (const RedlineMark &m : t.marks) {
        out += t.text.mid(at, m.start - at);
        const QString body = t.text.mid(m.start, m.length);
        switch (m.style) {
        case RedlineMark::Style::Insert:
            out += QStringLiteral("{+%1+}").arg(body);
            break;
        case RedlineMark::Style::Delete:
            out += QStringLiteral("[-%1-]").arg(body);
            break;
        case RedlineMark::Style::MovedFrom:
            out += QStringLiteral("<<%1>>").arg(body);
            break;
        case RedlineMark::Style::MovedTo:
            out += QStringLiteral(">>%1<<").arg(body);
            break;
        }
        at = m.start + m.length;
    }
    return out + t.text.mid(at);
}

const QString kOld = QStringLiteral(
    "# Terms\n\n## 1. Fees\n\nRefunds are given within 14 days.\n\n## 2. Sharing\n\n"
    "Share your account with your household only.\n\n## 3. Disputes\n\nCourts of Dublin decide "
    "all disputes.\n\nThis paragraph goes away.");
const QString kNew = QStringLiteral(
    "# Terms\n\n## 1. Fees\n\nRefunds are given within 7 days.\n\n## 2. Disputes\n\nCourts of "
    "Dublin decide all disputes.\n\n## 3. Sharing\n\nShare your account with your household "
    "only.\n\nA new paragraph <b>with markup</b> & more.");

} // namespace

class TestRedline : public QObject
{
    Q_OBJECT

    VersionDiff m_diff;
    QList<RedlineLine> m_lines;

    const RedlineLine *find(RedlineLine::Kind kind, const QString &contains, bool left = false)
    {
        for (const RedlineLine &l : std::as_const(m_lines)) {
            const RedlineText t =
                left ? RedlineLines::leftText(m_diff, l) : RedlineLines::rightText(m_diff, l);
            if (l.kind == kind && t.text.contains(contains))
                return &l;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_diff = VersionDiffer::diff(kOld, kNew);
        m_lines = RedlineLines::lines(m_diff);
        QVERIFY(!m_diff.moves.isEmpty());
    }

    void linesCoverBothTexts()
    {
        int left = 0;
        int right = 0;
        for (const RedlineLine &l : std::as_const(m_lines)) {
            left += l.hasLeft ? 1 : 0;
            right += l.hasRight ? 1 : 0;
        }
        // Every block shows once on each side (a split row would show two).
        QCOMPARE(left, int(m_diff.leftBlocks.size()));
        QCOMPARE(right, int(m_diff.rightBlocks.size()));
    }

    void modified()
    {
        const RedlineLine *l = find(RedlineLine::Kind::Modified, QStringLiteral("Refunds"));
        QVERIFY(l);
        QCOMPARE(show(RedlineLines::leftText(m_diff, *l)),
                 QStringLiteral("Refunds are given within [-14-] days."));
        QCOMPARE(show(RedlineLines::rightText(m_diff, *l)),
                 QStringLiteral("Refunds are given within {+7+} days."));
        QCOMPARE(show(RedlineLines::inlineText(m_diff, *l)),
                 QStringLiteral("Refunds are given within [-14-]{+7+} days."));
    }

    void headingsLoseTheirMarks()
    {
        const RedlineLine *l = find(RedlineLine::Kind::Modified, QStringLiteral("Disputes"));
        QVERIFY(l);
        QCOMPARE(l->blockKind, DiffBlock::Kind::Heading);
        QVERIFY(l->renumbered);
        QCOMPARE(show(RedlineLines::inlineText(m_diff, *l)),
                 QStringLiteral("[-3-]{+2+}. Disputes"));
        QCOMPARE(show(RedlineLines::leftText(m_diff, *l)), QStringLiteral("[-3-]. Disputes"));
    }

    void moved()
    {
        const RedlineLine *from =
            find(RedlineLine::Kind::MovedFrom, QStringLiteral("household"), true);
        const RedlineLine *to = find(RedlineLine::Kind::MovedTo, QStringLiteral("household"));
        QVERIFY(from && to);
        QVERIFY(from->hasLeft && !from->hasRight);
        QVERIFY(to->hasRight && !to->hasLeft);
        QCOMPARE(from->moveId, to->moveId);
        QCOMPARE(show(RedlineLines::leftText(m_diff, *from)),
                 QStringLiteral("<<Share your account with your household only.>>"));
        QCOMPARE(show(RedlineLines::inlineText(m_diff, *to)),
                 QStringLiteral(">>Share your account with your household only.<<"));
        QVERIFY(from < to); // the old place comes first in reading order
    }

    void insertedAndDeleted()
    {
        const RedlineLine *del =
            find(RedlineLine::Kind::Deleted, QStringLiteral("goes away"), true);
        const RedlineLine *ins = find(RedlineLine::Kind::Inserted, QStringLiteral("new paragraph"));
        QVERIFY(del && ins);
        QCOMPARE(show(RedlineLines::inlineText(m_diff, *del)),
                 QStringLiteral("[-This paragraph goes away.-]"));
        QVERIFY(RedlineLines::rightText(m_diff, *del).text.isEmpty());
        QCOMPARE(RedlineLines::inlineText(m_diff, *ins).marks.size(), 1);
    }

    void changeIndexes()
    {
        const QList<int> idx = RedlineLines::changeIndexes(m_lines);
        QCOMPARE(idx.size(), m_lines.size());
        int last = -1;
        for (qsizetype i = 0; i < idx.size(); ++i) {
            QCOMPARE(idx[i] >= 0, m_lines[i].isChange());
            if (idx[i] >= 0) {
                QVERIFY(idx[i] == last || idx[i] == last + 1); // numbered in order, no gaps
                last = idx[i];
            }
        }
        QVERIFY(last >= 1);        // the refund edit, then the moved and renumbered stretch
        QCOMPARE(idx.first(), -1); // the title is unchanged
    }

    void html_data()
    {
        QTest::addColumn<bool>("sideBySide");
        QTest::addColumn<int>("context");
        QTest::newRow("inline, whole text") << false << -1;
        QTest::newRow("inline, context 0") << false << 0;
        QTest::newRow("side by side") << true << -1;
    }

    void html()
    {
        QFETCH(bool, sideBySide);
        QFETCH(int, context);
        const ClauseChangeList clauses =
            ClauseChanges::fromSegments(m_diff, Segmenter::segment(kOld), Segmenter::segment(kNew));
        const ChangeSummary summary = ChangeSummary::build(clauses, m_diff.stats);
        RedlineHeader h;
        h.title = QStringLiteral("Redline: Example Terms");
        h.platform = QStringLiteral("Example & Co");
        h.document = QStringLiteral("Example Terms");
        h.termsType = QStringLiteral("Terms of Service");
        h.oldSide = {QStringLiteral("Version 1"),
                     QStringLiteral("2024-01-02T03:04:05Z"),
                     QString(),
                     QStringLiteral("aa11"),
                     QStringLiteral("bb22"),
                     QString()};
        h.newSide = {QStringLiteral("Version 2"),
                     QStringLiteral("2025-06-07T08:09:10Z"),
                     QStringLiteral("2025-06-01"),
                     QStringLiteral("cc33"),
                     QString(),
                     QString()};
        RedlineHtmlOptions o;
        o.sideBySide = sideBySide;
        o.context = context;
        const QString html = RedlineHtml::build(m_diff, clauses, summary, h, o);

        for (const char *needle :
             {"Example &amp; Co", "Version 1", "2024-01-02T03:04:05Z", "aa11", "bb22", "cc33",
              "2025-06-01", "Legend", "<ins>7</ins>", "<del>14</del>", "class=\"mvfrom\"",
              "class=\"mvto\"", "&lt;b&gt;with markup&lt;/b&gt; &amp; more",
              "Content-Security-Policy"})
            QVERIFY2(html.contains(QString::fromUtf8(needle)), needle);
        QVERIFY(html.contains(summary.headline.toHtmlEscaped()));
        QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("http://")) &&
                !html.contains(QStringLiteral("https://")));
        QCOMPARE(html.contains(QStringLiteral("class=\"sbs\"")), sideBySide);
        // Context 0 folds unchanged paragraphs away; the whole text keeps them.
        QCOMPARE(html.contains(QStringLiteral("unchanged paragraph")), context == 0);
        QCOMPARE(html.contains(QStringLiteral(">Terms</div>")), context != 0);
    }
};

QTEST_GUILESS_MAIN(TestRedline)
#include "tst_redline.moc"
