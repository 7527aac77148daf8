// Block splitting: kinds, levels, section numbers and bodies of lines, and
// how a text becomes blocks.

#include "diff/block/BlockSplitter.h"

#include <QObject>
#include <QTest>

using namespace cw;

Q_DECLARE_METATYPE(cw::DiffBlock::Kind)

class tst_DiffBlockSplitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void analyseLine_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<DiffBlock::Kind>("kind");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("number"); // [numberStart, bodyStart), trimmed
        QTest::addColumn<QString>("body");
        using K = DiffBlock::Kind;
        QTest::newRow("numbered heading") << "## 7. Fees" << K::Heading << 2 << "7." << "Fees";
        QTest::newRow("dotted heading") << "### 7.1 Refunds" << K::Heading << 3 << "7.1" << "Refunds";
        QTest::newRow("heading with dash") << "## 4. – Disputes" << K::Heading << 2 << "4. –" << "Disputes";
        QTest::newRow("section word") << "## Section 12. Term" << K::Heading << 2 << "Section 12." << "Term";
        QTest::newRow("article without dot") << "# Article 3 Scope" << K::Heading << 1 << "Article 3" << "Scope";
        QTest::newRow("roman") << "## IV. Liability" << K::Heading << 2 << "IV." << "Liability";
        QTest::newRow("letter") << "## B) Payments" << K::Heading << 2 << "B)" << "Payments";
        QTest::newRow("paragraph sign") << u"## § 4 Scope of use"_qs << K::Heading << 2 << u"§ 4"_qs << "Scope of use";
        QTest::newRow("plain heading") << "## Fees" << K::Heading << 2 << "" << "Fees";
        QTest::newRow("year is not a number") << "## 2024 Update" << K::Heading << 2 << "" << "2024 Update";
        QTest::newRow("hashtag is text") << "#hashtag here" << K::Paragraph << 0 << "" << "#hashtag here";
        QTest::newRow("seven hashes") << "####### x" << K::Paragraph << 0 << "" << "####### x";
        QTest::newRow("paragraph") << "We may share data." << K::Paragraph << 0 << "" << "We may share data.";
        QTest::newRow("numbered paragraph") << "12. Governing law applies." << K::ListItem << 0 << "12." << "Governing law applies.";
        QTest::newRow("percentage is text") << "1.5% of fees apply." << K::Paragraph << 0 << "" << "1.5% of fees apply.";
        QTest::newRow("abbreviation is text") << "e.g. cookies" << K::Paragraph << 0 << "" << "e.g. cookies";
        QTest::newRow("word is not roman") << "Did you agree?" << K::Paragraph << 0 << "" << "Did you agree?";
        QTest::newRow("pronoun is not roman") << "I agree." << K::Paragraph << 0 << "" << "I agree.";
        QTest::newRow("number alone is the body") << "12." << K::Paragraph << 0 << "" << "12.";
        QTest::newRow("bullet") << "- Contact details" << K::ListItem << 0 << "" << "Contact details";
        QTest::newRow("nested bullet") << "  - Email" << K::ListItem << 1 << "" << "Email";
        QTest::newRow("numbered item") << "3. interfere with security" << K::ListItem << 0 << "3." << "interfere with security";
        QTest::newRow("lettered item") << "(a) the Service" << K::ListItem << 0 << "(a)" << "the Service";
        QTest::newRow("roman item") << "(iv) any claim" << K::ListItem << 0 << "(iv)" << "any claim";
        QTest::newRow("bullet with number") << "- 2. second" << K::ListItem << 0 << "2." << "second";
        QTest::newRow("table row") << "| 1. | Free |" << K::TableRow << 0 << "" << "| 1. | Free |";
    }
    void analyseLine()
    {
        QFETCH(QString, line);
        QFETCH(DiffBlock::Kind, kind);
        QFETCH(int, level);
        QFETCH(QString, number);
        QFETCH(QString, body);
        const DiffBlock b = BlockSplitter::analyseLine(line);
        QCOMPARE(int(b.kind), int(kind));
        QCOMPARE(int(b.level), level);
        QVERIFY(b.numberStart <= b.bodyStart);
        QCOMPARE(line.mid(b.numberStart, b.bodyStart - b.numberStart).trimmed(), number);
        QCOMPARE(line.mid(b.bodyStart), body);
        QCOMPARE(b.length, line.size());
    }

    void split_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QString>("opens"); // per block: 1 = opens a canonical block
        QTest::newRow("canonical") << "# T\n\nPara one.\n\n- a\n- b\n\n| x |\n| y |"
                                   << QStringList{"# T", "Para one.", "- a", "- b", "| x |", "| y |"}
                                   << "111010";
        QTest::newRow("empty") << "" << QStringList{} << "";
        QTest::newRow("only blank lines") << "\n\n \n" << QStringList{} << "";
        QTest::newRow("crlf and trailing spaces") << "a  \r\n\r\nb\r\n"
                                                  << QStringList{"a", "b"} << "11";
        QTest::newRow("several blank lines") << "a\n\n\n\nb" << QStringList{"a", "b"} << "11";
        QTest::newRow("no final newline") << "a\nb" << QStringList{"a", "b"} << "10";
    }
    void split()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, lines);
        QFETCH(QString, opens);
        const QList<DiffBlock> blocks = BlockSplitter::split(text);
        QStringList got;
        QString gotOpens;
        for (const DiffBlock &b : blocks) {
            got << text.mid(b.start, b.length);
            gotOpens += b.opensBlock ? QLatin1Char('1') : QLatin1Char('0');
            QVERIFY(b.start <= b.numberStart && b.numberStart <= b.bodyStart && b.bodyStart <= b.end());
        }
        QCOMPARE(got, lines);
        QCOMPARE(gotOpens, opens);
    }
};

QTEST_GUILESS_MAIN(tst_DiffBlockSplitter)
#include "tst_diffblocksplitter.moc"
