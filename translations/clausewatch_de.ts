<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../ui/models/DocumentListModel.cpp" line="58"/>
        <source>%1 (+%2 suspect)</source>
        <translation>%1 (+%2 verdächtig)</translation>
    </message>
    <message>
        <location filename="../ui/models/DocumentListModel.cpp" line="67"/>
        <source>%1
Source: %2
First tracked: %3
Last changed: %4
Last verified: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/DocumentListModel.cpp" line="78"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../ui/models/DocumentListModel.cpp" line="79"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/models/DocumentListModel.cpp" line="80"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location filename="../ui/models/DocumentListModel.cpp" line="81"/>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <location filename="../ui/models/DocumentListModel.cpp" line="82"/>
        <source>Last verified</source>
        <translation>Zuletzt bestätigt</translation>
    </message>
    <message>
        <location filename="../ui/models/DocumentListModel.cpp" line="83"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
</context>
<context>
    <name>PlatformListModel</name>
    <message>
        <location filename="../ui/models/PlatformListModel.cpp" line="63"/>
        <source>%1 — %2 documents; %3 high, %4 medium, %5 low; %6 not yet reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/PlatformListModel.cpp" line="86"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location filename="../ui/models/PlatformListModel.cpp" line="87"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/models/PlatformListModel.cpp" line="88"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../ui/models/PlatformListModel.cpp" line="89"/>
        <source>Med.</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../ui/models/PlatformListModel.cpp" line="90"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../ui/models/PlatformListModel.cpp" line="91"/>
        <source>To review</source>
        <translation>Zu prüfen</translation>
    </message>
</context>
<context>
    <name>cw</name>
    <message>
        <location filename="../core/archive/Database.cpp" line="29"/>
        <source>opening archive %1</source>
        <translation>Öffnen des Archivs %1</translation>
    </message>
    <message>
        <location filename="../core/archive/Database.cpp" line="32"/>
        <source>cannot read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Database.cpp" line="35"/>
        <source>the file is empty, not a Clausewatch archive</source>
        <translation>die Datei ist leer, kein Clausewatch-Archiv</translation>
    </message>
    <message>
        <location filename="../core/archive/Database.cpp" line="37"/>
        <source>not a Clausewatch archive (not an SQLite database)</source>
        <translation>kein Clausewatch-Archiv (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <location filename="../core/services/DemoArchive.cpp" line="35"/>
        <source>reading the demo sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/DemoArchive.cpp" line="46"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/DemoArchive.cpp" line="55"/>
        <source>missing demo file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/DemoArchive.cpp" line="76"/>
        <source>no demo sources are embedded in this build</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ArchiveVerifier</name>
    <message>
        <location filename="../core/provenance/ArchiveVerifier.cpp" line="60"/>
        <source>snapshot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provenance/ArchiveVerifier.cpp" line="61"/>
        <source>%1, captured %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provenance/ArchiveVerifier.cpp" line="62"/>
        <source>raw bytes do not match their SHA-256 recorded at capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provenance/ArchiveVerifier.cpp" line="76"/>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provenance/ArchiveVerifier.cpp" line="77"/>
        <source>%1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/provenance/ArchiveVerifier.cpp" line="78"/>
        <source>text does not match its SHA-256 recorded at capture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::CaptureImporter</name>
    <message>
        <location filename="../core/services/CaptureImporter.cpp" line="28"/>
        <source>importing %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/CaptureImporter.cpp" line="30"/>
        <source>a platform name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/CaptureImporter.cpp" line="32"/>
        <source>a terms type is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::Database</name>
    <message>
        <location filename="../core/archive/Database.cpp" line="61"/>
        <location filename="../core/archive/Database.cpp" line="137"/>
        <source>opening archive %1</source>
        <translation>Öffnen des Archivs %1</translation>
    </message>
    <message>
        <location filename="../core/archive/Database.cpp" line="65"/>
        <source>is a folder, not an archive file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Database.cpp" line="67"/>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/archive/Database.cpp" line="69"/>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Database.cpp" line="84"/>
        <location filename="../core/archive/Database.cpp" line="87"/>
        <source>the file is damaged or not an archive</source>
        <translation>die Datei ist beschädigt oder kein Archiv</translation>
    </message>
    <message>
        <location filename="../core/archive/Database.cpp" line="90"/>
        <source>not a Clausewatch archive (a different SQLite database)</source>
        <translation>kein Clausewatch-Archiv (eine andere SQLite-Datenbank)</translation>
    </message>
    <message>
        <location filename="../core/archive/Database.cpp" line="94"/>
        <location filename="../core/archive/Database.cpp" line="96"/>
        <source>the archive is damaged</source>
        <translation>das Archiv ist beschädigt</translation>
    </message>
    <message>
        <location filename="../core/archive/Database.cpp" line="99"/>
        <source>the archive has schema version %1, newer than this Clausewatch supports (%2); use a newer Clausewatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Database.cpp" line="114"/>
        <location filename="../core/archive/Database.cpp" line="122"/>
        <source>cannot write the backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Database.cpp" line="147"/>
        <source>upgrading the archive failed; it was left as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Database.cpp" line="177"/>
        <source>applying migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Database.cpp" line="191"/>
        <source>preparing SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/Database.cpp" line="201"/>
        <source>running SQL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::DemoArchive</name>
    <message>
        <location filename="../core/services/DemoArchive.cpp" line="100"/>
        <source>building the demo archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/DemoArchive.cpp" line="105"/>
        <source>the archive already holds the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/DemoArchive.cpp" line="119"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::Search</name>
    <message>
        <location filename="../core/archive/SearchRepository.cpp" line="13"/>
        <source>searching for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/archive/SearchRepository.cpp" line="15"/>
        <source>the search is empty</source>
        <translation>die Suche ist leer</translation>
    </message>
    <message>
        <location filename="../core/archive/SearchRepository.cpp" line="38"/>
        <source>the search could not be understood (%1); put phrases in double quotes or use plain words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::TextStage</name>
    <message>
        <location filename="../core/services/TextStage.cpp" line="18"/>
        <source>the file is not valid UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/services/TextStage.cpp" line="34"/>
        <source>almost no text (%1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::cli</name>
    <message>
        <location filename="../app/cli/Cli.cpp" line="27"/>
        <source>build the demo archive</source>
        <translation>das Demo-Archiv erstellen</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="28"/>
        <source>list platforms, documents, versions or flags</source>
        <translation>Plattformen, Dokumente, Versionen oder Markierungen auflisten</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="30"/>
        <source>re-hash all evidence; exit 1 on tampering</source>
        <translation>alle Nachweise neu hashen; Exit-Code 1 bei Manipulation</translation>
    </message>
</context>
<context>
    <name>cw::ui</name>
    <message>
        <location filename="../ui/GuiMain.cpp" line="65"/>
        <source>Clausewatch: platform policies, flagged clauses and redlines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GuiMain.cpp" line="69"/>
        <source>Archive file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GuiMain.cpp" line="73"/>
        <source>Open the demo archive, building it when absent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GuiMain.cpp" line="76"/>
        <source>Save the main window as PNG and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/GuiMain.cpp" line="80"/>
        <source>Select this platform.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="48"/>
        <source>Clausewatch — %1</source>
        <translation>Clausewatch — %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="56"/>
        <source>Filter platforms…</source>
        <translation>Plattformen filtern …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="106"/>
        <source>Archive: %1</source>
        <translation>Archiv: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="114"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="115"/>
        <source>Build &amp;Demo Archive</source>
        <translation>&amp;Demo-Archiv erstellen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="118"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="122"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="123"/>
        <source>&amp;About Clausewatch</source>
        <translation>Über &amp;Clausewatch</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="159"/>
        <source>No platform selected</source>
        <translation>Keine Plattform ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="169"/>
        <source>Empty archive</source>
        <translation>Leeres Archiv</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="170"/>
        <source>This archive holds no platforms yet. Build the demo archive (six fictional platforms with several versions of their terms) so you can try Clausewatch?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="181"/>
        <source>Building the demo archive…</source>
        <translation>Demo-Archiv wird erstellt …</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="208"/>
        <source>Clausewatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="213"/>
        <source>About Clausewatch</source>
        <translation>Über Clausewatch</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="214"/>
        <source>Clausewatch %1
An offline archive of platform policies: flagged clauses, redlines between versions and verifiable compliance memos.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ui::Severity</name>
    <message>
        <location filename="../ui/models/SeverityStyle.h" line="36"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../ui/models/SeverityStyle.h" line="37"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../ui/models/SeverityStyle.h" line="40"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
</context>
</TS>
