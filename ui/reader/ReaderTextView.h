#pragma once

#include "archive/ProvisionRepository.h"
#include "model/Clause.h"

#include <QPlainTextEdit>

namespace cw::ui {

class ReaderMargin;

/// A version's whole text, read-only, with its clauses marked: a bar in the
/// margin beside each clause (coloured and labelled with severity and clause
/// type where it is flagged), headings set in bold, evidence in bold on a
/// tint. Clicking a flag in the margin activates it.
class ReaderTextView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit ReaderTextView(QWidget *parent = nullptr);

    void setContent(const QString &text, const QList<Clause> &clauses,
                    const QList<VersionFlag> &flags);
    /// Scrolls to a clause and marks it as the current one; false when absent.
    bool scrollToClause(qint64 clauseId);
    qint64 currentClause() const { return m_current; }
    /// The clause that contains a text position, or 0.
    qint64 clauseAt(int position) const;
    int flaggedClauseCount() const;
    /// The margin label of a clause's flags ("High · Mandatory arbitration +1").
    QString marginLabel(qint64 clauseId) const;
    int marginWidth() const;
    /// Where a clause lies in the margin's coordinates (invalid when absent).
    QRect marginRect(qint64 clauseId) const;
    ReaderMargin *margin() const { return m_margin; }

    /// For ReaderMargin.
    void paintMargin(QPaintEvent *event);
    void marginClicked(const QPoint &pos);

Q_SIGNALS:
    void flagActivated(qint64 flagId);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Span
    {
        qint64 clauseId = 0;
        int start = 0;
        int end = 0;
        QList<VersionFlag> flags;
    };
    void formatText();
    void updateSelections();
    QRectF spanRect(const Span &s) const;

    QList<Span> m_spans;
    qint64 m_current = 0;
    ReaderMargin *m_margin;
};

} // namespace cw::ui
