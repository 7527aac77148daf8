#include "SyntheticPolicy.h"
#include "segment/ClauseLineage.h"
#include "segment/Segmenter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QTest>

using namespace cw;

namespace {

QString readFixture(const QString &name)
{
    QFile f(qEnvironmentVariable("CW_TEST_DATA") + QStringLiteral("/segment/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(f.readAll());
    while (text.endsWith(u'\n'))
        text.chop(1);
    return text;
}

QList<PreviousClause> previousFrom(const QString &text)
{
    QList<PreviousClause> out;
    for (const ClauseSpan &s : Segmenter::segment(text))
        out.append(PreviousClause{1000 + out.size(), s.textIn(text).toString(), s.headingPath, {}});
    return out;
}

QList<CurrentClause> currentFrom(const QString &text)
{
    QList<CurrentClause> out;
    for (const ClauseSpan &s : Segmenter::segment(text))
        out.append(CurrentClause{s.textIn(text).toString(), s.headingPath, {}});
    return out;
}

template <typename Clause> int findByPrefix(const QList<Clause> &clauses, const QString &prefix)
{
    int found = -1;
    for (int k = 0; k < clauses.size(); ++k) {
        if (clauses[k].text.startsWith(prefix)) {
            if (found >= 0)
                return -2; // ambiguous prefix: a test bug
            found = k;
        }
    }
    return found;
}

/// "status:previousIndex:renumbered" — one readable token per match.
QString describe(const LineageMatch &m)
{
    return QStringLiteral("%1:%2:%3")
        .arg(lineageStatusKey(m.status))
        .arg(m.previousIndex)
        .arg(m.renumbered ? QStringLiteral("renumbered") : QStringLiteral("same-number"));
}

QStringList splitPath(const QString &path)
{
    return path.isEmpty() ? QStringList() : path.split(u'>');
}

} // namespace

class TestClauseLineage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versions_data();
    void versions();
    void versionsRemoved();
    void cases_data();
    void cases();
    void statusKeys();
    void atScale();

private:
    LineageResult versionResult(QList<PreviousClause> &previous, QList<CurrentClause> &current);
};

LineageResult TestClauseLineage::versionResult(QList<PreviousClause> &previous,
                                               QList<CurrentClause> &current)
{
    previous = previousFrom(readFixture(QStringLiteral("lineage-v1.md")));
    current = currentFrom(readFixture(QStringLiteral("lineage-v2.md")));
    return ClauseLineage::match(previous, current);
}

void TestClauseLineage::versions_data()
{
    QTest::addColumn<QString>("clause"); // prefix of the clause in version 2
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("renumbered");
    QTest::addColumn<QString>("previous"); // prefix of its predecessor in version 1, or empty
    const auto row = [](const char *name, const char *clause, const char *status, bool renumbered,
                        const char *previous) {
        QTest::newRow(name) << QString::fromUtf8(clause) << QString::fromLatin1(status)
                            << renumbered << QString::fromUtf8(previous);
    };
    row("unchanged in place", "1.1 You must be at least 18", "unchanged", false, "1.1 You must");
    row("unchanged, next to an addition", "1.2 You are responsible", "unchanged", false,
        "1.2 You are responsible");
    row("added clause", "1.3 You must keep your password", "new", false, "");
    row("moved section, renumbered", "2.1 Any dispute", "moved", true, "4.1 Any dispute");
    row("moved section, modified clause", "2.2 You waive", "moved_modified", true, "4.2 You waive");
    row("renumbered section, same words", "3.1 Subscription fees", "unchanged", true,
        "2.1 Subscription fees");
    row("modified clause", "3.2 We may change our fees", "modified", true,
        "2.2 We may change our fees");
    row("renumbered only", "4.1 You keep ownership", "unchanged", true, "3.1 You keep ownership");
    row("split clause: the first part keeps the lineage", "4.2 You grant us", "modified", true,
        "3.2 You grant us");
    row("split clause: the second part is new", "4.3 We may also use", "new", false, "");
    row("clause moved to another existing section", "We may suspend accounts", "moved", false,
        "We may suspend accounts");
    row("untouched last section", "Write to us", "unchanged", false, "Write to us");
}

void TestClauseLineage::versions()
{
    QFETCH(QString, clause);
    QFETCH(QString, status);
    QFETCH(bool, renumbered);
    QFETCH(QString, previous);
    QList<PreviousClause> prev;
    QList<CurrentClause> cur;
    const LineageResult r = versionResult(prev, cur);
    QVERIFY2(!prev.isEmpty() && !cur.isEmpty(), "fixtures lineage-v1.md / lineage-v2.md missing");
    QCOMPARE(r.matches.size(), cur.size());
    const int c = findByPrefix(cur, clause);
    QVERIFY(c >= 0);
    const LineageMatch &m = r.matches[c];
    QCOMPARE(lineageStatusKey(m.status), status);
    QCOMPARE(m.renumbered, renumbered);
    if (previous.isEmpty()) {
        QCOMPARE(m.previousIndex, -1);
        QCOMPARE(m.lineageId, Q_INT64_C(0));
        QCOMPARE(m.similarity, 0.0);
    } else {
        const int p = findByPrefix(prev, previous);
        QVERIFY(p >= 0);
        QCOMPARE(m.previousIndex, p);
        QCOMPARE(m.lineageId, prev[p].lineageId);
        if (m.status == LineageStatus::Unchanged || m.status == LineageStatus::Moved)
            QCOMPARE(m.similarity, 1.0);
        else
            QVERIFY(m.similarity > 0.0 && m.similarity < 1.0);
    }
}

void TestClauseLineage::versionsRemoved()
{
    QList<PreviousClause> prev;
    QList<CurrentClause> cur;
    const LineageResult r = versionResult(prev, cur);
    QCOMPARE(r.removed.size(), 1);
    QVERIFY(prev[r.removed.front()].text.startsWith(u"2.3 Refunds are not available"));
}

void TestClauseLineage::cases_data()
{
    // Paths are written "A>B"; expected matches as "status:previousIndex:renumbered".
    QTest::addColumn<QStringList>("previousTexts");
    QTest::addColumn<QStringList>("previousPaths");
    QTest::addColumn<QStringList>("currentTexts");
    QTest::addColumn<QStringList>("currentPaths");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QList<int>>("removed");
    const QString a = QStringLiteral("You must be at least 18 years old to register.");
    const QString b = QStringLiteral("We may change these terms at any time.");
    const QString c = QStringLiteral("Refunds are issued within fourteen days.");
    const QString d = QStringLiteral("Disputes go to the courts of Lisbon.");
    const QString e = QStringLiteral("Write to us at our postal address.");
    const QString none = QString();

    QTest::newRow("identical") << QStringList{a, b, c} << QStringList{none, none, none}
                               << QStringList{a, b, c} << QStringList{none, none, none}
                               << QStringList{QStringLiteral("unchanged:0:same-number"),
                                              QStringLiteral("unchanged:1:same-number"),
                                              QStringLiteral("unchanged:2:same-number")}
                               << QList<int>{};
    QTest::newRow("everything new")
        << QStringList{} << QStringList{} << QStringList{a, b} << QStringList{none, none}
        << QStringList{QStringLiteral("new:-1:same-number"), QStringLiteral("new:-1:same-number")}
        << QList<int>{};
    QTest::newRow("everything removed")
        << QStringList{a, b} << QStringList{none, none} << QStringList{} << QStringList{}
        << QStringList{} << QList<int>{0, 1};
    QTest::newRow("re-wrapped text is unchanged")
        << QStringList{QStringLiteral("We may change\nthese  terms at any time.")}
        << QStringList{none} << QStringList{b} << QStringList{none}
        << QStringList{QStringLiteral("unchanged:0:same-number")} << QList<int>{};
    QTest::newRow("one clause moved ahead")
        << QStringList{a, b, c, d, e} << QStringList{none, none, none, none, none}
        << QStringList{a, d, b, c, e} << QStringList{none, none, none, none, none}
        << QStringList{QStringLiteral("unchanged:0:same-number"),
                       QStringLiteral("moved:3:same-number"),
                       QStringLiteral("unchanged:1:same-number"),
                       QStringLiteral("unchanged:2:same-number"),
                       QStringLiteral("unchanged:4:same-number")}
        << QList<int>{};
    QTest::newRow("renamed heading is not a move")
        << QStringList{e} << QStringList{QStringLiteral("Terms>Contact")} << QStringList{e}
        << QStringList{QStringLiteral("Terms>Contact us")}
        << QStringList{QStringLiteral("unchanged:0:same-number")} << QList<int>{};
    QTest::newRow("moved to another existing heading")
        << QStringList{a, b, c}
        << QStringList{QStringLiteral("A"), QStringLiteral("A"), QStringLiteral("B")}
        << QStringList{a, b, c}
        << QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("B")}
        << QStringList{QStringLiteral("unchanged:0:same-number"),
                       QStringLiteral("moved:1:same-number"),
                       QStringLiteral("unchanged:2:same-number")}
        << QList<int>{};
    QTest::newRow("a subheading added above is not a move")
        << QStringList{a, b} << QStringList{QStringLiteral("A>S"), QStringLiteral("A")}
        << QStringList{a, b} << QStringList{QStringLiteral("A>S"), QStringLiteral("A>S")}
        << QStringList{QStringLiteral("unchanged:0:same-number"),
                       QStringLiteral("unchanged:1:same-number")}
        << QList<int>{};
    QTest::newRow("a subheading removed above is not a move")
        << QStringList{a, b} << QStringList{QStringLiteral("A"), QStringLiteral("A>S")}
        << QStringList{a, b} << QStringList{QStringLiteral("A"), QStringLiteral("A")}
        << QStringList{QStringLiteral("unchanged:0:same-number"),
                       QStringLiteral("unchanged:1:same-number")}
        << QList<int>{};
    QTest::newRow("a level of numbering dropped")
        << QStringList{QStringLiteral("1. a. ") + c} << QStringList{none}
        << QStringList{QStringLiteral("1. ") + c} << QStringList{none}
        << QStringList{QStringLiteral("unchanged:0:renumbered")} << QList<int>{};
    QTest::newRow("renumbered heading")
        << QStringList{c} << QStringList{QStringLiteral("Terms>4. Refunds")} << QStringList{c}
        << QStringList{QStringLiteral("Terms>5. Refunds")}
        << QStringList{QStringLiteral("unchanged:0:renumbered")} << QList<int>{};
    QTest::newRow("renumbered clause")
        << QStringList{QStringLiteral("4.2 ") + c} << QStringList{none}
        << QStringList{QStringLiteral("4.3 ") + c} << QStringList{none}
        << QStringList{QStringLiteral("unchanged:0:renumbered")} << QList<int>{};
    QTest::newRow("duplicates: the same heading wins")
        << QStringList{QStringLiteral("Not applicable."), QStringLiteral("Not applicable.")}
        << QStringList{QStringLiteral("A"), QStringLiteral("B")}
        << QStringList{QStringLiteral("Not applicable.")} << QStringList{QStringLiteral("B")}
        << QStringList{QStringLiteral("unchanged:1:same-number")} << QList<int>{0};
    QTest::newRow("unrelated text is new")
        << QStringList{b} << QStringList{none} << QStringList{c} << QStringList{none}
        << QStringList{QStringLiteral("new:-1:same-number")} << QList<int>{0};
    QTest::newRow("negation added is modified")
        << QStringList{QStringLiteral("We sell your personal data to advertisers.")}
        << QStringList{none}
        << QStringList{QStringLiteral("We do not sell your personal data to advertisers.")}
        << QStringList{none} << QStringList{QStringLiteral("modified:0:same-number")}
        << QList<int>{};
    QTest::newRow("one-to-one: the most similar wins")
        << QStringList{QStringLiteral("You may cancel at any time by email."),
                       QStringLiteral("You may cancel at any time by post or email.")}
        << QStringList{none, none}
        << QStringList{QStringLiteral("You may cancel at any time by email or phone.")}
        << QStringList{none} << QStringList{QStringLiteral("modified:1:same-number")}
        << QList<int>{0};
    QTest::newRow("merged clauses: the larger part keeps the lineage")
        << QStringList{QStringLiteral("You must be 18 or older to register."),
                       QStringLiteral("You must live in a country where we operate.")}
        << QStringList{none, none}
        << QStringList{QStringLiteral("You must be 18 or older to register and you must live in "
                                      "a country where we operate.")}
        << QStringList{none} << QStringList{QStringLiteral("modified:1:same-number")}
        << QList<int>{0};
    QTest::newRow("a short sentence does not inherit a long clause")
        << QStringList{QStringLiteral("You agree that we may suspend or terminate your account "
                                      "at any time for any reason without notice to you.")}
        << QStringList{none} << QStringList{QStringLiteral("You agree.")} << QStringList{none}
        << QStringList{QStringLiteral("new:-1:same-number")} << QList<int>{0};
}

void TestClauseLineage::cases()
{
    QFETCH(QStringList, previousTexts);
    QFETCH(QStringList, previousPaths);
    QFETCH(QStringList, currentTexts);
    QFETCH(QStringList, currentPaths);
    QFETCH(QStringList, expected);
    QFETCH(QList<int>, removed);
    QList<PreviousClause> previous;
    for (int k = 0; k < previousTexts.size(); ++k)
        previous.append(PreviousClause{100 + k, previousTexts[k], splitPath(previousPaths[k]), {}});
    QList<CurrentClause> current;
    for (int k = 0; k < currentTexts.size(); ++k)
        current.append(CurrentClause{currentTexts[k], splitPath(currentPaths[k]), {}});

    const LineageResult r = ClauseLineage::match(previous, current);
    QStringList actual;
    for (const LineageMatch &m : r.matches) {
        actual.append(describe(m));
        QCOMPARE(m.lineageId, qint64(m.previousIndex >= 0 ? 100 + m.previousIndex : 0));
    }
    QCOMPARE(actual, expected);
    QCOMPARE(r.removed, removed);
}

void TestClauseLineage::statusKeys()
{
    for (LineageStatus s : {LineageStatus::New, LineageStatus::Unchanged, LineageStatus::Modified,
                            LineageStatus::Moved, LineageStatus::MovedModified})
        QCOMPARE(lineageStatusFromKey(lineageStatusKey(s)), std::optional<LineageStatus>(s));
    QCOMPARE(lineageStatusKey(LineageStatus::MovedModified), QStringLiteral("moved_modified"));
    QVERIFY(!lineageStatusFromKey(u"bogus").has_value());
}

/// 5,000 clauses in 50 sections; version 2 deletes every 50th clause, edits
/// one word of every 20th, adds 100 clauses, moves section 10 to the end and
/// renumbers everything. Every clause's lineage is checked; the time printed.
void TestClauseLineage::atScale()
{
    test::SyntheticPolicy generator(7);
    const QStringList base = generator.clauses(5000);
    const QStringList added = test::SyntheticPolicy(99).clauses(100);
    constexpr int kSections = 50;
    constexpr int kPerSection = 100;
    constexpr int kMovedSection = 10;

    QList<PreviousClause> previous;
    for (int s = 0; s < kSections; ++s) {
        const QStringList path{QStringLiteral("Terms"),
                               QStringLiteral("%1. Part %2").arg(s + 1).arg(s)};
        for (int k = 0; k < kPerSection; ++k)
            previous.append(PreviousClause{
                previous.size() + 1,
                QStringLiteral("%1.%2 ").arg(s + 1).arg(k + 1) + base[s * kPerSection + k], path, {}});
    }

    struct Expected
    {
        LineageStatus status;
        int previousIndex;
        bool renumbered;
    };
    QList<CurrentClause> current;
    QList<Expected> expected;
    QList<int> deleted;
    int addedUsed = 0;
    QList<int> order;
    for (int s = 0; s < kSections; ++s) {
        if (s != kMovedSection)
            order.append(s);
    }
    order.append(kMovedSection);
    for (int position = 0; position < kSections; ++position) {
        const int s = order[position];
        const QStringList path{QStringLiteral("Terms"),
                               QStringLiteral("%1. Part %2").arg(position + 1).arg(s)};
        int number = 0;
        for (int k = 0; k < kPerSection; ++k) {
            const int p = s * kPerSection + k;
            if (p % 50 == 49) {
                deleted.append(p);
                continue;
            }
            QString words = base[p];
            const bool modified = p % 20 == 3;
            if (modified) {
                QStringList w = words.split(u' ');
                w[w.size() / 2] = QStringLiteral("zzzchanged");
                words = w.join(u' ');
            }
            const QString num = QStringLiteral("%1.%2").arg(position + 1).arg(++number);
            current.append(CurrentClause{num + u' ' + words, path, {}});
            const bool moved = s == kMovedSection;
            const LineageStatus status =
                modified ? (moved ? LineageStatus::MovedModified : LineageStatus::Modified)
                         : (moved ? LineageStatus::Moved : LineageStatus::Unchanged);
            expected.append(
                Expected{status, p, num != QStringLiteral("%1.%2").arg(s + 1).arg(k + 1)});
            if (k % 50 == 10 && addedUsed < added.size()) {
                current.append(CurrentClause{
                    QStringLiteral("%1.%2 ").arg(position + 1).arg(++number) + added[addedUsed++],
                    path, {}});
                expected.append(Expected{LineageStatus::New, -1, false});
            }
        }
    }

    QElapsedTimer timer;
    timer.start();
    const LineageResult r = ClauseLineage::match(previous, current);
    const qint64 ns = timer.nsecsElapsed();
    qInfo("lineage of %lld x %lld clauses in %.1f ms", qlonglong(previous.size()),
          qlonglong(current.size()), ns / 1e6);

    QCOMPARE(r.matches.size(), expected.size());
    for (int c = 0; c < expected.size(); ++c) {
        const LineageMatch &m = r.matches[c];
        const QString where = QStringLiteral("clause %1: %2").arg(c).arg(current[c].text.left(40));
        QVERIFY2(m.status == expected[c].status && m.previousIndex == expected[c].previousIndex,
                 qPrintable(where + QStringLiteral(" got ") + describe(m)));
        QVERIFY2(m.renumbered == expected[c].renumbered, qPrintable(where));
    }
    std::sort(deleted.begin(), deleted.end());
    QCOMPARE(r.removed, deleted);
}

QTEST_GUILESS_MAIN(TestClauseLineage)
#include "tst_clauselineage.moc"
