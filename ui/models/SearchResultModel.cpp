#include "models/SearchResultModel.h"

#include "models/FlagTableModel.h"
#include "models/SeverityStyle.h"

namespace cw::ui {

SearchResultModel::SearchResultModel(QObject *parent) : QAbstractListModel(parent) {}

void SearchResultModel::setHits(QList<SearchHit> hits)
{
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
}

const SearchHit *SearchResultModel::hit(int row) const
{
    return row >= 0 && row < m_hits.size() ? &m_hits.at(row) : nullptr;
}

QString SearchResultModel::snippetHtml(const QString &snippet)
{
    QString out;
    QString run;
    const auto flush = [&] {
        out += run.toHtmlEscaped();
        run.clear();
    };
    for (const QChar c : snippet) {
        if (c == QChar(2)) {
            flush();
            out += QStringLiteral("<b>");
        } else if (c == QChar(3)) {
            flush();
            out += QStringLiteral("</b>");
        } else {
            run += c;
        }
    }
    flush();
    return out;
}

QString SearchResultModel::snippetPlain(const QString &snippet)
{
    QString s = snippet;
    s.remove(QChar(2)).remove(QChar(3));
    return s;
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &h = m_hits.at(index.row());
    const QString context =
        QStringList{h.platformName, h.termsType,
                    h.headingPath.isEmpty() ? QString() : h.headingPath.constLast()}
            .join(QStringLiteral(" · "));
    const QString badge =
        h.flagId && h.severity
            ? QStringList{SeverityStyle::word(*h.severity), h.typeName,
                          FlagTableModel::statusText(h.status.value_or(ReviewStatus::Suggested))}
                  .join(QStringLiteral(" · "))
            : QString();
    switch (role) {
    case Qt::DisplayRole:
        return QString(context + QLatin1Char('\n') + snippetPlain(h.snippet));
    case Qt::ToolTipRole:
        return QString(h.headingPath.join(QStringLiteral(" › ")) +
                       (h.flagId ? QStringLiteral("\n") + h.recordId() : QString()));
    case FlagIdRole: return h.flagId;
    case ClauseIdRole: return h.clauseId;
    case VersionIdRole: return h.versionId;
    case DocumentIdRole: return h.documentId;
    case PlatformIdRole: return h.platformId;
    case SeverityRole: return h.severity ? QVariant(int(*h.severity)) : QVariant();
    case SnippetHtmlRole: return snippetHtml(h.snippet);
    case ContextRole: return context;
    case BadgeRole: return badge;
    default: break;
    }
    return {};
}

} // namespace cw::ui
