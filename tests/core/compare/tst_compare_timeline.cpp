// AdoptionTimeline: when platforms introduced, changed or dropped a clause
// type, from hand-written lineage presence.

#include "compare/AdoptionTimeline.h"

#include <QObject>
#include <QTest>

using namespace cw;

namespace {

// A document with versions 1..n (ids docId*10 + number), first seen on the
// given days of 2024.
TimelineDocument document(qint64 platformId, const QString &platform, qint64 docId,
                          const QList<int> &days)
{
    TimelineDocument d{platformId, platform, docId, QStringLiteral("Terms of Service"), {}};
    for (int i = 0; i < days.size(); ++i)
        d.versions.append(
            {docId * 10 + i + 1, i + 1,
             QStringLiteral("2024-01-%1T00:00:00Z").arg(days.at(i), 2, 10, QLatin1Char('0'))});
    return d;
}

// "v<number>:<lineage><status letter>" tokens, e.g. "1:7u 2:7m 2:8n"
// (u unchanged, m modified, n new, v moved, w moved+modified).
QList<LineagePresence> presence(qint64 docId, const QString &spec)
{
    QList<LineagePresence> out;
    for (const QString &tok : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const int colon = tok.indexOf(QLatin1Char(':'));
        const int number = tok.left(colon).toInt();
        const QChar st = tok.back();
        const qint64 lineage = tok.mid(colon + 1, tok.size() - colon - 2).toLongLong();
        LineageStatus s = LineageStatus::Unchanged;
        if (st == QLatin1Char('m'))
            s = LineageStatus::Modified;
        else if (st == QLatin1Char('n'))
            s = LineageStatus::New;
        else if (st == QLatin1Char('v'))
            s = LineageStatus::Moved;
        else if (st == QLatin1Char('w'))
            s = LineageStatus::MovedModified;
        out.append({docId * 10 + number, lineage, s});
    }
    return out;
}

QString render(const QList<AdoptionEvent> &events)
{
    QStringList parts;
    for (const AdoptionEvent &e : events)
        parts << QStringLiteral("%1@v%2(%3>%4)")
                     .arg(adoptionEventKey(e.kind))
                     .arg(e.versionNumber)
                     .arg(e.clausesBefore)
                     .arg(e.clausesAfter);
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestCompareTimeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneDocument_data()
    {
        QTest::addColumn<int>("versions");
        QTest::addColumn<QString>("presence");
        QTest::addColumn<QString>("expected");
        QTest::newRow("never present") << 3 << ""
                                       << "";
        QTest::newRow("present from the first capture, unchanged") << 3 << "1:7u 2:7u 3:7u"
                                                                   << "first_capture@v1(0>1)";
        QTest::newRow("introduced later") << 3 << "2:7n 3:7u"
                                          << "introduced@v2(0>1)";
        QTest::newRow("reworded") << 3 << "1:7u 2:7m 3:7u"
                                  << "first_capture@v1(0>1) changed@v2(1>1)";
        QTest::newRow("moved without rewording is no change") << 2 << "1:7u 2:7v"
                                                              << "first_capture@v1(0>1)";
        QTest::newRow("moved and reworded") << 2 << "1:7u 2:7w"
                                            << "first_capture@v1(0>1) changed@v2(1>1)";
        QTest::newRow("second clause added") << 2 << "1:7u 2:7u 2:8n"
                                             << "first_capture@v1(0>1) changed@v2(1>2)";
        QTest::newRow("one of two removed") << 2 << "1:7u 1:8u 2:7u"
                                            << "first_capture@v1(0>2) changed@v2(2>1)";
        QTest::newRow("dropped and re-introduced")
            << 4 << "1:7u 3:9n 4:9u"
            << "first_capture@v1(0>1) dropped@v2(1>0) introduced@v3(0>1)";
    }
    void oneDocument()
    {
        QFETCH(int, versions);
        QFETCH(QString, presence);
        QFETCH(QString, expected);
        QList<int> days;
        for (int i = 1; i <= versions; ++i)
            days << i * 3;
        const auto events = AdoptionTimeline::build({document(1, QStringLiteral("A"), 5, days)},
                                                    ::presence(5, presence));
        QCOMPARE(render(events), expected);
    }

    void sortedByDateThenPlatform()
    {
        const QList<TimelineDocument> docs{document(2, QStringLiteral("beta"), 6, {1, 10}),
                                           document(1, QStringLiteral("Alpha"), 5, {4, 10})};
        QList<LineagePresence> p = presence(5, "1:1u 2:1m");
        p += presence(6, "1:2u 2:2u 2:3n");
        const auto events = AdoptionTimeline::build(docs, p);
        QStringList order;
        for (const AdoptionEvent &e : events)
            order << QStringLiteral("%1 %2 %3")
                         .arg(e.date.left(10), e.platform, adoptionEventKey(e.kind));
        QCOMPARE(order,
                 (QStringList{"2024-01-01 beta first_capture", "2024-01-04 Alpha first_capture",
                              "2024-01-10 Alpha changed", "2024-01-10 beta changed"}));
        QCOMPARE(events.at(2).versionId, qint64(52));
        QCOMPARE(events.at(2).documentId, qint64(5));
        QCOMPARE(events.at(2).platformId, qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestCompareTimeline)
#include "tst_compare_timeline.moc"
