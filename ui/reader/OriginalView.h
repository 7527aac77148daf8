#pragma once

#include "model/Snapshot.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace cw::ui {

class SnapshotWebView;

/// The stored snapshot of a capture, as captured: HTML rendered in a locked
/// down web view (JavaScript off, every request blocked), any other format
/// as its text. A header says what it is and where it came from.
class OriginalView : public QDialog
{
    Q_OBJECT

public:
    explicit OriginalView(const Snapshot &snapshot, QWidget *parent = nullptr);

    /// Null for non-HTML snapshots.
    SnapshotWebView *webView() const { return m_web; }
    QPlainTextEdit *textView() const { return m_text; }
    static bool isHtml(const Snapshot &snapshot);

private:
    SnapshotWebView *m_web = nullptr;
    QPlainTextEdit *m_text = nullptr;
};

} // namespace cw::ui
