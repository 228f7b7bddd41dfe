-- Schema version 2: full-text search index (filled in by the search work).
CREATE TABLE search_placeholder (id INTEGER PRIMARY KEY);
