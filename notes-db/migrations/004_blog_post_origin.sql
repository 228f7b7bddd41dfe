-- Schema version 4 (blog): where each imported post came from and how its file was written, so that exporting
-- an unedited post gives back the same bytes (line ends, byte-order mark), and when PaperNotes last wrote it.
-- One row per paper that was imported or exported; the paper's blog_posts row keeps slug, date and front matter.
CREATE TABLE blog_post_origins (
    paper_id          INTEGER PRIMARY KEY REFERENCES papers (id) ON DELETE CASCADE,
    source_path       TEXT,
    imported_at       INTEGER,
    body_hash         TEXT,
    line_end          TEXT    NOT NULL DEFAULT (char(10)),
    byte_order_mark   INTEGER NOT NULL DEFAULT 0 CHECK (byte_order_mark IN (0, 1)),
    original_bytes    BLOB,
    kept_liquid       TEXT    NOT NULL DEFAULT '',
    last_exported_at  INTEGER
);
