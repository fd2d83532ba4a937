-- Related teasers ranked ahead of reads. A read of an article's "keep reading" rail takes its
-- stored ranking (one indexed query) instead of scoring candidates each time. Rows are written
-- on an article's first read, by a background backfill of the newest articles, and kept up from
-- change events: a publish, edit, unpublish, archive or deletion re-ranks the article itself and
-- the newest articles whose rails it may enter or leave. Readers never see an unpublished
-- teaser: reads join the article and keep only published ones. Written once for H2
-- (PostgreSQL mode) and PostgreSQL alike.

-- An article whose rail has been ranked, and when: older rankings are refreshed in the background.
CREATE TABLE related_set (
    article_id   BIGINT PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    computed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX related_set_computed_idx ON related_set (computed_at);

-- Its teasers, best first (pins excluded: editors' pins are read live). No foreign key on
-- related_id: a deleted article's rows stay until their rails are re-ranked, so the change
-- event can still find them; reads skip them.
CREATE TABLE related_teaser (
    article_id   BIGINT NOT NULL REFERENCES related_set (article_id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    related_id   BIGINT NOT NULL,
    PRIMARY KEY (article_id, position)
);
-- The rails an article appears in, for re-ranking them when it changes.
CREATE INDEX related_teaser_related_idx ON related_teaser (related_id);

-- How far change events have been applied to the rankings: one row, locked by the instance that
-- applies them, so several instances never do it twice.
CREATE TABLE related_relay (
    id        INTEGER PRIMARY KEY,
    last_seq  BIGINT NOT NULL,
    CONSTRAINT related_relay_single_row_ck CHECK (id = 1)
);
-- Rails are ranked from the articles as they are now: earlier events have nothing to add.
INSERT INTO related_relay (id, last_seq) SELECT 1, last_seq FROM change_event_head WHERE id = 1;
