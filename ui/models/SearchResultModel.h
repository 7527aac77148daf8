#pragma once

#include "archive/SearchRepository.h"

#include <QAbstractListModel>

namespace cw::ui {

/// Search hits, best first. One row per clause; the snippet's highlights are
/// offered as HTML (SnippetHtmlRole) for the delegate that draws them.
class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        FlagIdRole = Qt::UserRole + 1, ///< qint64, 0 when the clause has no flag
        ClauseIdRole,
        VersionIdRole,
        DocumentIdRole,
        PlatformIdRole,
        SeverityRole,    ///< int(Severity), or invalid when unflagged
        SnippetHtmlRole, ///< the snippet with <b> highlights, escaped
        ContextRole,     ///< "Platform · Document · Section"
        BadgeRole,       ///< "High · Mandatory arbitration · ✓ Confirmed", or empty
    };

    explicit SearchResultModel(QObject *parent = nullptr);

    void setHits(QList<SearchHit> hits);
    void clear() { setHits({}); }
    const SearchHit *hit(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// "\x02word\x03" markers → "<b>word</b>", the rest HTML-escaped.
    static QString snippetHtml(const QString &snippet);
    /// The snippet without markers.
    static QString snippetPlain(const QString &snippet);

private:
    QList<SearchHit> m_hits;
};

} // namespace cw::ui
