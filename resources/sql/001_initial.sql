-- Clausewatch archive, schema 1.
-- Record ids shown to people (CW-P-000123 for flags, CW-D-000038 for documents)
-- are derived from AUTOINCREMENT row ids, which SQLite never reuses.

CREATE TABLE platforms (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    category    TEXT NOT NULL DEFAULT '',
    website     TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);

CREATE TABLE documents (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    platform_id INTEGER NOT NULL REFERENCES platforms(id) ON DELETE CASCADE,
    terms_type  TEXT NOT NULL,
    title       TEXT NOT NULL DEFAULT '',
    source_url  TEXT NOT NULL DEFAULT '',
    select_css  TEXT NOT NULL DEFAULT '',
    remove_css  TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    UNIQUE (platform_id, terms_type)
);

-- One capture event: the exact bytes as fetched or read.
CREATE TABLE snapshots (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    captured_at    TEXT NOT NULL,              -- UTC, ISO 8601 with Z
    origin_kind    TEXT NOT NULL CHECK (origin_kind IN ('file', 'url', 'git')),
    origin         TEXT NOT NULL,              -- path, URL, or repository path
    commit_id      TEXT,                       -- git commit for origin_kind = 'git'
    http_status    INTEGER,
    http_headers   TEXT,                       -- JSON object
    content_type   TEXT NOT NULL DEFAULT '',
    raw            BLOB NOT NULL,
    raw_sha256     TEXT NOT NULL,              -- hex, over raw
    text_sha256    TEXT,                       -- hex, over the extracted text (NULL if none)
    quality        TEXT NOT NULL DEFAULT 'ok' CHECK (quality IN ('ok', 'suspect')),
    quality_reason TEXT NOT NULL DEFAULT '',
    outcome        TEXT NOT NULL DEFAULT 'version'
                   CHECK (outcome IN ('version', 'verification', 'technical', 'suspect')),
    version_id     INTEGER REFERENCES versions(id)
);
CREATE INDEX snapshots_document ON snapshots(document_id, captured_at);

-- A distinct extracted text of a document.
CREATE TABLE versions (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id      INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    number           INTEGER NOT NULL,         -- 1, 2, 3 … within the document
    text             TEXT NOT NULL,
    text_sha256      TEXT NOT NULL,
    first_snapshot_id INTEGER,                 -- the capture that produced it
    first_seen       TEXT NOT NULL,
    last_verified    TEXT NOT NULL,
    declared_updated TEXT,                     -- the document's own "last updated" date, ISO
    UNIQUE (document_id, number)
);
CREATE INDEX versions_hash ON versions(document_id, text_sha256);

-- A later capture whose text matched an existing version.
CREATE TABLE verifications (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    version_id  INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
    snapshot_id INTEGER NOT NULL REFERENCES snapshots(id) ON DELETE CASCADE,
    verified_at TEXT NOT NULL
);
CREATE INDEX verifications_version ON verifications(version_id);

-- Identity of a clause across versions of one document.
CREATE TABLE lineages (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE
);

CREATE TABLE clauses (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    version_id     INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
    ordinal        INTEGER NOT NULL,           -- position within the version
    start_offset   INTEGER NOT NULL,           -- UTF-16 offsets into versions.text
    end_offset     INTEGER NOT NULL,
    heading_path   TEXT NOT NULL DEFAULT '',   -- JSON array of headings
    number         TEXT NOT NULL DEFAULT '',
    kind           TEXT NOT NULL DEFAULT 'paragraph',
    text           TEXT NOT NULL,
    text_hash      TEXT NOT NULL,
    lineage_id     INTEGER NOT NULL REFERENCES lineages(id),
    lineage_status TEXT NOT NULL DEFAULT 'new'
                   CHECK (lineage_status IN ('new', 'unchanged', 'modified', 'moved', 'moved_modified')),
    similarity     REAL NOT NULL DEFAULT 1.0,
    renumbered     INTEGER NOT NULL DEFAULT 0,
    UNIQUE (version_id, ordinal)
);
CREATE INDEX clauses_lineage ON clauses(lineage_id);

CREATE TABLE regulations (
    key          TEXT PRIMARY KEY,
    short_name   TEXT NOT NULL,
    name         TEXT NOT NULL,
    jurisdiction TEXT NOT NULL,
    citation     TEXT NOT NULL DEFAULT '',
    url          TEXT NOT NULL DEFAULT ''
);

-- Built-in clause types come from resources; an analyst's edits set
-- edited = 1 and are never overwritten by a resource update.
CREATE TABLE clause_types (
    key              TEXT PRIMARY KEY,
    name             TEXT NOT NULL,
    category         TEXT NOT NULL,
    default_severity TEXT NOT NULL CHECK (default_severity IN ('high', 'medium', 'low')),
    description      TEXT NOT NULL DEFAULT '',
    why_it_matters   TEXT NOT NULL DEFAULT '',
    consumer_impact  TEXT NOT NULL DEFAULT '',
    summary_template TEXT NOT NULL DEFAULT '',
    origin           TEXT NOT NULL DEFAULT 'builtin' CHECK (origin IN ('builtin', 'analyst')),
    edited           INTEGER NOT NULL DEFAULT 0,
    updated_at       TEXT NOT NULL
);

CREATE TABLE clause_type_regulations (
    type_key       TEXT NOT NULL REFERENCES clause_types(key) ON DELETE CASCADE,
    regulation_key TEXT NOT NULL REFERENCES regulations(key) ON DELETE CASCADE,
    PRIMARY KEY (type_key, regulation_key)
);

-- A flag: a clause type attached to a clause lineage. It follows the clause
-- from version to version; its record id (CW-P-<id>) never changes.
CREATE TABLE flags (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    lineage_id      INTEGER NOT NULL REFERENCES lineages(id) ON DELETE CASCADE,
    clause_id       INTEGER NOT NULL REFERENCES clauses(id) ON DELETE CASCADE, -- latest clause
    type_key        TEXT NOT NULL REFERENCES clause_types(key),
    severity        TEXT NOT NULL CHECK (severity IN ('high', 'medium', 'low')),
    origin          TEXT NOT NULL CHECK (origin IN ('rule', 'analyst')),
    rule_id         TEXT NOT NULL DEFAULT '',
    confidence      REAL NOT NULL DEFAULT 0,
    evidence        TEXT NOT NULL DEFAULT '[]', -- JSON [[start,end],…] into clause text
    reasons         TEXT NOT NULL DEFAULT '[]', -- JSON array of strings
    status          TEXT NOT NULL DEFAULT 'suggested'
                    CHECK (status IN ('suggested', 'confirmed', 'rejected')),
    changed_since_review INTEGER NOT NULL DEFAULT 0,
    summary         TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    UNIQUE (lineage_id, type_key)
);
CREATE INDEX flags_clause ON flags(clause_id);
CREATE INDEX flags_type ON flags(type_key, severity);

-- Every analyst decision, with who, when, before and after.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   INTEGER NOT NULL,
    before_json TEXT NOT NULL DEFAULT '{}',
    after_json  TEXT NOT NULL DEFAULT '{}',
    reason      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_entity ON audit_log(entity, entity_id);

CREATE TABLE alerts (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id     INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    from_version_id INTEGER REFERENCES versions(id) ON DELETE CASCADE,
    to_version_id   INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
    created_at      TEXT NOT NULL,
    kind            TEXT NOT NULL DEFAULT 'change',
    summary         TEXT NOT NULL DEFAULT '',
    details         TEXT NOT NULL DEFAULT '{}',
    read            INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE memos (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at   TEXT NOT NULL,
    title        TEXT NOT NULL,
    scope        TEXT NOT NULL DEFAULT '{}',  -- JSON
    fingerprint  TEXT NOT NULL,               -- SHA-256 of the canonical content
    content      TEXT NOT NULL DEFAULT '',    -- canonical serialisation
    pdf_sha256   TEXT,
    signature    TEXT,
    public_key   TEXT
);

-- Full-text search over clause and version text (external content). New rows
-- are indexed in batches by FtsIndex (archive_meta keys fts_clauses_upto and
-- fts_versions_upto hold the highest indexed row id): FTS5 indexes a batch many
-- times faster than row by row from triggers. Deletions stay trigger-driven.
CREATE VIRTUAL TABLE clauses_fts USING fts5(
    text, heading_path, content='clauses', content_rowid='id',
    tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER clauses_ad AFTER DELETE ON clauses BEGIN
    INSERT INTO clauses_fts(clauses_fts, rowid, text, heading_path)
        SELECT 'delete', old.id, old.text, old.heading_path
        WHERE old.id <= (SELECT CAST(value AS INTEGER) FROM archive_meta
                         WHERE key = 'fts_clauses_upto');
END;

CREATE VIRTUAL TABLE versions_fts USING fts5(
    text, content='versions', content_rowid='id',
    tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER versions_ad AFTER DELETE ON versions BEGIN
    INSERT INTO versions_fts(versions_fts, rowid, text)
        SELECT 'delete', old.id, old.text
        WHERE old.id <= (SELECT CAST(value AS INTEGER) FROM archive_meta
                         WHERE key = 'fts_versions_upto');
END;

-- Small key/value facts about the archive itself.
CREATE TABLE archive_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
