// The hand-written string-list JSON (heading paths) against QJsonDocument:
// the same text out, the same list back, and malformed input handled.

#include "util/Json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QTest>

using namespace cw;

class TestJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stringLists_data()
    {
        QTest::addColumn<QStringList>("list");
        QTest::newRow("empty") << QStringList{};
        QTest::newRow("one empty string") << QStringList{QString()};
        QTest::newRow("plain") << QStringList{"Terms of Use", "13. Disputes", "13.2 Arbitration"};
        QTest::newRow("quotes and backslashes")
            << QStringList{"The \"Service\"", "C:\\path\\", "\\\"", "\""};
        QTest::newRow("unicode") << QStringList{"Conditions générales", "§ 3 Haftung", "条款", "😀"};
        QTest::newRow("control characters") << QStringList{"tab\there", "line\nbreak", "\x01", "del\x7f"};
        QTest::newRow("json-looking text") << QStringList{"[\"a\",\"b\"]", ",", "]", "["};
        QTest::newRow("slash") << QStringList{"a/b", "</script>"};
    }

    void stringLists()
    {
        QFETCH(QStringList, list);
        const QString reference =
            QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
        QCOMPARE(stringListToJson(list), reference);
        QCOMPARE(stringListFromJson(reference), list);
        QCOMPARE(stringListFromJson(stringListToJson(list)), list);
    }

    void readsWhatOthersWrote_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("list");
        QTest::newRow("spaces") << "[ \"a\" , \"b\" ]" << QStringList{"a", "b"};
        QTest::newRow("escapes") << "[\"a\\nb\",\"\\u00e9\"]" << QStringList{"a\nb", "é"};
        QTest::newRow("not an array") << "{\"a\":1}" << QStringList{};
        QTest::newRow("empty text") << "" << QStringList{};
        QTest::newRow("truncated") << "[\"a\",\"b" << QStringList{};
        QTest::newRow("unterminated item") << "[\"a]" << QStringList{};
        QTest::newRow("numbers") << "[1,2]" << QStringList{"", ""};
    }

    void readsWhatOthersWrote()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, list);
        QCOMPARE(stringListFromJson(text), list);
    }
};

QTEST_GUILESS_MAIN(TestJson)
#include "tst_json.moc"
