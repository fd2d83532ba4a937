-- Full-text search on PostgreSQL: one weighted tsvector per article, kept by the database
-- itself (a generated column), behind a GIN index. A generated column sees only its own
-- row, so the body row carries copies of the headline and dek, written with it.
-- Weights: headline A, dek B, the whole text (search_text: headline, dek and body) C.

ALTER TABLE article_body ADD COLUMN search_headline TEXT NOT NULL DEFAULT '';
ALTER TABLE article_body ADD COLUMN search_dek TEXT NOT NULL DEFAULT '';

-- Articles stored before this migration get their copies here.
UPDATE article_body b
   SET search_headline = a.headline, search_dek = COALESCE(a.dek, '')
  FROM article a
 WHERE a.id = b.article_id;

ALTER TABLE article_body ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', search_headline), 'A')
    || setweight(to_tsvector('english', search_dek), 'B')
    || setweight(to_tsvector('english', search_text), 'C')) STORED;

CREATE INDEX article_body_search_idx ON article_body USING GIN (search_vector);
