#include "capture/OtaCommitKind.h"
#include "capture/OtaDocumentPath.h"

#include <QObject>
#include <QTest>

using namespace cw;

// The Open Terms Archive conventions the repository reader relies on: commit
// message prefixes and the `<Service>/<Terms type>.md` path layout.
class TestOtaConventions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commitKind_data();
    void commitKind();
    void documentPath_data();
    void documentPath();
};

void TestOtaConventions::commitKind_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("kind");
    QTest::newRow("first") << "First record of Discord Terms of Service"
                           << "first";
    QTest::newRow("first with body") << "First record of X Y\n\nThis version was recorded after"
                                     << "first";
    QTest::newRow("change") << "Record new changes of Steam Privacy Policy"
                            << "change";
    QTest::newRow("technical") << "Apply technical or declaration upgrade on X Imprint"
                               << "technical";
    QTest::newRow("legacy start tracking") << "Start tracking X Terms of Service"
                                           << "first";
    QTest::newRow("legacy update") << "Update X Terms of Service"
                                   << "change";
    QTest::newRow("legacy refilter") << "Refilter X Terms of Service"
                                     << "technical";
    QTest::newRow("leading whitespace") << "  Record new changes of X Y"
                                        << "change";
    QTest::newRow("prefix without subject") << "First record of "
                                            << "unknown";
    QTest::newRow("lower case") << "record new changes of x y"
                                << "unknown";
    QTest::newRow("prefix only in body") << "Merge branch 'main'\n\nRecord new changes of X"
                                         << "unknown";
    QTest::newRow("glued word") << "Updated README"
                                << "unknown";
    QTest::newRow("hand-made") << "Fix a typo by hand"
                               << "unknown";
    QTest::newRow("empty") << ""
                           << "unknown";
}

void TestOtaConventions::commitKind()
{
    QFETCH(QString, message);
    QFETCH(QString, kind);
    QCOMPARE(otaCommitKindKey(otaCommitKindFromMessage(message)), kind);
}

void TestOtaConventions::documentPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("termsType");
    QTest::addColumn<QString>("documentId");
    QTest::newRow("simple") << "Discord/Terms of Service.md" << true << "Discord"
                            << "Terms of Service"
                            << "";
    QTest::newRow("document id") << "Discord/Terms of Service #2.md" << true << "Discord"
                                 << "Terms of Service"
                                 << "2";
    QTest::newRow("unicode") << "Société Exemple/Politique de confidentialité.md" << true
                             << "Société Exemple"
                             << "Politique de confidentialité"
                             << "";
    QTest::newRow("root file") << "README.md" << false << ""
                               << ""
                               << "";
    QTest::newRow("nested") << "Discord/archive/Terms of Service.md" << false << ""
                            << ""
                            << "";
    QTest::newRow("other extension") << "Discord/Terms of Service.pdf" << false << ""
                                     << ""
                                     << "";
    QTest::newRow("upper-case extension") << "Discord/Terms of Service.MD" << false << ""
                                          << ""
                                          << "";
    QTest::newRow("hidden folder") << ".github/PULL_REQUEST_TEMPLATE.md" << false << ""
                                   << ""
                                   << "";
    QTest::newRow("hidden file") << "Discord/.draft.md" << false << ""
                                 << ""
                                 << "";
    QTest::newRow("extension only") << "Discord/.md" << false << ""
                                    << ""
                                    << "";
    QTest::newRow("empty service") << "/Terms of Service.md" << false << ""
                                   << ""
                                   << "";
}

void TestOtaConventions::documentPath()
{
    QFETCH(QString, path);
    QFETCH(bool, valid);
    const auto doc = OtaDocumentPath::parse(path);
    QCOMPARE(doc.has_value(), valid);
    if (!valid)
        return;
    QTEST(doc->service, "service");
    QTEST(doc->termsType, "termsType");
    QTEST(doc->documentId, "documentId");
    QCOMPARE(doc->path, path);
}

QTEST_GUILESS_MAIN(TestOtaConventions)
#include "tst_ota_conventions.moc"
