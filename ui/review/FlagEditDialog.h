#pragma once

#include "archive/FacetRepository.h"
#include "services/ReviewDecision.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace cw::ui {

/// Edits one flag or several at once: clause type, severity, the
/// plain-language summary, a note to add, and the reason for the change.
/// Fields left as they are change nothing; decision() gives one "edit"
/// decision with only what was changed.
class FlagEditDialog : public QDialog
{
    Q_OBJECT

public:
    /// `current` describes the flag when one is edited (its fields prefill
    /// the form); with several flags the form starts at "unchanged".
    FlagEditDialog(const QList<ClauseTypeFacet> &types, const QList<qint64> &flagIds,
                   const std::optional<Flag> &current, QWidget *parent = nullptr);

    ReviewDecision decision() const;

    QComboBox *typeBox() const { return m_type; }
    QComboBox *severityBox() const { return m_severity; }
    QPlainTextEdit *summaryEdit() const { return m_summary; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QLineEdit *reasonEdit() const { return m_reason; }

private:
    QList<qint64> m_ids;
    std::optional<Flag> m_current;
    QComboBox *m_type = nullptr;
    QComboBox *m_severity = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLineEdit *m_reason = nullptr;
};

} // namespace cw::ui
