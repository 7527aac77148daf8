-- Schema 4: indexes for the workstation's read paths.
--
-- A versions row holds the whole document text before its metadata columns,
-- and a snapshots row the raw bytes before theirs: reading first_seen or an
-- outcome from the table walks the text's overflow pages (hundreds of KB per
-- row). These covering indexes let lists, timelines and "first seen" read
-- the metadata without touching the text.
CREATE INDEX versions_meta_by_id
    ON versions(id, document_id, number, first_seen, last_verified, declared_updated);
CREATE INDEX versions_meta_by_document
    ON versions(document_id, number, first_seen, last_verified, declared_updated);
CREATE INDEX snapshots_timeline
    ON snapshots(document_id, captured_at, outcome, quality, quality_reason, origin_kind, version_id);

-- (A lineage's clauses by version — where a clause first appeared, whether
-- it reaches a version — are found through clauses_lineage_version, schema 3.)
-- A clause's version and lineage by its id, without reading its text:
-- search checks every candidate match against these.
CREATE INDEX clauses_search_meta ON clauses(id, version_id, lineage_id);
-- A version's clauses by how they relate to the previous version (the
-- timeline's change markers), read from the index alone.
CREATE INDEX clauses_version_status ON clauses(version_id, lineage_status, lineage_id);

-- Flags whose clause changed since their last review (usually few): the
-- timeline counts them per version without reading every flag.
CREATE INDEX flags_changed ON flags(clause_id) WHERE changed_since_review = 1;
