-- Schema 3: indexes for comparing clause types across platforms at any date.
--
-- "Which flags' lineages have a clause in the version current on date D?" and
-- the adoption timeline probe clauses by (lineage, version) and read the
-- lineage status: this index answers both without touching the clause rows
-- (which carry the clause text). It also serves every lookup by lineage alone,
-- so it replaces clauses_lineage.
CREATE INDEX clauses_lineage_version ON clauses(lineage_id, version_id, lineage_status);
DROP INDEX clauses_lineage;
