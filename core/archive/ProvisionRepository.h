#pragma once

#include "model/Clause.h"
#include "model/Document.h"
#include "model/Flag.h"
#include "util/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace cw {

class Database;

/// A regulation a clause type touches, with its jurisdiction.
struct RegulationRef
{
    QString key;
    QString shortName;
    QString name;
    QString jurisdiction;
    QString citation;
    QString url;
};

/// The capture that produced a version: what a citation points at.
struct EvidenceProvenance
{
    std::optional<qint64> snapshotId;
    QString capturedAt;  ///< UTC ISO
    QString originKind;  ///< "url", "file" or "git"
    QString origin;      ///< as captured (URL, path, repository)
    QString sourceUrl;   ///< the document's public address (origin when it is a URL)
    QString commitId;
    QString rawSha256;   ///< over the exact stored bytes
    QString textSha256;  ///< over the extracted text
    qint64 rawBytes = 0; ///< size of the stored snapshot (0: none stored)
    QString contentType;
    QString lastVerified; ///< newest capture that found this text again
    int verifications = 0;
};

/// Everything the clause detail shows about one flag ("provision page").
struct ProvisionDetail
{
    Flag flag;
    Clause clause; ///< the flag's current clause, with text
    qint64 platformId = 0;
    QString platformName;
    QString platformCategory;
    Document document;
    qint64 versionId = 0;
    int versionNumber = 0;
    int versionCount = 0;
    QString declaredUpdated; ///< the document's own "last updated", may be empty
    QString firstTracked;    ///< first capture of the clause's lineage
    QString typeName;
    QString category;
    QString typeDescription;
    QString whyItMatters;
    QString consumerImpact;
    QList<RegulationRef> regulations;
    EvidenceProvenance evidence;

    /// "Clausewatch archive — Entity: … | Document: … | Record: … | Captured: … | SHA-256: …"
    QString citation() const;
    /// Wayback Machine address of the source at capture time; empty without an http(s) source.
    QString waybackUrl() const;
};

/// The same clause type at another platform ("how other platforms handle this").
struct PeerProvision
{
    qint64 flagId = 0;
    qint64 platformId = 0;
    QString platformName;
    QString termsType;
    Severity severity = Severity::Medium;
    ReviewStatus status = ReviewStatus::Suggested;
    QStringList headingPath;
    QString quote; ///< one line around the evidence
};

/// A flag met while reading one version of a document.
struct VersionFlag
{
    qint64 clauseId = 0; ///< the clause of *this* version on the flag's lineage
    qint64 flagId = 0;
    QString typeKey;
    QString typeName;
    Severity severity = Severity::Medium;
    ReviewStatus status = ReviewStatus::Suggested;
    /// Evidence spans into this clause's text; empty when the flag's evidence
    /// belongs to another version's wording.
    QList<std::pair<int, int>> evidence;
};

/// Read-side queries for the clause detail, the cross-platform list and the
/// document reader.
class ProvisionRepository
{
public:
    explicit ProvisionRepository(const Database &db) : m_db(db) {}

    Result<std::optional<ProvisionDetail>> detail(qint64 flagId) const;
    /// Flags of `typeKey` in the newest version of documents of platforms other
    /// than `excludePlatformId` (rejected ones left out), the most severe per
    /// platform, ordered by severity then platform name.
    Result<QList<PeerProvision>> peers(const QString &typeKey, qint64 excludePlatformId,
                                       int limit = 50) const;
    /// Every flag whose lineage reaches a clause of this version.
    Result<QList<VersionFlag>> flagsInVersion(qint64 versionId) const;

private:
    const Database &m_db;
};

} // namespace cw
