#include "models/DocumentListModel.h"

#include <QDateTime>
#include <QLocale>

namespace cw::ui {

namespace {
QString shortDate(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? QLocale().toString(t.toLocalTime().date(), QLocale::ShortFormat) : iso;
}
} // namespace

DocumentListModel::DocumentListModel(QObject *parent) : QAbstractTableModel(parent) {}

Status DocumentListModel::reload(const Database &db, std::optional<qint64> platformId)
{
    auto rows = DocumentRepository(db).summaries(platformId);
    if (!rows)
        return rows.error();
    beginResetModel();
    m_rows = std::move(*rows);
    endResetModel();
    return {};
}

qint64 DocumentListModel::documentId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).document.id : 0;
}

int DocumentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DocumentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DocumentSummary &d = m_rows.at(index.row());
    if (role == DocumentIdRole)
        return d.document.id;
    const auto column = Column(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Type: return d.document.termsType;
        case Column::Title: return d.document.title;
        case Column::Versions:
            return d.suspectSnapshots > 0
                       ? tr("%1 (+%2 suspect)").arg(d.versions).arg(d.suspectSnapshots)
                       : QString::number(d.versions);
        case Column::LastChanged: return shortDate(d.lastChanged);
        case Column::LastVerified: return shortDate(d.lastVerified);
        case Column::Record: return d.document.recordId();
        case Column::Count: break;
        }
    }
    if (role == Qt::ToolTipRole)
        return tr("%1\nSource: %2\nFirst tracked: %3\nLast changed: %4\nLast verified: %5")
            .arg(d.document.title, d.document.sourceUrl, d.firstSeen, d.lastChanged,
                 d.lastVerified);
    return {};
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Type: return tr("Document");
    case Column::Title: return tr("Title");
    case Column::Versions: return tr("Versions");
    case Column::LastChanged: return tr("Last changed");
    case Column::LastVerified: return tr("Last verified");
    case Column::Record: return tr("Record");
    case Column::Count: break;
    }
    return {};
}

} // namespace cw::ui
