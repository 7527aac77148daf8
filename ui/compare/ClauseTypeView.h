#pragma once

#include "compare/ClauseTypePage.h"
#include "util/Result.h"

#include <QDate>
#include <QWidget>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QTextBrowser;

namespace cw {
class Database;
}

namespace cw::ui {

class Dialogs;

/// The clause-type page: every platform's clause of one type side by side
/// (severity, plain-language summary, original wording), the platforms that
/// lack it, and the adoption timeline. Reads through the GUI thread's
/// connection `db` (one type is a few thousand rows at most).
class ClauseTypeView : public QWidget
{
    Q_OBJECT

public:
    ClauseTypeView(const Database &db, Dialogs &dialogs, QWidget *parent = nullptr);

    /// Shows `typeKey` now or on `at`; false (and an explanation) on failure.
    bool showType(const QString &typeKey, const std::optional<QDate> &at = std::nullopt);
    /// Reloads the list of types and the page (after an import).
    void reload();
    const ClauseTypePage &page() const { return m_page; }
    Status exportTo(const QString &path, bool json) const;

    QComboBox *typeBox() const { return m_types; }
    QTextBrowser *pageView() const { return m_view; }
    QCheckBox *onDate() const { return m_onDate; }
    QDateEdit *dateEdit() const { return m_date; }

private:
    void fillTypes();
    void render();
    void showCurrent();
    void exportDialog(bool json);

    const Database &m_db;
    Dialogs &m_dialogs;
    ClauseTypePage m_page;
    bool m_filling = false;
    QComboBox *m_types = nullptr;
    QCheckBox *m_onDate = nullptr;
    QDateEdit *m_date = nullptr;
    QTextBrowser *m_view = nullptr;
};

} // namespace cw::ui
