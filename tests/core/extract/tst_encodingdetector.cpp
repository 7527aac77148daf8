#include "extract/EncodingDetector.h"

#include <QFile>
#include <QObject>
#include <QTest>

using cw::EncodingDetector;

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(qEnvironmentVariable("CW_TEST_DATA") + QStringLiteral("/extract/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(f.fileName()));
    return f.readAll();
}

} // namespace

class TestEncodingDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data();
    void decode();
    void fixtures_data();
    void fixtures();
    void scanUtf8_data();
    void scanUtf8();
    void contentTypeCharset_data();
    void contentTypeCharset();
    void windows1252Table();
};

void TestEncodingDetector::decode_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<bool>("html");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("fallback");
    QTest::addColumn<QString>("text");

    const QByteArray cafe1252("caf\xe9 \x93quoted\x94 \x80");
    const QString cafe = QStringLiteral("caf\u00e9 \u201cquoted\u201d \u20ac");

    QTest::newRow("ascii is utf-8") << QByteArray("plain") << QString() << false << "UTF-8"
                                    << "utf8-valid" << false << "plain";
    QTest::newRow("valid utf-8") << QByteArray("caf\xc3\xa9") << QString() << false << "UTF-8"
                                 << "utf8-valid" << false << QStringLiteral("caf\u00e9");
    QTest::newRow("invalid utf-8 falls back") << cafe1252 << QString() << false << "windows-1252"
                                              << "fallback" << true << cafe;
    QTest::newRow("utf-8 bom wins over header")
        << QByteArray("\xef\xbb\xbf"
                      "caf\xc3\xa9")
        << "text/html; charset=iso-8859-1" << true << "UTF-8"
        << "bom" << false << QStringLiteral("caf\u00e9");
    QTest::newRow("utf-16le bom") << QByteArray("\xff\xfe"
                                                "a\0\xe9\0",
                                                6)
                                  << QString() << false << "UTF-16LE"
                                  << "bom" << false << QStringLiteral("a\u00e9");
    QTest::newRow("utf-16be bom") << QByteArray("\xfe\xff\0a\0\xe9", 6) << QString() << false
                                  << "UTF-16BE"
                                  << "bom" << false << QStringLiteral("a\u00e9");
    QTest::newRow("http charset") << cafe1252 << "text/plain; charset=windows-1252" << false
                                  << "windows-1252"
                                  << "http" << false << cafe;
    QTest::newRow("http latin1 label means windows-1252")
        << cafe1252 << "text/html;charset=\"ISO-8859-1\"" << true << "windows-1252"
        << "http" << false << cafe;
    QTest::newRow("meta charset") << QByteArray("<meta charset=\"windows-1252\"><p>") + cafe1252
                                  << QString() << true << "windows-1252"
                                  << "meta" << false
                                  << QStringLiteral("<meta charset=\"windows-1252\"><p>") + cafe;
    QTest::newRow("meta http-equiv")
        << QByteArray("<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=iso-8859-1'>") +
               cafe1252
        << QString() << true << "windows-1252"
        << "meta" << false
        << QStringLiteral("<META HTTP-EQUIV='Content-Type' CONTENT='text/html; "
                          "charset=iso-8859-1'>") +
               cafe;
    QTest::newRow("meta ignored for text")
        << QByteArray("<meta charset=\"windows-1252\">\xc3\xa9") << QString() << false << "UTF-8"
        << "utf8-valid" << false << QStringLiteral("<meta charset=\"windows-1252\">\u00e9");
    QTest::newRow("meta in comment ignored")
        << QByteArray("<!-- <meta charset=\"koi8-r\"> --><p>\xc3\xa9") << QString() << true
        << "UTF-8"
        << "utf8-valid" << false << QStringLiteral("<!-- <meta charset=\"koi8-r\"> --><p>\u00e9");
    QTest::newRow("meta utf-16 means utf-8")
        << QByteArray("<meta charset=utf-16><p>\xc3\xa9") << QString() << true << "UTF-8"
        << "meta" << false << QStringLiteral("<meta charset=utf-16><p>\u00e9");
    QTest::newRow("other charset through ICU")
        << QByteArray("\xf0\xd2\xc9\xd7\xc5\xd4") << "text/plain; charset=koi8-r" << false
        << "KOI8-R"
        << "http" << false << QStringLiteral("\u041f\u0440\u0438\u0432\u0435\u0442");
    QTest::newRow("unknown label ignored")
        << QByteArray("caf\xc3\xa9") << "text/html; charset=no-such-charset" << false << "UTF-8"
        << "utf8-valid" << false << QStringLiteral("caf\u00e9");
    QTest::newRow("declared utf-8 with one bad byte keeps utf-8")
        << QByteArray("\xc3\xa9\xc3\xa9 \xff ok") << "text/html; charset=utf-8" << false << "UTF-8"
        << "http" << false << QStringLiteral("\u00e9\u00e9 \ufffd ok");
    QTest::newRow("declared utf-8 that is latin-1 falls back")
        << cafe1252 << "text/html; charset=utf-8" << false << "windows-1252"
        << "fallback" << true << cafe;
    QTest::newRow("undeclared truncated tail keeps utf-8")
        << QByteArray(
               "\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xe2\x80")
        << QString() << false << "UTF-8"
        << "utf8-valid" << false
        << QString(9, QChar(0xe9)) + QString(2, QChar::ReplacementCharacter); // Qt: one per byte
    QTest::newRow("empty") << QByteArray() << QString() << true << "UTF-8"
                           << "utf8-valid" << false << QString();
}

void TestEncodingDetector::decode()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, contentType);
    QFETCH(bool, html);
    QFETCH(QString, encoding);
    QFETCH(QString, source);
    QFETCH(bool, fallback);
    QFETCH(QString, text);
    const cw::DecodedText d = EncodingDetector::decode(raw, contentType, html);
    QCOMPARE(d.encoding, encoding);
    QCOMPARE(d.source, source);
    QCOMPARE(d.fallback, fallback);
    QCOMPARE(d.text, text);
    if (fallback)
        QVERIFY(!d.warnings.isEmpty());
}

void TestEncodingDetector::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("html");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("fallback");
    QTest::addColumn<QString>("contains");
    QTest::newRow("windows-1252 undeclared")
        << "windows1252_undeclared.html" << true << "windows-1252" << true
        << QStringLiteral("\u201cService\u201d costs \u20ac5");
    QTest::newRow("windows-1252 declared") << "windows1252_declared.html" << true << "windows-1252"
                                           << false << QStringLiteral("na\u00efve users\u2019");
    QTest::newRow("latin-1 label")
        << "latin1_label.html" << true << "windows-1252" << false << QStringLiteral("\u2014");
    QTest::newRow("utf-8 bom") << "bom_utf8.txt" << false << "UTF-8" << false
                               << QStringLiteral("R\u00e9sum\u00e9 of the \u201cTerms\u201d");
    QTest::newRow("utf-16le bom") << "bom_utf16le.txt" << false << "UTF-16LE" << false
                                  << QStringLiteral("\u00fcn\u00efc\u00f6d\u00e9");
    QTest::newRow("utf-16be bom html")
        << "bom_utf16be.html" << true << "UTF-16BE" << false
        << QStringLiteral("Gr\u00fc\u00dfe aus \u201cK\u00f6ln\u201d");
}

void TestEncodingDetector::fixtures()
{
    QFETCH(QString, file);
    QFETCH(bool, html);
    QFETCH(QString, encoding);
    QFETCH(bool, fallback);
    QFETCH(QString, contains);
    const cw::DecodedText d = EncodingDetector::decode(fixture(file), {}, html);
    QCOMPARE(d.encoding, encoding);
    QCOMPARE(d.fallback, fallback);
    QVERIFY2(d.text.contains(contains), qPrintable(d.text));
    QVERIFY(!d.text.startsWith(QChar(0xfeff)));
}

void TestEncodingDetector::scanUtf8_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("invalid");
    QTest::addColumn<int>("multiByte");
    QTest::newRow("ascii") << QByteArray("abc") << 0 << 0;
    QTest::newRow("two, three, four bytes")
        << QByteArray("\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80") << 0 << 3;
    QTest::newRow("overlong") << QByteArray("\xc0\xaf") << 2 << 0;
    QTest::newRow("overlong three") << QByteArray("\xe0\x80\xaf") << 3 << 0;
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << 3 << 0;
    QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << 4 << 0;
    QTest::newRow("truncated") << QByteArray("a\xe2\x82") << 1 << 0;
    QTest::newRow("lone continuation") << QByteArray("\x80\xbf") << 2 << 0;
    QTest::newRow("latin-1 e acute") << QByteArray("caf\xe9!") << 1 << 0;
}

void TestEncodingDetector::scanUtf8()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, invalid);
    QFETCH(int, multiByte);
    const auto scan = EncodingDetector::scanUtf8(raw);
    QCOMPARE(int(scan.invalid), invalid);
    QCOMPARE(int(scan.multiByte), multiByte);
}

void TestEncodingDetector::contentTypeCharset_data()
{
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<QString>("charset");
    QTest::newRow("plain") << "text/html; charset=UTF-8"
                           << "UTF-8";
    QTest::newRow("quoted") << "text/html; charset=\"utf-8\"; foo=bar"
                            << "utf-8";
    QTest::newRow("spaces") << "text/html ;  Charset = windows-1252 "
                            << "windows-1252";
    QTest::newRow("none") << "text/html"
                          << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestEncodingDetector::contentTypeCharset()
{
    QFETCH(QString, contentType);
    QFETCH(QString, charset);
    QCOMPARE(EncodingDetector::charsetFromContentType(contentType), charset);
}

void TestEncodingDetector::windows1252Table()
{
    QByteArray all;
    for (int b = 0; b < 256; ++b)
        all.append(char(b));
    const QString s = EncodingDetector::decodeWindows1252(all);
    QCOMPARE(s.size(), 256);
    QCOMPARE(s[0x80], QChar(0x20ac));
    QCOMPARE(s[0x81], QChar(0x81)); // undefined: the C1 control of the same value
    QCOMPARE(s[0x9f], QChar(0x178));
    QCOMPARE(s[0xa0], QChar(0xa0));
    QCOMPARE(s[0xff], QChar(0xff));
}

QTEST_GUILESS_MAIN(TestEncodingDetector)
#include "tst_encodingdetector.moc"
