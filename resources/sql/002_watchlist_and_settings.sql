-- Schema 2: the watchlist and per-document import progress.

-- Watched platforms, documents or clause types (exactly one target per row).
CREATE TABLE watchlist (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    platform_id INTEGER REFERENCES platforms(id) ON DELETE CASCADE,
    document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
    type_key    TEXT REFERENCES clause_types(key) ON DELETE CASCADE,
    created_at  TEXT NOT NULL,
    CHECK ((platform_id IS NOT NULL) + (document_id IS NOT NULL) + (type_key IS NOT NULL) = 1)
);

-- Where an incremental import (e.g. an Open Terms Archive history) stopped, so
-- that running it again reads only what is new.
CREATE TABLE import_cursors (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    source      TEXT NOT NULL,
    last_commit TEXT NOT NULL,
    last_time   TEXT NOT NULL
);
