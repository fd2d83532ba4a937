-- An article body as it is served, stored when it is written: the sanitized HTML, the plain
-- text and the blocks as held to the URL rule, as one JSON document (what the Body schema
-- shows), so a read takes it as it is instead of cleaning and rendering the blocks again.
-- rendered_key names what it was rendered from: the rendering rules' version and a checksum of
-- the blocks. A read whose key does not match the blocks (rules changed since, or blocks edited
-- behind the API's back) renders from the blocks as before; a background job fills the rows that
-- have no rendering yet (every row, right after this migration), a batch at a time.
ALTER TABLE article_body ADD COLUMN rendered TEXT;
ALTER TABLE article_body ADD COLUMN rendered_key VARCHAR(64);
CREATE INDEX article_body_rendered_key_idx ON article_body (rendered_key);
