-- Schema 6: a document remembers that it is captured by rendering its page
-- with JavaScript (`import URL --render`), so that re-checks capture it the
-- same way instead of fetching the empty application shell.
ALTER TABLE documents ADD COLUMN render_js INTEGER NOT NULL DEFAULT 0;
-- Archives from before: a document whose newest capture was rendered.
UPDATE documents SET render_js = 1
 WHERE (SELECT s.origin FROM snapshots s WHERE s.document_id = documents.id
         ORDER BY s.captured_at DESC, s.id DESC LIMIT 1) LIKE '% (rendered with JavaScript)';
