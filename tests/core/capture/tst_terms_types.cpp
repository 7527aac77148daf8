#include "capture/TermsTypes.h"

#include <QObject>
#include <QSet>
#include <QTest>

using namespace cw;

class TestTermsTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtinListLoads();
    void lookup_data();
    void lookup();
    void everyBuiltinAliasFindsItsType();
    void obsoleteTypesAreMarked();
    void invalidLists_data();
    void invalidLists();
    void loadReportsMissingFile();
};

void TestTermsTypes::builtinListLoads()
{
    const TermsTypes &types = TermsTypes::builtin();
    QCOMPARE(types.version(), 1);
    QVERIFY(types.all().size() >= 30);
    for (const char *name :
         {"Terms of Service", "Privacy Policy", "Community Guidelines", "Acceptable Use Policy",
          "Commercial Terms", "Developer Terms", "Copyright Claims Policy", "Trackers Policy",
          "Seller Warranty", "Imprint"})
        QVERIFY2(types.canonicalName(QString::fromLatin1(name)) == QString::fromLatin1(name), name);
}

void TestTermsTypes::lookup_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical"); // empty: not found
    QTest::newRow("exact name") << "Privacy Policy"
                                << "Privacy Policy";
    QTest::newRow("name, other case") << "privacy POLICY"
                                      << "Privacy Policy";
    QTest::newRow("alias") << "Cookie Policy"
                           << "Trackers Policy";
    QTest::newRow("alias, other case") << "terms of use"
                                       << "Terms of Service";
    QTest::newRow("extra whitespace") << "  Terms   of\tService "
                                      << "Terms of Service";
    QTest::newRow("retired name kept as alias") << "Ad Publishing Policy"
                                                << "Acceptable Use Policy";
    QTest::newRow("non-ASCII alias") << "MENTIONS LÉGALES"
                                     << "Imprint";
    QTest::newRow("prefix of a name") << "Terms of"
                                      << "";
    QTest::newRow("unknown") << "Shipping Policy"
                             << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestTermsTypes::lookup()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    const auto found = TermsTypes::builtin().canonicalName(input);
    QCOMPARE(found.value_or(QString()), canonical);
    QCOMPARE(TermsTypes::builtin().contains(input), !canonical.isEmpty());
}

void TestTermsTypes::everyBuiltinAliasFindsItsType()
{
    const TermsTypes &types = TermsTypes::builtin();
    QSet<QString> names;
    for (const TermsType &type : types.all()) {
        QVERIFY2(!names.contains(type.name), qPrintable(type.name));
        names.insert(type.name);
        QCOMPARE(types.canonicalName(type.name).value_or(QString()), type.name);
        for (const QString &alias : type.aliases)
            QCOMPARE(types.canonicalName(alias).value_or(QString()), type.name);
    }
}

void TestTermsTypes::obsoleteTypesAreMarked()
{
    const auto parent = TermsTypes::builtin().find(u"Parent Organization Terms");
    QVERIFY(parent);
    QVERIFY(parent->obsolete);
    const auto tos = TermsTypes::builtin().find(u"Terms of Service");
    QVERIFY(tos);
    QVERIFY(!tos->obsolete);
}

void TestTermsTypes::invalidLists_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray("{\"version\":1,") << "invalid JSON";
    QTest::newRow("other version")
        << QByteArray(R"({"version":2,"terms_types":[]})") << "unsupported version";
    QTest::newRow("no list") << QByteArray(R"({"version":1})") << "must be an array";
    QTest::newRow("nameless entry")
        << QByteArray(R"({"version":1,"terms_types":[{"aliases":["X"]}]})") << "has no name";
    QTest::newRow("alias shared by two types")
        << QByteArray(R"({"version":1,"terms_types":[{"name":"A","aliases":["Same"]},)"
                      R"({"name":"B","aliases":["SAME"]}]})")
        << "listed twice";
    QTest::newRow("alias equal to another name")
        << QByteArray(R"({"version":1,"terms_types":[{"name":"A"},{"name":"B","aliases":["a"]}]})")
        << "listed twice";
}

void TestTermsTypes::invalidLists()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    auto types = TermsTypes::fromJson(json);
    QVERIFY(!types.ok());
    QVERIFY2(types.error().toString().contains(message), qPrintable(types.error().toString()));
}

void TestTermsTypes::loadReportsMissingFile()
{
    auto types = TermsTypes::load(QStringLiteral("/nonexistent/terms_types.json"));
    QVERIFY(!types.ok());
    QVERIFY(types.error().toString().contains(QLatin1String("/nonexistent/terms_types.json")));
}

QTEST_GUILESS_MAIN(TestTermsTypes)
#include "tst_terms_types.moc"
