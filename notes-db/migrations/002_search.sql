-- Schema version 2: the full-text search index.
-- One row per paper (rowid = papers.id). The index is contentless: the text it holds is a "segmented" form
-- written by org.papernotes.store.search.IndexedText (Chinese, Japanese and Korean runs as overlapping
-- bigrams followed by their single characters, other words as they are), so the original text stays in the
-- papers, authors, tags and notes tables only. contentless_delete lets a paper's row be replaced or deleted
-- by rowid inside the same transaction as the change that caused it.
-- The application fills the index after this migration (SearchIndex.buildIfMissing), since SQL cannot segment.
CREATE VIRTUAL TABLE search_index USING fts5(
    title, tags, authors, venue, body,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '3'
);

-- The same metadata again, alone: a word found in nearly every note is ranked among its most recent matches
-- only, after the papers that have it in their title, tags, authors or venue (RankedMatches); finding those
-- here reads short lists instead of filtering every note's positions by column.
CREATE VIRTUAL TABLE search_metadata USING fts5(
    title, tags, authors, venue,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '3'
);

-- The filters status:… and year:… select papers by these columns.
CREATE INDEX papers_status ON papers (status);
CREATE INDEX papers_year ON papers (year);
