// The browse models over a real demo archive, checked by QAbstractItemModelTester.

#include "TestSupport.h"
#include "models/DocumentListModel.h"
#include "models/PlatformListModel.h"
#include "services/DemoArchive.h"

#include <QAbstractItemModelTester>
#include <QObject>
#include <QTest>

using namespace cw;
using namespace cw::ui;

class TestBrowseModels : public QObject
{
    Q_OBJECT

    test::TempArchive m_archive;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_archive.open();
        QVERIFY(DemoArchive::build(*m_db).ok());
    }

    void platforms()
    {
        PlatformListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload(*m_db).ok());
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.columnCount(), int(PlatformListModel::Column::Count));
        const int row = [&] {
            for (int r = 0; r < model.rowCount(); ++r)
                if (model.index(r, 0).data().toString() == QLatin1String("Streamly"))
                    return r;
            return -1;
        }();
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, int(PlatformListModel::Column::Category)).data().toString(),
                 QStringLiteral("Streaming"));
        QVERIFY(model.platformId(row) > 0);
        QCOMPARE(model.rowOf(model.platformId(row)), row);
        QVERIFY(model.index(row, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("2 documents")));
        QVERIFY(model.reload(*m_db).ok()); // a reload under the tester
    }

    void documents()
    {
        PlatformListModel platforms;
        QVERIFY(platforms.reload(*m_db).ok());
        DocumentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload(*m_db, std::nullopt).ok());
        QCOMPARE(model.rowCount(), 12);
        QVERIFY(model.reload(*m_db, platforms.platformId(0)).ok());
        QCOMPARE(model.rowCount(), 2);
        QStringList types;
        for (int r = 0; r < 2; ++r) {
            types << model.index(r, int(DocumentListModel::Column::Type)).data().toString();
            QVERIFY(model.index(r, int(DocumentListModel::Column::Versions)).data().toString().toInt() >= 3);
            QVERIFY(model.index(r, int(DocumentListModel::Column::Record)).data().toString().startsWith(
                QStringLiteral("CW-D-")));
        }
        types.sort();
        QCOMPARE(types, (QStringList{QStringLiteral("Privacy Policy"), QStringLiteral("Terms of Service")}));
    }
};

QTEST_MAIN(TestBrowseModels)
#include "tst_browse_models.moc"
