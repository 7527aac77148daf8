// The archive file: creation, refusal of foreign/corrupt/newer files without
// touching them, and upgrades of older schemas with a backup.

#include "TestSupport.h"
#include "archive/Database.h"
#include "archive/Migrations.h"
#include "archive/PlatformRepository.h"
#include "archive/Transaction.h"

#include <QObject>
#include <QTest>

#include <sqlite3.h>

using namespace cw;
using cw::test::TempArchive;

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsNewArchiveAtLatestSchema()
    {
        TempArchive a;
        auto db = a.open();
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 2);
        auto st = db->prepare("PRAGMA application_id");
        QVERIFY(st.ok());
        QVERIFY(st->step().value());
        QCOMPARE(st->int64(0), qint64(Database::kApplicationId));
        auto fk = db->prepare("PRAGMA foreign_keys");
        QVERIFY(fk->step().value());
        QCOMPARE(fk->int64(0), 1);
        auto wal = db->prepare("PRAGMA journal_mode");
        QVERIFY(wal->step().value());
        QCOMPARE(wal->text(0), QStringLiteral("wal"));
    }

    void missingFileWithoutCreateIsAnError()
    {
        TempArchive a;
        OpenOptions o;
        o.create = false;
        auto db = Database::open(a.path(), o);
        QVERIFY(!db.ok());
        QVERIFY(db.error().toString().contains(QStringLiteral("no such file")));
        QVERIFY(!QFile::exists(a.path()));
    }

    void refusesBadFilesWithoutTouchingThem_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("text") << QByteArray("These are not the terms you are looking for.\n")
                              << QStringLiteral("not a Clausewatch archive");
        QByteArray junk(8192, '\0');
        for (int i = 0; i < junk.size(); ++i)
            junk[i] = char((i * 7919 + 13) % 251);
        QTest::newRow("binary junk") << junk << QStringLiteral("not a Clausewatch archive");
        QByteArray fakeHeader = QByteArray("SQLite format 3", 16) + QByteArray(4080, '\xff');
        QTest::newRow("sqlite header, garbage body")
            << fakeHeader << QStringLiteral("not an archive");
    }

    void refusesBadFilesWithoutTouchingThem()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        TempArchive a;
        test::writeFile(a.path(), content);
        const QString before = test::fileSha256(a.path());
        auto db = Database::open(a.path());
        QVERIFY(!db.ok());
        QVERIFY2(db.error().toString().contains(expected), qPrintable(db.error().toString()));
        QVERIFY(!db.error().toString().contains(QLatin1Char('\n')));
        QCOMPARE(test::fileSha256(a.path()), before);
        QVERIFY(!QFile::exists(a.path() + QStringLiteral("-wal")));
    }

    void refusesForeignSqliteDatabase()
    {
        TempArchive a;
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(a.path().toUtf8().constData(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, "CREATE TABLE recipes(name TEXT); INSERT INTO recipes "
                                   "VALUES ('soup');", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(raw);
        const QString before = test::fileSha256(a.path());
        auto db = Database::open(a.path());
        QVERIFY(!db.ok());
        QVERIFY2(db.error().toString().contains(QStringLiteral("different SQLite database")),
                 qPrintable(db.error().toString()));
        QCOMPARE(test::fileSha256(a.path()), before);
    }

    void refusesCorruptArchive()
    {
        TempArchive a;
        {
            auto db = a.open();
            PlatformRepository p(*db);
            for (int i = 0; i < 200; ++i)
                QVERIFY(p.ensure(QStringLiteral("Platform %1").arg(i)).ok());
        }
        // Overwrite the schema page area past the header with garbage.
        QByteArray bytes = test::readFile(a.path());
        QVERIFY(bytes.size() > 8192);
        for (int i = 100; i < 4096; ++i)
            bytes[i] = char(0xA5);
        test::writeFile(a.path(), bytes);
        const QString before = test::fileSha256(a.path());
        auto db = Database::open(a.path());
        QVERIFY(!db.ok());
        QVERIFY2(db.error().toString().contains(QStringLiteral("damaged")) ||
                     db.error().toString().contains(QStringLiteral("not a Clausewatch")),
                 qPrintable(db.error().toString()));
        QCOMPARE(test::fileSha256(a.path()), before);
    }

    void refusesNewerSchema()
    {
        TempArchive a;
        {
            auto db = a.open();
            const QByteArray sql =
                "PRAGMA user_version = " + QByteArray::number(Database::latestSchemaVersion() + 5);
            QVERIFY(db->exec(sql.constData()).ok());
        }
        const QString before = test::fileSha256(a.path());
        auto db = Database::open(a.path());
        QVERIFY(!db.ok());
        QVERIFY2(db.error().toString().contains(QStringLiteral("newer")),
                 qPrintable(db.error().toString()));
        QCOMPARE(test::fileSha256(a.path()), before);
    }

    void upgradesFirstSchemaWithBackup()
    {
        TempArchive a;
        {
            OpenOptions o;
            o.migrateTo = 1;
            auto db = a.open(o);
            QCOMPARE(db->schemaVersion(), 1);
            QVERIFY(PlatformRepository(*db).ensure(QStringLiteral("Oldtimer"), QStringLiteral("Legacy")).ok());
            // The table schema 2 adds must not exist yet.
            QVERIFY(!db->prepare("SELECT * FROM watchlist").ok());
        }
        auto db = a.open();
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(db->prepare("SELECT * FROM watchlist").ok());
        auto p = PlatformRepository(*db).findByName(QStringLiteral("oldtimer"));
        QVERIFY(p.ok() && p->has_value());
        QCOMPARE((*p)->category, QStringLiteral("Legacy"));
        // The backup is a readable schema-1 archive.
        QVERIFY(!db->upgradeBackupPath().isEmpty());
        QVERIFY(QFile::exists(db->upgradeBackupPath()));
        OpenOptions ro;
        ro.readOnly = true;
        auto backup = Database::open(db->upgradeBackupPath(), ro);
        QVERIFY2(backup.ok(), backup.ok() ? "" : qPrintable(backup.error().toString()));
        QCOMPARE((*backup)->schemaVersion(), 1);
    }

    void transactionRollsBackUnlessCommitted()
    {
        TempArchive a;
        auto db = a.open();
        PlatformRepository p(*db);
        {
            Transaction tx(*db);
            QVERIFY(p.ensure(QStringLiteral("Ghost")).ok());
        }
        QVERIFY(!p.findByName(QStringLiteral("Ghost"))->has_value());
        {
            Transaction tx(*db);
            QVERIFY(p.ensure(QStringLiteral("Kept")).ok());
            {
                Transaction inner(*db);
                QVERIFY(p.ensure(QStringLiteral("Inner ghost")).ok());
            }
            QVERIFY(tx.commit().ok());
        }
        QVERIFY(p.findByName(QStringLiteral("Kept"))->has_value());
        QVERIFY(!p.findByName(QStringLiteral("Inner ghost"))->has_value());
    }

    void prepareErrorsAreValues()
    {
        TempArchive a;
        auto db = a.open();
        auto st = db->prepare("SELECT nonsense FROM nowhere");
        QVERIFY(!st.ok());
        QVERIFY(st.error().message.contains(QStringLiteral("no such table")));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
