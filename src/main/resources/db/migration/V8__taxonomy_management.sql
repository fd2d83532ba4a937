-- Managing sections, authors, tags, images and the site through the editorial API. Written for
-- H2 (PostgreSQL mode) and PostgreSQL alike.

-- Every managed row carries the version its ETag is made of; a write that changes the row adds one.
ALTER TABLE section ADD COLUMN version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE author ADD COLUMN version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE tag ADD COLUMN version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE image ADD COLUMN version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE site ADD COLUMN version BIGINT DEFAULT 1 NOT NULL;

-- The point of an image a crop must keep, as fractions of its width and height from the top left.
ALTER TABLE image ADD COLUMN focal_x DOUBLE PRECISION;
ALTER TABLE image ADD COLUMN focal_y DOUBLE PRECISION;
ALTER TABLE image ADD CONSTRAINT image_focal_ck CHECK (
    (focal_x IS NULL AND focal_y IS NULL)
    OR (focal_x >= 0 AND focal_x <= 1 AND focal_y >= 0 AND focal_y <= 1));

-- Deleting an image asks whether an article or an author still shows it.
CREATE INDEX article_hero_image_idx ON article (hero_image_id);
CREATE INDEX author_avatar_image_idx ON author (avatar_image_id);

-- Former slugs keep answering on the public API with a redirect to the current one, as
-- article_slug_history does for articles. A slug taken again by a new or renamed row leaves here.
CREATE TABLE section_slug_history (
    slug       VARCHAR(120) PRIMARY KEY,
    section_id BIGINT NOT NULL REFERENCES section (id) ON DELETE CASCADE,
    retired_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX section_slug_history_section_idx ON section_slug_history (section_id);

CREATE TABLE author_slug_history (
    slug       VARCHAR(120) PRIMARY KEY,
    author_id  BIGINT NOT NULL REFERENCES author (id) ON DELETE CASCADE,
    retired_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX author_slug_history_author_idx ON author_slug_history (author_id);

CREATE TABLE tag_slug_history (
    slug       VARCHAR(120) PRIMARY KEY,
    tag_id     BIGINT NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    retired_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX tag_slug_history_tag_idx ON tag_slug_history (tag_id);
