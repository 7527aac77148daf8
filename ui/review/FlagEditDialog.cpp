#include "review/FlagEditDialog.h"
#include "model/ClauseCategory.h"

#include "models/SeverityStyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace cw::ui {

FlagEditDialog::FlagEditDialog(const QList<ClauseTypeFacet> &types, const QList<qint64> &flagIds,
                               const std::optional<Flag> &current, QWidget *parent)
    : QDialog(parent), m_ids(flagIds), m_current(current)
{
    setWindowTitle(flagIds.size() == 1 ? tr("Edit flag %1").arg(recordId(RecordKind::Provision, flagIds.first()))
                                       : tr("Edit %n flags", nullptr, int(flagIds.size())));
    setMinimumWidth(520);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_type = new QComboBox(this);
    m_type->addItem(tr("(unchanged)"), QString());
    for (const ClauseTypeFacet &t : types)
        m_type->addItem(QStringLiteral("%1 — %2").arg(categoryDisplayName(t.category), t.name), t.key);
    m_severity = new QComboBox(this);
    m_severity->addItem(tr("(unchanged)"), QString());
    for (Severity s : {Severity::High, Severity::Medium, Severity::Low})
        m_severity->addItem(SeverityStyle::word(s), severityKey(s));
    m_summary = new QPlainTextEdit(this);
    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(flagIds.size() == 1 ? tr("The clause in plain language")
                                                      : tr("(unchanged when left empty)"));
    m_summary->setFixedHeight(80);
    m_note = new QPlainTextEdit(this);
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("A note to add (kept with the flag)"));
    m_note->setFixedHeight(60);
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("Why (recorded in the audit log)"));

    if (m_current) {
        m_type->setCurrentIndex(std::max(0, m_type->findData(m_current->typeKey)));
        m_severity->setCurrentIndex(std::max(0, m_severity->findData(severityKey(m_current->severity))));
        m_summary->setPlainText(m_current->summary);
    }
    form->addRow(tr("Clause &type:"), m_type);
    form->addRow(tr("&Severity:"), m_severity);
    form->addRow(tr("Plain-language s&ummary:"), m_summary);
    form->addRow(tr("Add a &note:"), m_note);
    form->addRow(tr("&Reason:"), m_reason);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    if (m_current && !m_current->notes.isEmpty()) {
        auto *notes = new QLabel(tr("Notes so far: %1").arg(m_current->notes), this);
        notes->setWordWrap(true);
        notes->setTextFormat(Qt::PlainText);
        layout->addWidget(notes);
    }
    layout->addLayout(form);
    layout->addWidget(buttons);
}

ReviewDecision FlagEditDialog::decision() const
{
    ReviewDecision d;
    d.action = QStringLiteral("edit");
    d.reason = m_reason->text().trimmed();
    const QString type = m_type->currentData().toString();
    const QString severity = m_severity->currentData().toString();
    const QString summary = m_summary->toPlainText().trimmed();
    const QString note = m_note->toPlainText().trimmed();
    for (qint64 id : m_ids) {
        FlagPatch p;
        p.flagId = id;
        if (!type.isEmpty())
            p.typeKey = type;
        if (!severity.isEmpty())
            p.severity = severityFromKey(severity);
        // One flag: the summary field holds its summary, so any edit counts
        // (clearing included). Several: only a non-empty text replaces theirs.
        if (m_current ? summary != m_current->summary : !summary.isEmpty())
            p.summary = summary;
        if (!note.isEmpty())
            p.appendNote = note;
        if (!p.isEmpty())
            d.patches.append(p);
    }
    return d;
}

} // namespace cw::ui
