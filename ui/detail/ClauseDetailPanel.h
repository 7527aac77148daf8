#pragma once

#include "archive/ProvisionRepository.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTableView;

namespace cw {
class Database;
}

namespace cw::ui {

class PeerFlagModel;

/// Everything about one flagged clause, as a provision page: the original
/// language with its evidence highlighted beside the plain-language reading,
/// why it matters, consumer impact, regulations, provision details, evidence
/// provenance, how to cite (with a copy button) and how other platforms
/// handle the same clause type (click to go there).
class ClauseDetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ClauseDetailPanel(QWidget *parent = nullptr);

    void setDatabase(const Database *db);
    /// Shows a flag (0: the empty state). Reads it afresh each time, so a
    /// call after a review decision shows the new status.
    void showFlag(qint64 flagId);
    qint64 flagId() const { return m_detail ? m_detail->flag.id : 0; }
    const std::optional<ProvisionDetail> &detail() const { return m_detail; }
    /// Puts the citation on the clipboard; emits citationCopied.
    void copyCitation();

    QString citation() const { return m_detail ? m_detail->citation() : QString(); }
    QPushButton *copyCitationButton() const { return m_copy; }
    QTableView *peerView() const { return m_peerView; }
    PeerFlagModel *peerModel() const { return m_peers; }
    QLabel *originalLabel() const { return m_original; }
    QLabel *summaryLabel() const { return m_summary; }
    /// Navigates as a click on a peer row does.
    void activatePeer(int row);

Q_SIGNALS:
    void navigateToFlag(qint64 flagId);
    void citationCopied(const QString &citation);
    /// "Show in document": the reader at this clause.
    void showInDocument(qint64 versionId, qint64 clauseId);

private:
    void render();
    QLabel *sectionTitle(const QString &text);
    QLabel *textLabel();

    const Database *m_db = nullptr;
    std::optional<ProvisionDetail> m_detail;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QScrollArea *m_scroll;
    QLabel *m_typeTitle;
    QLabel *m_badges;
    QLabel *m_record;
    QLabel *m_context;
    QLabel *m_original;
    QLabel *m_summary;
    QLabel *m_why;
    QLabel *m_impact;
    QLabel *m_notesTitle;
    QLabel *m_notes;
    QLabel *m_regulations;
    QFormLayout *m_details;
    QFormLayout *m_provenance;
    QLabel *m_citation;
    QPushButton *m_copy;
    QPushButton *m_showInDocument;
    QLabel *m_peersNote;
    QTableView *m_peerView;
    PeerFlagModel *m_peers;
};

} // namespace cw::ui
