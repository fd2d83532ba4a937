-- Full-text search on H2: a term table the application keeps (ContentWriter, the synthetic
-- loader), one row per distinct word of an article with its weight, looked up by the
-- primary key (term, article_id). Searches never read bodies.
-- Weight = 10 x the best place the word occurs (headline 3, dek 2, body 1) + its number of
-- occurrences, at most 9: a headline match outranks any number of body matches.

-- Kept on both databases so that one mapping of article_body serves both; PostgreSQL's
-- generated search vector reads them.
ALTER TABLE article_body ADD COLUMN search_headline VARCHAR(500) DEFAULT '' NOT NULL;
ALTER TABLE article_body ADD COLUMN search_dek VARCHAR(2000) DEFAULT '' NOT NULL;
UPDATE article_body b
   SET search_headline = (SELECT a.headline FROM article a WHERE a.id = b.article_id),
       search_dek = (SELECT COALESCE(a.dek, '') FROM article a WHERE a.id = b.article_id);

CREATE TABLE article_term (
    term       VARCHAR(64) NOT NULL,
    article_id BIGINT NOT NULL,
    weight     INTEGER NOT NULL,
    CONSTRAINT article_term_pk PRIMARY KEY (term, article_id),
    CONSTRAINT article_term_article_fk FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
);
CREATE INDEX article_term_article_idx ON article_term (article_id);

-- Articles stored before this migration are indexed on the next start (SearchBacklog):
-- tokenising is the application's job, not SQL's.
CREATE TABLE article_term_backlog (
    article_id BIGINT PRIMARY KEY
);
INSERT INTO article_term_backlog (article_id) SELECT id FROM article;
