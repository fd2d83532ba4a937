-- Indexes for the lists V1 left to a scan and a sort. Written once for H2 (PostgreSQL mode)
-- and PostgreSQL alike.

-- Recently changed first, within a section or of a type (sort=-updatedAt with section= or type=).
CREATE INDEX article_section_updated_idx ON article (section_id, updated_at, id);
CREATE INDEX article_type_updated_idx ON article (type, updated_at, id);

-- A tag's or an author's articles by publication time. An index cannot span two tables, so the
-- link tables carry a copy of the article's published_at (null while it is a draft), which
-- ContentWriter and the synthetic loader keep equal to the article's. The newest articles with
-- a tag are then the first entries of one index, however many articles the tag has.
ALTER TABLE article_tag ADD COLUMN published_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE article_author ADD COLUMN published_at TIMESTAMP WITH TIME ZONE;
UPDATE article_tag SET published_at = (SELECT a.published_at FROM article a WHERE a.id = article_tag.article_id);
UPDATE article_author SET published_at = (SELECT a.published_at FROM article a WHERE a.id = article_author.article_id);
CREATE INDEX article_tag_published_idx ON article_tag (tag_id, published_at, article_id);
CREATE INDEX article_author_published_idx ON article_author (author_id, published_at, article_id);
