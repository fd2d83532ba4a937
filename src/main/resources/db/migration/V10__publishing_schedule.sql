-- The publishing job's queue: one row per scheduled article, due first. The job used to find
-- due articles through an index on article (status, published_at, id); with public reads
-- filtering on status = 'PUBLISHED', H2's planner took that index for text searches too and
-- walked every published article instead of fetching the matches by id. A queue of its own
-- keeps the job's poll to the few scheduled rows and leaves article's indexes to readers.
CREATE TABLE article_schedule (
    article_id  BIGINT PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    publish_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX article_schedule_due_idx ON article_schedule (publish_at, article_id);
INSERT INTO article_schedule (article_id, publish_at)
    SELECT id, published_at FROM article WHERE status = 'SCHEDULED';
DROP INDEX article_status_published_idx;

-- An article with many tags and authors, or a navigation change moving many sections, names
-- more surrogate keys than 4000 characters hold.
ALTER TABLE change_event ALTER COLUMN surrogate_keys SET DATA TYPE VARCHAR(100000);
