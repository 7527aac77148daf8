#pragma once

#include "archive/FacetRepository.h"
#include "review/FlagFilterState.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QToolButton;

namespace cw::ui {

class AppSettings;
class Dialogs;

/// The flag filters (severity, review status, clause type, category,
/// regulation, changed since review) and saved filters. Used by the flagged
/// clauses table and by global search.
class FlagFilterBar : public QWidget
{
    Q_OBJECT

public:
    /// `settings` holds the saved filters (null: no saved filters).
    FlagFilterBar(AppSettings *settings, Dialogs &dialogs, QWidget *parent = nullptr);

    /// The values offered; the current choice is kept where it still exists.
    void setFacets(const QList<ClauseTypeFacet> &types, const QStringList &categories,
                   const QList<RegulationFacet> &regulations);
    FlagFilterState state() const;
    /// Sets every filter at once; emits changed() once when it differs.
    void setState(const FlagFilterState &state);
    /// Saves the current filters under a name (asked through Dialogs).
    void saveCurrent();
    void applySaved(const QString &name);

    QComboBox *severityBox() const { return m_severity; }
    QComboBox *statusBox() const { return m_status; }
    QComboBox *typeBox() const { return m_type; }
    QComboBox *categoryBox() const { return m_category; }
    QComboBox *regulationBox() const { return m_regulation; }
    QCheckBox *changedBox() const { return m_changed; }

Q_SIGNALS:
    void changed(const FlagFilterState &state);

private:
    void emitIfChanged();
    void rebuildSavedMenu();
    static void select(QComboBox *box, const QString &value);

    AppSettings *m_settings;
    Dialogs &m_dialogs;
    QComboBox *m_severity;
    QComboBox *m_status;
    QComboBox *m_type;
    QComboBox *m_category;
    QComboBox *m_regulation;
    QCheckBox *m_changed;
    QToolButton *m_saved;
    FlagFilterState m_last;
    bool m_updating = false;
};

} // namespace cw::ui
