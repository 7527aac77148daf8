// Tokenizer of the word diff: data-driven cases written as token renderings,
// plus the tiling contract on random Unicode text.

#include "diff/token/Tokenizer.h"

#include <QObject>
#include <QRandomGenerator>
#include <QTest>

using namespace cw;

namespace {

QChar kindLetter(Token::Kind k)
{
    switch (k) {
    case Token::Kind::Word: return QLatin1Char('W');
    case Token::Kind::Space: return QLatin1Char('S');
    case Token::Kind::LineBreak: return QLatin1Char('L');
    case Token::Kind::Punct: return QLatin1Char('P');
    case Token::Kind::Markup: return QLatin1Char('M');
    }
    return QLatin1Char('?');
}

// "W:don't|S: |W:stop" — kind letter and text of each token.
QString render(const QString &text)
{
    QStringList parts;
    for (const Token &t : Tokenizer::tokenize(text))
        parts << kindLetter(t.kind) + QLatin1Char(':') + text.mid(t.start, t.length);
    return parts.join(QLatin1Char('|'));
}

} // namespace

class tst_DiffTokenizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("words and spaces") << "We may share" << "W:We|S: |W:may|S: |W:share";
        QTest::newRow("sentence end") << "data." << "W:data|P:.";
        QTest::newRow("inner apostrophe") << "don't stop" << "W:don't|S: |W:stop";
        QTest::newRow("curly apostrophe") << u"user\u2019s"_qs << u"W:user\u2019s"_qs;
        QTest::newRow("trailing apostrophe") << "users' data" << "W:users|P:'|S: |W:data";
        QTest::newRow("quoted") << "'Service'" << "P:'|W:Service|P:'";
        QTest::newRow("digit separators") << "1,000.50 EUR" << "W:1,000.50|S: |W:EUR";
        QTest::newRow("section number") << "7.1 Fees" << "W:7.1|S: |W:Fees";
        QTest::newRow("numbered heading") << "## 12. Term" << "P:##|S: |W:12|P:.|S: |W:Term";
        QTest::newRow("comma after number") << "12, 13" << "W:12|P:,|S: |W:13";
        QTest::newRow("list marker") << "(a) the" << "P:(|W:a|P:)|S: |W:the";
        QTest::newRow("ellipsis run") << "wait..." << "W:wait|P:...";
        QTest::newRow("mixed punctuation") << "yes.)" << "W:yes|P:.|P:)";
        QTest::newRow("hyphenated") << "third-party" << "W:third|P:-|W:party";
        QTest::newRow("accents") << u"générales à"_qs << u"W:générales|S: |W:à"_qs;
        QTest::newRow("combining mark") << u"cafe\u0301 ok"_qs << u"W:cafe\u0301|S: |W:ok"_qs;
        QTest::newRow("cyrillic") << u"Пишите нам"_qs << u"W:Пишите|S: |W:нам"_qs;
        QTest::newRow("han per character") << u"服务条款"_qs << u"W:服|W:务|W:条|W:款"_qs;
        QTest::newRow("kana per character") << u"すべて"_qs << u"W:す|W:べ|W:て"_qs;
        QTest::newRow("latin after han") << u"用户ID"_qs << u"W:用|W:户|W:ID"_qs;
        QTest::newRow("ideographic full stop") << u"用户。"_qs << u"W:用|W:户|P:。"_qs;
        QTest::newRow("emoji") << u"us 📧 now"_qs << u"W:us|S: |P:📧|S: |W:now"_qs;
        QTest::newRow("zwj family") << u"a 👨‍👩‍👧 b"_qs << u"W:a|S: |P:👨‍👩‍👧|S: |W:b"_qs;
        QTest::newRow("skin tone") << u"👍🏽!"_qs << u"P:👍🏽|P:!"_qs;
        QTest::newRow("flag pair") << u"🇮🇪🇫🇷"_qs << u"P:🇮🇪|P:🇫🇷"_qs;
        QTest::newRow("variation selector") << u"\u2764\uFE0F ok"_qs << u"P:\u2764\uFE0F|S: |W:ok"_qs;
        QTest::newRow("emphasis") << "**must not**" << "M:**|W:must|S: |W:not|M:**";
        QTest::newRow("underscore emphasis") << "_Policy_" << "M:_|W:Policy|M:_";
        QTest::newRow("link") << "[our API](https://x.y/api) now"
                              << "M:[|W:our|S: |W:API|M:](https://x.y/api)|S: |W:now";
        QTest::newRow("brackets without link") << "[a] b" << "P:[|W:a|P:]|S: |W:b";
        QTest::newRow("paragraph break") << "a.\n\nB" << "W:a|P:.|L:\n\n|W:B";
        QTest::newRow("line break in list") << "x\n- y" << "W:x|L:\n|P:-|S: |W:y";
        QTest::newRow("tab and spaces") << "a \t b" << "W:a|S: \t |W:b";
        QTest::newRow("no-break space") << u"5\u00A0GB"_qs << u"W:5|S:\u00A0|W:GB"_qs;
        QTest::newRow("empty") << "" << "";
    }
    void tokens()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(render(text), expected);
    }

    void countWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("words");
        QTest::newRow("plain") << "We may share your data." << 5;
        QTest::newRow("numbers count") << "within 30 days" << 3;
        QTest::newRow("han characters count one each") << u"本服务条款"_qs << 5;
        QTest::newRow("punctuation only") << " -- ; !" << 0;
        QTest::newRow("emoji is not a word") << u"📧 mail"_qs << 1;
    }
    void countWords()
    {
        QFETCH(QString, text);
        QFETCH(int, words);
        QCOMPARE(Tokenizer::countWords(text, 0, text.size()), words);
    }

    // The tokens of any text tile it exactly, and countWords agrees with them.
    void tilesRandomText_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 40; ++seed)
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }
    void tilesRandomText()
    {
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        const QStringList pieces{u"a"_qs,  u"Z"_qs,  u"7"_qs,    u" "_qs,  u"\n"_qs,     u"\t"_qs,
                                 u"."_qs,  u","_qs,  u"'"_qs,    u"’"_qs,  u"*"_qs,      u"_"_qs,
                                 u"["_qs,  u"]"_qs,  u"(x)"_qs,  u"é"_qs,  u"e\u0301"_qs, u"服"_qs,
                                 u"す"_qs, u"📧"_qs, u"👨‍👩‍👧"_qs, u"🇮🇪"_qs, u"\u00A0"_qs, QString(QChar(0xD83D)),
                                 u"ß"_qs,  u"--"_qs, u"1,0"_qs};
        QString text;
        for (int i = 0; i < 300; ++i)
            text += pieces[qsizetype(rng.bounded(quint32(pieces.size())))];
        const QList<Token> tokens = Tokenizer::tokenize(text);
        qint32 pos = 0;
        int words = 0;
        for (const Token &t : tokens) {
            QCOMPARE(t.start, pos);
            QVERIFY(t.length > 0);
            pos = t.end();
            words += t.kind == Token::Kind::Word;
        }
        QCOMPARE(pos, qint32(text.size()));
        QCOMPARE(Tokenizer::countWords(text, 0, text.size()), words);
    }
};

QTEST_GUILESS_MAIN(tst_DiffTokenizer)
#include "tst_difftokenizer.moc"
