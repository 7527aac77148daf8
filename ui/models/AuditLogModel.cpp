#include "models/AuditLogModel.h"

#include "model/RecordId.h"

#include <QDateTime>
#include <QJsonValue>

namespace cw::ui {

AuditLogModel::AuditLogModel(QObject *parent) : QAbstractTableModel(parent) {}

Result<QList<AuditEntry>> AuditLogModel::page(qint64 beforeId) const
{
    return AuditRepository(*m_db).list(m_flagId ? QStringLiteral("flag") : QString(), m_flagId,
                                       kPageSize, beforeId);
}

Status AuditLogModel::reload(const Database *db, qint64 flagId)
{
    m_fetching = true; // no nested fetchMore from the reset signals
    beginResetModel();
    m_db = db;
    m_flagId = flagId;
    m_entries.clear();
    m_atEnd = true;
    Status result;
    if (m_db) {
        auto rows = page(0);
        if (rows) {
            m_atEnd = rows->size() < kPageSize;
            m_entries = std::move(*rows);
        } else {
            result = rows.error();
        }
    }
    endResetModel();
    m_fetching = false;
    return result;
}

const AuditEntry *AuditLogModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_db && !m_atEnd && !m_fetching;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto rows = page(m_entries.isEmpty() ? 0 : m_entries.constLast().id);
    if (!rows || rows->isEmpty()) {
        m_atEnd = true;
        return;
    }
    m_atEnd = rows->size() < kPageSize;
    const int first = int(m_entries.size());
    m_fetching = true;
    beginInsertRows({}, first, first + int(rows->size()) - 1);
    m_entries.append(std::move(*rows));
    endInsertRows();
    m_fetching = false;
}

QString AuditLogModel::actionText(const QString &action)
{
    const bool undo = action.startsWith(QLatin1String("undo:"));
    const QString base = undo ? action.mid(5) : action;
    QString text;
    if (base == QLatin1String("confirm"))
        text = tr("Confirmed");
    else if (base == QLatin1String("reject"))
        text = tr("Rejected");
    else if (base == QLatin1String("reopen"))
        text = tr("Reopened");
    else if (base == QLatin1String("change_severity"))
        text = tr("Severity changed");
    else if (base == QLatin1String("change_type"))
        text = tr("Clause type changed");
    else if (base == QLatin1String("edit_summary"))
        text = tr("Summary edited");
    else if (base == QLatin1String("edit_notes") || base == QLatin1String("add_note"))
        text = tr("Notes edited");
    else if (base == QLatin1String("edit"))
        text = tr("Edited");
    else
        text = base;
    return undo ? tr("Undone: %1").arg(text) : text;
}

QString AuditLogModel::changeText(const AuditEntry &e)
{
    QStringList parts;
    for (auto it = e.after.begin(); it != e.after.end(); ++it) {
        const auto show = [](const QJsonValue &v) {
            QString s = v.isBool() ? (v.toBool() ? tr("yes") : tr("no")) : v.toVariant().toString();
            s = s.simplified();
            return s.size() > 60 ? s.left(59) + QChar(0x2026) : s;
        };
        parts << QStringLiteral("%1: %2 → %3")
                     .arg(it.key(), show(e.before.value(it.key())), show(it.value()));
    }
    return parts.join(QStringLiteral("; "));
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role == EntryIdRole)
        return e.id;
    if (role == EntityIdRole)
        return e.entityId;
    const auto column = Column(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Time: {
            const QDateTime t = QDateTime::fromString(e.at, Qt::ISODate);
            return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : e.at;
        }
        case Column::Actor: return e.actor;
        case Column::Action: return actionText(e.action);
        case Column::Record:
            return e.entity == QLatin1String("flag") ? recordId(RecordKind::Provision, e.entityId)
                                                      : QStringLiteral("%1 %2").arg(e.entity).arg(e.entityId);
        case Column::Change: return changeText(e);
        case Column::Reason: return e.reason;
        case Column::Count: break;
        }
    }
    if (role == Qt::ToolTipRole && (column == Column::Change || column == Column::Reason))
        return QString(changeText(e) + (e.reason.isEmpty() ? QString() : QStringLiteral("\n") + e.reason));
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Time: return tr("When (UTC)");
    case Column::Actor: return tr("Who");
    case Column::Action: return tr("Decision");
    case Column::Record: return tr("Record");
    case Column::Change: return tr("Before → after");
    case Column::Reason: return tr("Reason");
    case Column::Count: break;
    }
    return {};
}

} // namespace cw::ui
