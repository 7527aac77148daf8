#include "archive/DocumentRepository.h"

#include "archive/Database.h"
#include "archive/Rows.h"
#include "util/Time.h"

namespace cw {

namespace {
Document readDocument(const Statement &st)
{
    return Document{st.int64(0), st.int64(1), st.text(2), st.text(3),
                    st.text(4),  st.text(5),  st.text(6), st.text(7)};
}
} // namespace

Result<qint64> DocumentRepository::ensure(qint64 platformId, const QString &termsType,
                                          const QString &title, const QString &sourceUrl)
{
    auto found = find(platformId, termsType);
    if (!found)
        return found.error();
    if (found->has_value()) {
        const Document &d = **found;
        if ((!title.isEmpty() && title != d.title) ||
            (!sourceUrl.isEmpty() && sourceUrl != d.sourceUrl)) {
            auto up = m_db.prepare("UPDATE documents SET title = ?, source_url = ? WHERE id = ?");
            if (!up)
                return up.error();
            up->bind(1, title.isEmpty() ? d.title : title)
                .bind(2, sourceUrl.isEmpty() ? d.sourceUrl : sourceUrl)
                .bind(3, d.id);
            CW_TRY(up->exec());
        }
        return d.id;
    }
    auto lease = m_db.cached("INSERT INTO documents(platform_id, terms_type, title, source_url, "
                             "created_at) VALUES (?, ?, ?, ?, ?)");
    if (!lease)
        return lease.error();
    Statement *st = lease->get();
    st->bind(1, platformId)
        .bind(2, termsType)
        .bind(3, title)
        .bind(4, sourceUrl)
        .bind(5, nowIsoUtc());
    CW_TRY(st->exec());
    return m_db.lastInsertId();
}

Status DocumentRepository::setSelectors(qint64 documentId, const QString &selectCss,
                                        const QString &removeCss)
{
    auto lease = m_db.cached("UPDATE documents SET select_css = ?, remove_css = ? WHERE id = ?");
    if (!lease)
        return lease.error();
    Statement *st = lease->get();
    st->bind(1, selectCss).bind(2, removeCss).bind(3, documentId);
    return st->exec();
}

Status DocumentRepository::setRenderJs(qint64 documentId, bool render)
{
    auto lease = m_db.cached("UPDATE documents SET render_js = ? WHERE id = ?");
    if (!lease)
        return lease.error();
    Statement *st = lease->get();
    st->bind(1, render ? 1 : 0).bind(2, documentId);
    return st->exec();
}

Result<std::optional<Document>> DocumentRepository::get(qint64 id) const
{
    auto lease = m_db.cached("SELECT id, platform_id, terms_type, title, source_url, select_css, "
                             "remove_css, created_at FROM documents WHERE id = ?");
    if (!lease)
        return lease.error();
    Statement *st = lease->get();
    st->bind(1, id);
    return firstRow<Document>(*st, readDocument);
}

Result<std::optional<Document>> DocumentRepository::find(qint64 platformId,
                                                         const QString &termsType) const
{
    auto lease = m_db.cached("SELECT id, platform_id, terms_type, title, source_url, select_css, "
                             "remove_css, created_at FROM documents "
                             "WHERE platform_id = ? AND terms_type = ?");
    if (!lease)
        return lease.error();
    Statement *st = lease->get();
    st->bind(1, platformId).bind(2, termsType);
    return firstRow<Document>(*st, readDocument);
}

Result<QList<DocumentSummary>> DocumentRepository::summaries(std::optional<qint64> platformId) const
{
    auto st = m_db.prepare(R"SQL(
        SELECT d.id, d.platform_id, d.terms_type, d.title, d.source_url, d.select_css,
               d.remove_css, d.created_at, p.name,
               (SELECT count(*) FROM versions v WHERE v.document_id = d.id),
               (SELECT count(*) FROM snapshots s WHERE s.document_id = d.id),
               (SELECT count(*) FROM snapshots s WHERE s.document_id = d.id AND s.quality = 'suspect'),
               (SELECT min(first_seen) FROM versions v WHERE v.document_id = d.id),
               (SELECT max(first_seen) FROM versions v WHERE v.document_id = d.id),
               (SELECT max(last_verified) FROM versions v WHERE v.document_id = d.id)
        FROM documents d JOIN platforms p ON p.id = d.platform_id
        WHERE ?1 IS NULL OR d.platform_id = ?1
        ORDER BY p.name COLLATE NOCASE, d.terms_type)SQL");
    if (!st)
        return st.error();
    st->bind(1, platformId);
    return collectRows<DocumentSummary>(*st, [](const Statement &s) {
        return DocumentSummary{readDocument(s), s.text(8),  s.integer(9), s.integer(10),
                               s.integer(11),   s.text(12), s.text(13),   s.text(14)};
    });
}

} // namespace cw
