// The memo composer: the form drives the spec, the live preview shows the
// memo, Export PDF goes through the Dialogs seam and writes a sealed,
// recorded memo; the main window opens it from File → New Memo….

#include "MainWindow.h"
#include "MemoFixtures.h"
#include "ScriptedDialogs.h"
#include "TestSupport.h"
#include "archive/MemoRepository.h"
#include "memo/MemoComposerDialog.h"
#include "memo/MemoVerifier.h"
#include "services/DemoArchive.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QObject>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QWebEngineView>

using namespace cw;
using cw::ui::testing::ScriptedDialogs;

class TestMemoComposer : public QObject
{
    Q_OBJECT

    test::TempArchive m_archive;
    std::unique_ptr<Database> m_db;

    QString keyPath() const { return m_archive.dir() + QStringLiteral("/keys/me.pem"); }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_archive.open();
        QVERIFY(DemoArchive::build(*m_db).ok());
        QVERIFY(test::seedFlags(*m_db) > 50);
    }

    void formDescribesTheSpec()
    {
        ScriptedDialogs dialogs;
        ui::MemoComposerDialog d(*m_db, dialogs, nullptr, keyPath());
        d.selectPlatform(QStringLiteral("Paylark"));
        MemoSpec s = d.spec();
        QCOMPARE(s.scope, MemoScope::Platform);
        QCOMPARE(s.platform, QStringLiteral("Paylark"));
        QVERIFY(s.documentIds.isEmpty()); // all documents
        QVERIFY(s.options.benchmark && s.options.evidenceAppendix);
        d.findChild<QLineEdit *>()->setText(QString()); // harmless: the first line edit is the flag list
        d.setFlagSelection({3, 5});
        s = d.spec();
        QCOMPARE(s.scope, MemoScope::Flags);
        QCOMPARE(s.flagIds, (QList<qint64>{3, 5}));
    }

    void previewShowsTheMemo()
    {
        ScriptedDialogs dialogs;
        ui::MemoComposerDialog d(*m_db, dialogs, nullptr, keyPath());
        d.show();
        QSignalSpy updated(&d, &ui::MemoComposerDialog::previewUpdated);
        d.selectPlatform(QStringLiteral("Streamly"));
        QVERIFY(updated.wait(60000));
        QVERIFY(updated.last().first().toBool());
        QVERIFY(d.previewHtml().contains(QStringLiteral("Compliance memo: Streamly")));
        QVERIFY(d.statusLabel()->text().contains(QStringLiteral("finding")));
        QVERIFY(d.exportButton()->isEnabled());
        // The preview's page shows it (read back from the engine, scripts off).
        QString html;
        d.preview()->page()->toHtml([&html](const QString &h) { html = h; });
        QTRY_VERIFY_WITH_TIMEOUT(!html.isEmpty(), 30000);
        QVERIFY(html.contains(QStringLiteral("Executive summary")));
        // It is drawn: the view is not blank.
        QTest::qWait(300);
        const QImage shot = d.grab().toImage();
        QSet<QRgb> colours;
        for (int y = 0; y < shot.height(); y += 6)
            for (int x = 0; x < shot.width(); x += 6)
                colours.insert(shot.pixel(x, y));
        QVERIFY(colours.size() > 20);
        shot.save(m_archive.dir() + QStringLiteral("/composer.png"));
        if (!qEnvironmentVariableIsEmpty("CW_KEEP_SCREENSHOT"))
            shot.save(qEnvironmentVariable("CW_KEEP_SCREENSHOT"));

        // An invalid form says why and cannot export.
        d.setFlagSelection({999999});
        QVERIFY(updated.wait(60000));
        QVERIFY(!updated.last().first().toBool());
        QVERIFY(d.statusLabel()->text().contains(QStringLiteral("CW-P-999999")));
        QVERIFY(!d.exportButton()->isEnabled());
    }

    void exportWritesASealedRecordedMemo()
    {
        ScriptedDialogs dialogs;
        dialogs.fileToSave = m_archive.dir() + QStringLiteral("/composed"); // ".pdf" is added
        ui::MemoComposerDialog d(*m_db, dialogs, nullptr, keyPath());
        d.selectPlatform(QStringLiteral("Kinnet"));
        d.findChild<QCheckBox *>(QString(), Qt::FindChildrenRecursively); // form is built
        for (QCheckBox *c : d.findChildren<QCheckBox *>())
            if (c->text().startsWith(QStringLiteral("Sign with")))
                c->setChecked(true);
        QSignalSpy done(&d, &ui::MemoComposerDialog::exported);
        QSignalSpy failed(&d, &ui::MemoComposerDialog::exportFailed);
        QTest::mouseClick(d.exportButton(), Qt::LeftButton);
        QVERIFY(done.wait(120000) || !failed.isEmpty());
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        const QString path = done.first().at(0).toString();
        QCOMPARE(path, m_archive.dir() + QStringLiteral("/composed.pdf"));
        QVERIFY(dialogs.asked.contains(QStringLiteral("Memo exported")));
        QVERIFY(QFile::exists(keyPath())); // created on first use
        MemoVerifyOptions o;
        o.archive = m_db.get();
        auto v = MemoVerifier::verify(test::readFile(path), o);
        QVERIFY(v.ok());
        QVERIFY2(v->ok(), qPrintable(v->failures().join(QLatin1Char('\n'))));
        QVERIFY(v->isSigned);
        QCOMPARE(v->fingerprint, done.first().at(1).toString());

        // Cancelled file dialog: nothing happens.
        dialogs.fileToSave.clear();
        const int memos = int(MemoRepository(*m_db).list()->size());
        QTest::mouseClick(d.exportButton(), Qt::LeftButton);
        QTest::qWait(200);
        QCOMPARE(int(MemoRepository(*m_db).list()->size()), memos);
    }

    void mainWindowOpensTheComposer()
    {
        test::TempArchive a;
        auto db = Database::open(m_archive.path());
        QVERIFY(db.ok());
        ScriptedDialogs dialogs;
        ui::MainWindow w(std::move(*db), dialogs);
        w.show();
        QVERIFY(w.selectPlatform(QStringLiteral("Bazaro")));
        QAction *action = nullptr;
        for (QAction *a : w.menuBar()->actions().first()->menu()->actions())
            if (a->text().contains(QStringLiteral("Memo")))
                action = a;
        QVERIFY(action);
        action->trigger();
        auto *d = w.findChild<ui::MemoComposerDialog *>();
        QVERIFY(d);
        QCOMPARE(d->spec().platform, QStringLiteral("Bazaro"));
        d->close();
    }
};

int main(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestMemoComposer test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_memo_composer.moc"
