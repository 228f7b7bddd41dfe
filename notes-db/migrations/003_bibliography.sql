-- Schema version 3: the paper data that citing needs.
-- abstract: plain text, searched. entry_type: the BibTeX entry type in lower case (article, inproceedings, …).
-- bib_fields: the paper's other BibTeX fields (volume, pages, publisher, …) as one JSON object of name → text,
-- in the order they were read, so that a .bib imported and exported again loses nothing.
ALTER TABLE papers ADD COLUMN abstract TEXT;
ALTER TABLE papers ADD COLUMN entry_type TEXT;
ALTER TABLE papers ADD COLUMN bib_fields TEXT;

-- Citation keys are unique in the library, ignoring case (BibTeX users are warned by biber about keys that
-- differ only in case). No earlier version set keys, but should a library hold one key twice, the later
-- papers' keys get "-<id>" appended rather than the upgrade failing.
UPDATE papers SET citation_key = NULL WHERE citation_key IS NOT NULL AND trim(citation_key) = '';
UPDATE papers SET citation_key = citation_key || '-' || id
 WHERE citation_key IS NOT NULL
   AND EXISTS (SELECT 1 FROM papers earlier
                WHERE earlier.id < papers.id AND earlier.citation_key = papers.citation_key COLLATE NOCASE);
CREATE UNIQUE INDEX papers_citation_key ON papers (citation_key COLLATE NOCASE) WHERE citation_key IS NOT NULL;

-- Adding a paper looks for one with the same DOI or arXiv id first.
CREATE INDEX papers_doi ON papers (doi COLLATE NOCASE) WHERE doi IS NOT NULL;
CREATE INDEX papers_arxiv_id ON papers (arxiv_id) WHERE arxiv_id IS NOT NULL;

-- The full-text index gains the abstract as a sixth column. An FTS5 table cannot take a new column, so it is
-- made anew, as in 002_search.sql; the application refills it on open (SearchIndex.buildIfMissing).
DROP TABLE search_index;
CREATE VIRTUAL TABLE search_index USING fts5(
    title, tags, authors, venue, body, abstract,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '3'
);
