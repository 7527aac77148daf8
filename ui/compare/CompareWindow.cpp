#include "compare/CompareWindow.h"

#include "archive/Database.h"
#include "compare/ClauseTypeView.h"
#include "compare/ComparisonView.h"

#include <QFileInfo>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cw::ui {

CompareWindow::CompareWindow(const Database &db, Dialogs &dialogs, QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setWindowTitle(tr("Compare clause types — %1").arg(QFileInfo(db.path()).fileName()));
    resize(1280, 820);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_matrix = new ComparisonView(db, dialogs, m_tabs);
    m_clauseType = new ClauseTypeView(db, dialogs, m_tabs);
    m_tabs->addTab(m_matrix, tr("Matrix"));
    m_tabs->addTab(m_clauseType, tr("Clause type"));
    layout->addWidget(m_tabs);
    connect(m_matrix, &ComparisonView::clauseTypeRequested, this,
            [this](const QString &key, const std::optional<QDate> &at) {
                m_clauseType->showType(key, at);
                m_tabs->setCurrentWidget(m_clauseType);
            });
}

void CompareWindow::reload()
{
    m_matrix->reload();
    m_clauseType->reload();
}

} // namespace cw::ui
