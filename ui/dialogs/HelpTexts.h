#pragma once

#include <QCoreApplication>
#include <QString>

namespace cw::ui {

/// The texts of Help → About and Help → Keyboard Shortcuts.
struct HelpTexts
{
    static QString about()
    {
        return QCoreApplication::translate(
                   "cw::ui::MainWindow",
                   "Clausewatch %1\nAn offline archive of platform policies: flagged clauses, "
                   "redlines between versions and verifiable compliance memos.")
            .arg(QStringLiteral(CW_VERSION_STRING));
    }
    static QString shortcuts()
    {
        return QCoreApplication::translate(
            "cw::ui::MainWindow",
            "J / K\tnext / previous flagged clause\nC\tconfirm\nR\treject\nU\treopen for review\n"
            "E\tedit type, severity, summary, notes\n1 / 2 / 3\tseverity High / Medium / Low\n"
            "Ctrl+Z / Ctrl+Shift+Z\tundo / redo\nCtrl+K\tsearch everywhere\n"
            "Ctrl+Shift+C\tcopy the citation\nCtrl+1 / 2 / 3\tclauses / reader / audit log\n"
            "Ctrl+D\tcompare two versions (redline)\nF7 / Shift+F7\tnext / previous change in a "
            "redline\nCtrl+M\tnew memo\nCtrl+T\tcompare clause types across platforms\n"
            "Ctrl+Shift+A\talerts and watchlist\n\n"
            "Decisions apply to every selected row.");
    }
};

} // namespace cw::ui
