#pragma once

#include "model/Document.h"
#include "util/Result.h"

#include <QList>

#include <optional>

namespace cw {

class Database;

struct DocumentSummary
{
    Document document;
    QString platformName;
    int versions = 0;
    int snapshots = 0;
    int suspectSnapshots = 0;
    QString firstSeen;    ///< first version's capture time
    QString lastChanged;  ///< newest version's capture time
    QString lastVerified; ///< newest time the current text was seen
};

class DocumentRepository
{
public:
    explicit DocumentRepository(const Database &db) : m_db(db) {}

    /// Finds the platform's document of that terms type, or creates it.
    /// An existing document keeps its title/URL unless new non-empty values are given.
    Result<qint64> ensure(qint64 platformId, const QString &termsType, const QString &title = {},
                          const QString &sourceUrl = {});
    Status setSelectors(qint64 documentId, const QString &selectCss, const QString &removeCss);
    /// Marks the document as captured by rendering its page with JavaScript.
    Status setRenderJs(qint64 documentId, bool render);
    Result<std::optional<Document>> get(qint64 id) const;
    Result<std::optional<Document>> find(qint64 platformId, const QString &termsType) const;
    /// All documents, or one platform's when platformId is set.
    Result<QList<DocumentSummary>> summaries(std::optional<qint64> platformId = {}) const;

private:
    const Database &m_db;
};

} // namespace cw
