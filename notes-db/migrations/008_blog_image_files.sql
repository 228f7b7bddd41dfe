-- The image files PaperNotes wrote into a blog's images/ folder when it exported posts: the path relative to the
-- blog checkout (images/<post-slug>/NAME) and the SHA-256 of the bytes written. Export overwrites such a file only
-- while it still holds those bytes; a file PaperNotes did not write, or one changed since, is left alone.
-- Times are UTC epoch milliseconds.
CREATE TABLE blog_image_files (
    path        TEXT    PRIMARY KEY,
    sha256      TEXT    NOT NULL,
    written_at  INTEGER NOT NULL
) WITHOUT ROWID;
