#include "segment/SentenceSplitter.h"

#include <QObject>
#include <QStringList>
#include <QTest>

using namespace cw;

class TestSentenceSplitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data();
    void split();
    void emptyText();
};

void TestSentenceSplitter::split_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("scanFrom");
    QTest::addColumn<int>("minLength");
    QTest::addColumn<QStringList>("expected");
    const auto row = [](const char *name, const char *text, QStringList expected, int scanFrom = 0,
                        int minLength = 20) {
        QTest::newRow(name) << QString::fromUtf8(text) << scanFrom << minLength << expected;
    };
    const auto S = [](const char *s) { return QString::fromUtf8(s); };

    row("two plain sentences", "You agree to these terms. We provide the service.",
        {S("You agree to these terms."), S("We provide the service.")});
    row("e.g. never ends a sentence",
        "Use it for personal purposes, e.g. Photos and videos you made yourself.",
        {S("Use it for personal purposes, e.g. Photos and videos you made yourself.")});
    row("i.e. never ends a sentence",
        "You may not resell it, i.e. You may not charge anyone for access to it.",
        {S("You may not resell it, i.e. You may not charge anyone for access to it.")});
    row("No. before a number", "This is licence No. 5 of the register kept by the authority.",
        {S("This is licence No. 5 of the register kept by the authority.")});
    row("Inc. inside a sentence", "Acme Inc. provides the service to you under these terms.",
        {S("Acme Inc. provides the service to you under these terms.")});
    row("Inc. ending a sentence",
        "The service is provided by Acme Inc. You must accept these terms to use it.",
        {S("The service is provided by Acme Inc."), S("You must accept these terms to use it.")});
    row("Ltd. ending a sentence",
        "Our partner is Acme Europe Ltd. We share data with them under contract.",
        {S("Our partner is Acme Europe Ltd."), S("We share data with them under contract.")});
    row("U.S. inside a sentence", "We store data in the U.S. and in the European Union only.",
        {S("We store data in the U.S. and in the European Union only.")});
    row("U.S. before a capitalised noun",
        "We follow U.S. Federal Trade Commission guidance on this topic.",
        {S("We follow U.S. Federal Trade Commission guidance on this topic.")});
    row("U.S. ending a sentence", "Our servers are located in the U.S. We may move them later on.",
        {S("Our servers are located in the U.S."), S("We may move them later on.")});
    row("U.S. at the end of a compound",
        "We rely on the EU-U.S. Data Privacy Framework for transfers to our servers.",
        {S("We rely on the EU-U.S. Data Privacy Framework for transfers to our servers.")});
    row("etc. before lower case", "We collect names, emails, etc. and use them to run the service.",
        {S("We collect names, emails, etc. and use them to run the service.")});
    row("etc. ending a sentence",
        "We collect names, emails, addresses etc. This helps us run the service.",
        {S("We collect names, emails, addresses etc."), S("This helps us run the service.")});
    row("decimal numbers", "Fees rise by 2.5 percent each year. Taxes are extra for everyone.",
        {S("Fees rise by 2.5 percent each year."), S("Taxes are extra for everyone.")});
    row("initials", "These terms were signed by J. R. Smith on behalf of the company.",
        {S("These terms were signed by J. R. Smith on behalf of the company.")});
    row("a capital letter ending a sentence",
        "Pick the plan named Plan B. The price is shown on the page.",
        {S("Pick the plan named Plan B."), S("The price is shown on the page.")});
    row("ellipsis before lower case",
        "We may change prices... and features at any time with notice.",
        {S("We may change prices... and features at any time with notice.")});
    row("ellipsis before a sentence opener",
        "We may change prices... We will tell you beforehand by email.",
        {S("We may change prices..."), S("We will tell you beforehand by email.")});
    row("Unicode ellipsis before a sentence opener",
        "We may change prices\u2026 We will tell you beforehand by email.",
        {S("We may change prices\u2026"), S("We will tell you beforehand by email.")});
    row("full stop inside closing quotes",
        "Our notice says \"We do not sell data.\" This remains true for all users.",
        {S("Our notice says \"We do not sell data.\""), S("This remains true for all users.")});
    row("full stop after closing quotes",
        "This is what we call \"the Services\". It covers all of our apps and sites.",
        {S("This is what we call \"the Services\"."), S("It covers all of our apps and sites.")});
    row("question and exclamation marks",
        "Do you agree with these terms? Then please accept them now! We thank you for that.",
        {S("Do you agree with these terms?"), S("Then please accept them now!"),
         S("We thank you for that.")});
    row("Art. and Sec. references", "See Art. 6 GDPR and Sec. 5 of the Act for the legal bases.",
        {S("See Art. 6 GDPR and Sec. 5 of the Act for the legal bases.")});
    row("titles before names", "Please write to Dr. Jones or Mr. Brown at our office.",
        {S("Please write to Dr. Jones or Mr. Brown at our office.")});
    row("no space after the full stop", "Our site is example.com and our app is free.",
        {S("Our site is example.com and our app is free.")});
    row("full stop inside a closing parenthesis",
        "We keep logs (see the retention table.) After a year we delete them.",
        {S("We keep logs (see the retention table.)"), S("After a year we delete them.")});
    row("a number ending a sentence",
        "This is described in Section 5. You should read it carefully.",
        {S("This is described in Section 5."), S("You should read it carefully.")});
    row("a run-in title merges with its sentence",
        "4.2 Fees. You pay all fees within thirty days of the invoice.",
        {S("4.2 Fees. You pay all fees within thirty days of the invoice.")});
    row("a short last sentence merges backwards",
        "You can cancel your subscription at any time. Thanks!",
        {S("You can cancel your subscription at any time. Thanks!")});
    row("surrounding white space is trimmed", "  First sentence is here. Second one is here too.  ",
        {S("First sentence is here."), S("Second one is here too.")});
    row("scanFrom skips the clause number", "1. You must be eighteen. You must live in the EU.",
        {S("1. You must be eighteen."), S("You must live in the EU.")}, 3, 1);
    row("without scanFrom the number is a fragment",
        "1. You must be eighteen. You must live in the EU.",
        {S("1."), S("You must be eighteen."), S("You must live in the EU.")}, 0, 1);
}

void TestSentenceSplitter::split()
{
    QFETCH(QString, text);
    QFETCH(int, scanFrom);
    QFETCH(int, minLength);
    QFETCH(QStringList, expected);
    const auto spans = SentenceSplitter::split(text, scanFrom, minLength);
    QStringList actual;
    int previousEnd = 0;
    for (const auto &[start, end] : spans) {
        QVERIFY(start >= previousEnd && end > start && end <= text.size());
        previousEnd = end;
        actual.append(text.mid(start, end - start));
    }
    QCOMPARE(actual, expected);
}

void TestSentenceSplitter::emptyText()
{
    QVERIFY(SentenceSplitter::split(u"").isEmpty());
    QVERIFY(SentenceSplitter::split(u"   \n ").isEmpty());
}

QTEST_GUILESS_MAIN(TestSentenceSplitter)
#include "tst_sentencesplitter.moc"
