// Golden cases of the version diff: every tests/data/diff/<case>_old.txt is
// compared with <case>_new.txt and rendered; the rendering must equal
// <case>_expected.txt. Each case also has to satisfy the structural contracts
// and serialise to JSON. CW_UPDATE_GOLDEN=1 (re)writes the expected files.

#include "DiffTestSupport.h"

#include "diff/DiffJson.h"
#include "diff/DiffTextRenderer.h"
#include "diff/VersionDiffer.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QTest>

using namespace cw;

class tst_DiffGolden : public QObject
{
    Q_OBJECT

private:
    static QString dataDir() { return qEnvironmentVariable("CW_TEST_DATA") + QStringLiteral("/diff"); }

    void addCases()
    {
        QTest::addColumn<QString>("name");
        const QDir dir(dataDir());
        const QStringList olds = dir.entryList({QStringLiteral("*_old.txt")}, QDir::Files, QDir::Name);
        for (const QString &file : olds) {
            const QString name = file.chopped(8);
            QTest::newRow(qPrintable(name)) << name;
        }
    }

    struct Case
    {
        QString oldText, newText, expected;
        DiffOptions options;
        bool hasExpected = false;
    };

    static Case load(const QString &name, QString *error)
    {
        Case c;
        const QString base = dataDir() + QLatin1Char('/') + name;
        bool ok = false;
        c.oldText = test::readUtf8(base + QStringLiteral("_old.txt"), &ok);
        if (!ok)
            *error += QStringLiteral("cannot read old; ");
        c.newText = test::readUtf8(base + QStringLiteral("_new.txt"), &ok);
        if (!ok)
            *error += QStringLiteral("cannot read new; ");
        c.expected = test::readUtf8(base + QStringLiteral("_expected.txt"), &c.hasExpected);
        const QString options = test::readUtf8(base + QStringLiteral("_options.txt"));
        c.options = test::parseOptions(options, error);
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QDir(dataDir()).exists(), qPrintable(dataDir()));
        // The brief's cases must all be there, so that deleting one fails.
        for (const char *required : {"moved_section", "reordered_list", "split_merge", "renumbered",
                                     "whitespace_only", "punctuation_only", "unicode", "empty_old",
                                     "empty_new", "identical", "pathological"})
            QVERIFY2(QFile::exists(dataDir() + QLatin1Char('/') + QLatin1String(required)
                                   + QLatin1String("_old.txt")),
                     required);
    }

    void golden_data() { addCases(); }
    void golden()
    {
        QFETCH(QString, name);
        QString error;
        const Case c = load(name, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const VersionDiff d = VersionDiffer::diff(c.oldText, c.newText, c.options);
        QVERIFY(!d.cancelled);
        const QString actual = DiffTextRenderer::render(d);
        if (qEnvironmentVariableIsSet("CW_UPDATE_GOLDEN")) {
            QFile f(dataDir() + QLatin1Char('/') + name + QStringLiteral("_expected.txt"));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(actual.toUtf8());
            QSKIP("expected file written");
        }
        QVERIFY2(c.hasExpected, "no expected file: run with CW_UPDATE_GOLDEN=1 and review it");
        if (actual != c.expected) {
            const QStringList a = actual.split(QLatin1Char('\n'));
            const QStringList e = c.expected.split(QLatin1Char('\n'));
            for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
                const QString al = a.value(i), el = e.value(i);
                if (al != el)
                    QFAIL(qPrintable(QStringLiteral("line %1 differs\n  expected: %2\n  actual:   %3")
                                         .arg(i + 1).arg(el, al)));
            }
        }
    }

    void invariants_data() { addCases(); }
    void invariants()
    {
        QFETCH(QString, name);
        QString error;
        const Case c = load(name, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const VersionDiff d = VersionDiffer::diff(c.oldText, c.newText, c.options);
        const QString broken = test::checkInvariants(d, c.options);
        QVERIFY2(broken.isEmpty(), qPrintable(broken));

        // Swapping the sides must also give a consistent diff.
        const VersionDiff back = VersionDiffer::diff(c.newText, c.oldText, c.options);
        const QString brokenBack = test::checkInvariants(back, c.options);
        QVERIFY2(brokenBack.isEmpty(), qPrintable(QStringLiteral("reversed: ") + brokenBack));
        QCOMPARE(back.fallbackUsed, d.fallbackUsed);
        if (!d.fallbackUsed) { // approximations need not be symmetric
            QCOMPARE(back.stats.wordsAdded, d.stats.wordsRemoved);
            QCOMPARE(back.stats.wordsRemoved, d.stats.wordsAdded);
            QCOMPARE(back.moves.size(), d.moves.size());
        }
    }

    void json_data() { addCases(); }
    void json()
    {
        QFETCH(QString, name);
        QString error;
        const Case c = load(name, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const VersionDiff d = VersionDiffer::diff(c.oldText, c.newText, c.options);
        const QJsonObject o = toJson(d);
        for (const char *key : {"stats", "hunks", "moves", "fallback", "blocks"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QLatin1String("hunks")).toArray().size(), d.hunks.size());
        QCOMPARE(o.value(QLatin1String("moves")).toArray().size(), d.moves.size());
        QCOMPARE(o.value(QLatin1String("fallback")).toObject().value(QLatin1String("used")).toBool(),
                 d.fallbackUsed);
        // Round trip through text, and every span's text is what its offsets say.
        const QJsonObject parsed = QJsonDocument::fromJson(QJsonDocument(o).toJson()).object();
        QCOMPARE(parsed, o);
        // The streaming writer produces the same document.
        QJsonParseError parseError;
        const QJsonDocument streamed = QJsonDocument::fromJson(DiffJson::toJsonBytes(d), &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
        QCOMPARE(streamed.object(), o);
        for (const QJsonValue &hv : o.value(QLatin1String("hunks")).toArray()) {
            for (const QJsonValue &rv : hv.toObject().value(QLatin1String("rows")).toArray()) {
                for (const QJsonValue &sv : rv.toObject().value(QLatin1String("spans")).toArray()) {
                    const QJsonObject s = sv.toObject();
                    const QString kind = s.value(QLatin1String("kind")).toString();
                    const bool fromLeft = kind == QLatin1String("delete") || kind == QLatin1String("movedFrom");
                    const QJsonArray range = s.value(fromLeft ? QLatin1String("left") : QLatin1String("right")).toArray();
                    const QString &text = fromLeft ? d.oldText : d.newText;
                    QCOMPARE(s.value(QLatin1String("text")).toString(),
                             text.mid(range.at(0).toInteger(), range.at(1).toInteger()));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(tst_DiffGolden)
#include "tst_diffgolden.moc"
