-- Schema 5: the full-text index over whole version texts goes.
--
-- Search runs over clauses (clauses_fts), whose texts cover the version's;
-- nothing ever queried versions_fts, yet keeping it up to date tokenised every
-- version's full text a second time (about 40 % of the indexing work of an
-- Open Terms Archive import).
DROP TRIGGER IF EXISTS versions_ad;
DROP TABLE IF EXISTS versions_fts;
DELETE FROM archive_meta WHERE key = 'fts_versions_upto';
