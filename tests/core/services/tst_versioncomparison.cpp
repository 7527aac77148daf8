// VersionComparison on the demo archive (our own fictional documents): the
// API the memo and alert features call, and DiffInputFile for diff --files.

#include "TestSupport.h"
#include "archive/ClauseRepository.h"
#include "archive/DocumentRepository.h"
#include "archive/FlagRepository.h"
#include "archive/PlatformRepository.h"
#include "archive/VersionRepository.h"
#include "extract/Extractor.h"
#include "services/DemoArchive.h"
#include "services/DiffInputFile.h"
#include "services/VersionComparison.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QTest>

using namespace cw;

namespace {

QList<Version> versionsOf(const Database &db, const QString &platform, const QString &type)
{
    auto p = PlatformRepository(db).findByName(platform);
    if (!p || !p->has_value())
        return {};
    auto d = DocumentRepository(db).find((*p)->id, type);
    if (!d || !d->has_value())
        return {};
    return VersionRepository(db).forDocument((*d)->id).valueOr({});
}

} // namespace

class TestVersionComparison : public QObject
{
    Q_OBJECT

    test::TempArchive m_archive;
    std::unique_ptr<Database> m_db;
    QList<Version> m_terms; ///< Streamly Terms of Service, oldest first

    const ClauseChange *changeWith(const VersionComparison &c, const QString &text)
    {
        for (const ClauseChange &ch : c.clauses.changes)
            if (ch.clause().text.contains(text))
                return &ch;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_archive.open();
        QVERIFY(DemoArchive::build(*m_db).ok());
        m_terms = versionsOf(*m_db, QStringLiteral("Streamly"), QStringLiteral("Terms of Service"));
        QCOMPARE(m_terms.size(), 5);
    }

    void movedSectionIsAMove()
    {
        auto c = compareVersions(*m_db, m_terms[3].id, m_terms[4].id);
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().toString()));
        QCOMPARE(c->platform, QStringLiteral("Streamly"));
        QCOMPARE(c->termsType, QStringLiteral("Terms of Service"));
        QCOMPARE(c->oldVersion.number, 4);
        QCOMPARE(c->newVersion.number, 5);
        QCOMPARE(c->oldVersion.textSha256, m_terms[3].textSha256);
        QCOMPARE(c->oldVersion.rawSha256.size(), 64);
        QVERIFY(!c->newVersion.capturedAt.isEmpty());
        // The engine: one move carrying the Household Sharing section.
        QCOMPARE(c->diff.moves.size(), 1);
        QVERIFY(c->diff.oldText.mid(c->diff.moves[0].leftStart, c->diff.moves[0].leftLength)
                    .contains(QStringLiteral("Household Sharing")));
        // The clause list: its three clauses moved, not removed and added.
        QCOMPARE(c->clauses.moved, 3);
        QCOMPARE(c->clauses.added, 0);
        const ClauseChange *sharing =
            changeWith(*c, QStringLiteral("A Streamly account is for the Member"));
        QVERIFY(sharing);
        QCOMPARE(sharing->kind, ClauseChange::Kind::Moved);
        QVERIFY(sharing->renumbered);
        QCOMPARE(sharing->before->headingPath.last(),
                 QStringLiteral("4.1 Who may use your account"));
        QCOMPARE(sharing->after->headingPath.last(),
                 QStringLiteral("5.1 Who may use your account"));
        QVERIFY(c->summary.text().contains(
            QStringLiteral("Moved: ‘Household Sharing’ (3 clauses) from section 4 to section 5.")));
        QVERIFY(c->summary.text().contains(QStringLiteral("Removed: section ‘3.7 Free trials")));
    }

    void consecutiveVersionsAgreeWithStoredLineage()
    {
        // Any pair is classified between the two versions compared; for
        // consecutive ones that must be what the import stored.
        for (const QString &type :
             {QStringLiteral("Terms of Service"), QStringLiteral("Privacy Policy")}) {
            for (const QString &platform : {QStringLiteral("Streamly"), QStringLiteral("Paylark"),
                                            QStringLiteral("Kinnet"), QStringLiteral("Quillon")}) {
                const QList<Version> vs = versionsOf(*m_db, platform, type);
                for (qsizetype i = 1; i < vs.size(); ++i) {
                    auto c = compareVersions(*m_db, vs[i - 1].id, vs[i].id);
                    QVERIFY(c.ok());
                    auto stored = ClauseRepository(*m_db).forVersion(vs[i].id);
                    QVERIFY(stored.ok());
                    QHash<qint64, ClauseChange::Kind> kinds;
                    for (const ClauseChange &ch : c->clauses.changes)
                        if (ch.after)
                            kinds.insert(ch.after->id, ch.kind);
                    for (const Clause &s : *stored) {
                        const ClauseChange::Kind k =
                            kinds.value(s.id, ClauseChange::Kind::Unchanged);
                        const bool storedMoved = s.lineageStatus == LineageStatus::Moved ||
                                                 s.lineageStatus == LineageStatus::MovedModified;
                        const QString where = QStringLiteral("%1 %2 v%3 clause %4: %5")
                                                  .arg(platform, type)
                                                  .arg(vs[i].number)
                                                  .arg(s.ordinal)
                                                  .arg(s.text.left(50));
                        QVERIFY2(storedMoved == (k == ClauseChange::Kind::Moved),
                                 qPrintable(where));
                        if (s.lineageStatus == LineageStatus::Modified)
                            QVERIFY2(k == ClauseChange::Kind::Modified, qPrintable(where));
                        // A new lineage is added, unless the redline shows it
                        // as the edit of one removed clause in the same place.
                        if (s.lineageStatus == LineageStatus::New)
                            QVERIFY2(k == ClauseChange::Kind::Added ||
                                         k == ClauseChange::Kind::Modified,
                                     qPrintable(where));
                        if (s.lineageStatus == LineageStatus::Unchanged)
                            QVERIFY2(k == ClauseChange::Kind::Unchanged ||
                                         k == ClauseChange::Kind::Renumbered,
                                     qPrintable(where));
                    }
                }
            }
        }
    }

    void anyTwoVersions()
    {
        auto c = compareVersions(*m_db, m_terms[0].id, m_terms[4].id);
        QVERIFY(c.ok());
        QVERIFY(c->clauses.added >= 3); // the class-action waiver subsection of version 2
        QCOMPARE(c->clauses.moved, 3);
        // Backwards works too: what was added is now removed.
        auto back = compareVersions(*m_db, m_terms[4].id, m_terms[0].id);
        QVERIFY(back.ok());
        QCOMPARE(back->clauses.removed, c->clauses.added);
        QCOMPARE(back->clauses.added, c->clauses.removed);
    }

    void flagsAreReadWithTheirTaxonomyNames()
    {
        auto c0 = compareVersions(*m_db, m_terms[3].id, m_terms[4].id);
        QVERIFY(c0.ok());
        const ClauseChange *sharing =
            changeWith(*c0, QStringLiteral("A Streamly account is for the Member"));
        QVERIFY(sharing);
        // The classifier flagged the clause as it was imported (account sharing).
        const QList<Flag> raised = FlagRepository(*m_db).forLineage(sharing->lineageId).value();
        QVERIFY(std::any_of(raised.begin(), raised.end(), [](const Flag &f) {
            return f.typeKey == QLatin1String("account_sharing");
        }));
        // An analyst adds one of their own; the comparison reads both by name.
        Flag f;
        f.lineageId = sharing->lineageId;
        f.clauseId = sharing->after->id;
        f.typeKey = QStringLiteral("unilateral_termination");
        f.severity = Severity::High;
        f.origin = FlagOrigin::Analyst;
        f.createdAt = f.updatedAt = QStringLiteral("2025-01-01T00:00:00Z");
        auto id = FlagRepository(*m_db).insert(f);
        QVERIFY(id.ok());

        auto c = compareVersions(*m_db, m_terms[3].id, m_terms[4].id);
        QVERIFY(c.ok());
        const ClauseChange *moved =
            changeWith(*c, QStringLiteral("A Streamly account is for the Member"));
        QVERIFY(moved);
        QCOMPARE(moved->flags.size(), raised.size() + 1);
        // High first; names from the taxonomy.
        QCOMPARE(moved->flags.first().id, *id);
        QCOMPARE(moved->flags.first().typeName,
                 QStringLiteral("Unilateral suspension or termination"));
        bool sharingNamed = false;
        for (const ClauseFlagRef &r : moved->flags)
            sharingNamed = sharingNamed || r.typeName == QLatin1String("Account-sharing limits");
        QVERIFY(sharingNamed);
        QVERIFY(c->clauses.flagsTouched.high >= 1);
        QVERIFY(c->summary.text().contains(QStringLiteral("Flagged clauses touched: ")));
    }

    void json()
    {
        auto c = compareVersions(*m_db, m_terms[3].id, m_terms[4].id);
        QVERIFY(c.ok());
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(c->toJsonBytes(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        for (const char *key : {"stats", "fallback", "blocks", "hunks", "moves", "clauses",
                                "summary", "versions", "document"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o[QStringLiteral("moves")].toArray().size(), 1);
        QCOMPARE(
            o[QStringLiteral("clauses")][QStringLiteral("counts")][QStringLiteral("moved")].toInt(),
            3);
        QCOMPARE(o[QStringLiteral("summary")][QStringLiteral("text")].toString(),
                 c->summary.text());
        QCOMPARE(
            o[QStringLiteral("versions")][QStringLiteral("new")][QStringLiteral("id")].toInteger(),
            m_terms[4].id);
        int moved = 0;
        for (const QJsonValue &v :
             o[QStringLiteral("clauses")][QStringLiteral("changes")].toArray())
            moved += v[QStringLiteral("kind")].toString() == QLatin1String("moved") ? 1 : 0;
        QCOMPARE(moved, 3);
        QCOMPARE(o[QStringLiteral("clauses")][QStringLiteral("renumbered")].toArray().size(),
                 c->clauses.renumbered);
    }

    void errors()
    {
        QVERIFY(!compareVersions(*m_db, 999999, m_terms[0].id).ok());
        const QList<Version> privacy =
            versionsOf(*m_db, QStringLiteral("Streamly"), QStringLiteral("Privacy Policy"));
        auto mixed = compareVersions(*m_db, m_terms[0].id, privacy[0].id);
        QVERIFY(!mixed.ok());
        QVERIFY(mixed.error().message.contains(QStringLiteral("different documents")));
        std::atomic_bool cancel{true};
        auto cancelled = compareVersions(*m_db, m_terms[0].id, m_terms[1].id, {}, &cancel);
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().cause, QStringLiteral("cancelled"));
    }

    void textsCompareLikeTheArchive()
    {
        // Files segment and match afresh; on the demo pair they tell the same story.
        auto archived = compareVersions(*m_db, m_terms[3].id, m_terms[4].id);
        QVERIFY(archived.ok());
        const VersionComparison files =
            compareTexts(archived->diff.oldText, archived->diff.newText);
        QCOMPARE(files.clauses.moved, archived->clauses.moved);
        QCOMPARE(files.clauses.changed(), archived->clauses.changed());
        QCOMPARE(files.summary.headline, archived->summary.headline);
        std::atomic_bool cancel{true};
        QVERIFY(compareTexts(archived->diff.oldText, archived->diff.newText, {}, &cancel)
                    .diff.cancelled);
    }

    void canonicalMarkdown_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("canonical");
        QTest::newRow("headings and paragraphs")
            << QStringLiteral("# T\n\n## 1. A\n\nText here.\n") << true;
        QTest::newRow("one list") << QStringLiteral("Intro.\n\n- a\n- b\n") << true;
        QTest::newRow("two lists in a row")
            << QStringLiteral("Intro.\n\n- a\n- b\n\n1. c\n") << false;
        QTest::newRow("list then paragraph") << QStringLiteral("- a\n- b\n\nText.") << true;
        QTest::newRow("emphasis") << QStringLiteral("Some *bold* text.") << false;
        QTest::newRow("link") << QStringLiteral("See [here](x).") << false;
        QTest::newRow("entity") << QStringLiteral("A &amp; B") << false;
        QTest::newRow("soft break") << QStringLiteral("line one\nline two") << false;
        QTest::newRow("two blank lines") << QStringLiteral("a\n\n\nb") << false;
        QTest::newRow("indented") << QStringLiteral("a\n\n    code") << false;
        QTest::newRow("rule") << QStringLiteral("a\n\n---\n\nb") << false;
        QTest::newRow("bad heading") << QStringLiteral("#NoSpace") << false;
        QTest::newRow("table") << QStringLiteral("| a | b |") << false;
        QTest::newRow("non-NFC") << QStringLiteral("Cafe\u0301 au lait.") << false;
        QTest::newRow("NFC accents") << QStringLiteral("Café au lait.") << true;
        QTest::newRow("trailing space") << QStringLiteral("Text. \n") << false;
    }

    void canonicalMarkdown()
    {
        QFETCH(QString, text);
        QFETCH(bool, canonical);
        QCOMPARE(DiffInputFile::isCanonicalMarkdown(text), canonical);
    }

    void canonicalMarkdownExtractsToItself()
    {
        // The fast path's claim: whatever it accepts, extraction returns unchanged.
        QStringList texts{QString::fromUtf8(test::samplePolicy())};
        for (const Version &v : std::as_const(m_terms)) {
            auto full = VersionRepository(*m_db).get(v.id);
            QVERIFY(full.ok() && full->has_value());
            texts << (*full)->text;
        }
        int accepted = 0;
        for (QString t : std::as_const(texts)) {
            if (!DiffInputFile::isCanonicalMarkdown(t))
                continue;
            ++accepted;
            ExtractHints h;
            h.fileName = QStringLiteral("x.md");
            auto e = Extractor().extract(t.toUtf8(), h);
            QVERIFY(e.ok());
            while (t.endsWith(QLatin1Char('\n')))
                t.chop(1);
            QCOMPARE(e->text, t);
        }
        QVERIFY(accepted >= 1);
    }

    void readsFiles()
    {
        test::TempArchive dir;
        const QString md = dir.dir() + QStringLiteral("/a.md");
        const QString txt = dir.dir() + QStringLiteral("/b.txt");
        const QString html = dir.dir() + QStringLiteral("/c.html");
        test::writeFile(md, "# Terms\n\nSome **bold** words.\n");
        test::writeFile(txt, "Line one\r\n\r\nLine *two*\r\n");
        test::writeFile(html,
                        "<html><body><h1>Terms</h1><p>Some <b>bold</b> words.</p></body></html>");
        auto a = DiffInputFile::read(md);
        auto b = DiffInputFile::read(txt);
        auto c = DiffInputFile::read(html);
        QVERIFY(a.ok() && b.ok() && c.ok());
        QCOMPARE(a->text, QStringLiteral("# Terms\n\nSome bold words."));
        QCOMPARE(a->format, QStringLiteral("markdown"));
        QCOMPARE(b->text, QStringLiteral("Line one\n\nLine *two*\n")); // taken as it is
        QCOMPARE(b->format, QStringLiteral("canonical"));
        QVERIFY(!a->textIsRaw && !b->textIsRaw && !c->textIsRaw); // extracted; CRLF → LF
        QCOMPARE(c->text, a->text);
        const QString plain = dir.dir() + QStringLiteral("/d.txt");
        test::writeFile(plain, "Fees \xE2\x80\x94 monthly.\n");
        auto d = DiffInputFile::read(plain);
        QVERIFY(d.ok() && d->textIsRaw);
        QCOMPARE(d->text.toUtf8(), d->raw);
        QVERIFY(!DiffInputFile::read(dir.dir() + QStringLiteral("/missing.txt")).ok());
    }
};

QTEST_GUILESS_MAIN(TestVersionComparison)
#include "tst_versioncomparison.moc"
