-- The public change feed (GET /api/v1/changes) lists only what public reads could see:
-- each change event now says whether its entity was publicly visible before the change and
-- after it. A draft's creation, edits and deletion are private on both sides and never
-- reach the feed; a publish is private -> public (an upsert), an unpublish, archive or a
-- published article's deletion public -> private (a tombstone). Existing columns keep
-- their meaning; the writers set both flags from now on.
ALTER TABLE change_event ADD COLUMN public_before BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE change_event ADD COLUMN public_after BOOLEAN DEFAULT FALSE NOT NULL;

-- Backfill. Sections, authors, tags and the site are public as soon as they exist.
UPDATE change_event SET public_before = (kind <> 'CREATED'), public_after = (kind <> 'DELETED')
WHERE entity_type IN ('section', 'author', 'tag', 'site');

-- Articles: a publish makes one public, an unpublish, archive or deletion takes it out,
-- creation makes a draft, edits keep the state they find. The state an event found is the
-- one the article's latest earlier status-changing event left. Without such an event (an
-- article older than the outbox) an edit takes the state the next status-changing event
-- found: public before an unpublish, otherwise not (before a publish it was not; before an
-- archive or deletion nothing tells, and a private edit leaks nothing); with none after it
-- either, the article's current status. An archive or deletion without history counts as
-- public: a tombstone too many is harmless to a mirror, a missing one resurrects an article.
UPDATE change_event SET public_before = CASE
        WHEN kind IN ('CREATED', 'PUBLISHED') THEN FALSE
        WHEN kind = 'UNPUBLISHED' THEN TRUE
        ELSE COALESCE(
            (SELECT p.kind = 'PUBLISHED' FROM change_event p
             WHERE p.entity_type = 'article' AND p.entity_id = change_event.entity_id
               AND p.seq = (SELECT MAX(q.seq) FROM change_event q
                            WHERE q.entity_type = 'article' AND q.entity_id = change_event.entity_id
                              AND q.seq < change_event.seq
                              AND q.kind IN ('CREATED', 'PUBLISHED', 'UNPUBLISHED', 'ARCHIVED'))),
            CASE WHEN kind IN ('ARCHIVED', 'DELETED') THEN TRUE
                 ELSE COALESCE(
                     (SELECT n.kind = 'UNPUBLISHED' FROM change_event n
                      WHERE n.entity_type = 'article' AND n.entity_id = change_event.entity_id
                        AND n.seq = (SELECT MIN(m.seq) FROM change_event m
                                     WHERE m.entity_type = 'article' AND m.entity_id = change_event.entity_id
                                       AND m.seq > change_event.seq
                                       AND m.kind IN ('PUBLISHED', 'UNPUBLISHED', 'ARCHIVED', 'DELETED'))),
                     EXISTS (SELECT 1 FROM article a WHERE a.id = change_event.entity_id AND a.status = 'PUBLISHED'))
            END)
    END
WHERE entity_type = 'article';
UPDATE change_event SET public_after = CASE
        WHEN kind = 'PUBLISHED' THEN TRUE
        WHEN kind IN ('CREATED', 'UNPUBLISHED', 'ARCHIVED', 'DELETED') THEN FALSE
        ELSE public_before
    END
WHERE entity_type = 'article';

-- Images are no public resource of their own, and an image event's surrogate keys, written
-- before this migration, may name drafts the image heads: earlier image events stay out of
-- the feed (both flags FALSE, the default). From now on an image update that changes what
-- published articles or authors show is public on both sides and its keys name only those.
