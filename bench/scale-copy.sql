-- Tops a PostgreSQL database holding N synthetic articles from the app's generator
-- (masthead.content.synthetic-articles) up to 1,000,000 synthetic articles by copying them in
-- rounds: new ids (+ r x 200,000; the generator's first run must hold fewer than 200,000),
-- slugs prefixed "synthetic-<r>x", publication times moved back by r x 41 minutes, with
-- their bodies (with their stored renderings), tags and bylines. Much faster than the generator (30 minutes instead of
-- about an hour from 196,000 on 2 shared cores), same text and distributions.
--   psql -h 127.0.0.1 -U postgres DBNAME -f bench/scale-copy.sql
-- The full-text index is dropped during the copy and rebuilt at the end (slow; the reads
-- bench/scale.sh measures do not use it).
DROP INDEX IF EXISTS article_body_search_idx;
DO $$
DECLARE
  r int; off bigint; need bigint; shift interval;
BEGIN
  FOR r IN 1..5 LOOP
    SELECT 1000000 - count(*) INTO need FROM article WHERE slug LIKE 'synthetic-%';
    EXIT WHEN need <= 0;
    off := r * 200000; shift := r * interval '41 minutes';
    CREATE TEMP TABLE src ON COMMIT DROP AS
      SELECT id FROM article WHERE slug LIKE 'synthetic-%' AND id < 200000 ORDER BY id LIMIT need;
    INSERT INTO article (id, slug, headline, dek, type, section_id, hero_image_id, hero_caption, hero_credit, excerpt,
                         lead_text, word_count, reading_minutes, status, published_at, created_at, updated_at, version, demo)
      SELECT a.id + off, 'synthetic-' || r || 'x' || substr(a.slug, 11), a.headline, a.dek, a.type, a.section_id,
             a.hero_image_id, a.hero_caption, a.hero_credit, a.excerpt, a.lead_text, a.word_count, a.reading_minutes,
             a.status, a.published_at - shift, a.created_at - shift, a.updated_at - shift, a.version, a.demo
      FROM article a JOIN src USING (id);
    INSERT INTO article_body (article_id, blocks, search_text, search_headline, search_dek, rendered, rendered_key)
      SELECT b.article_id + off, b.blocks, b.search_text, b.search_headline, b.search_dek, b.rendered, b.rendered_key
      FROM article_body b JOIN src ON src.id = b.article_id;
    INSERT INTO article_tag (article_id, tag_id, published_at)
      SELECT t.article_id + off, t.tag_id, t.published_at - shift FROM article_tag t JOIN src ON src.id = t.article_id;
    INSERT INTO article_author (article_id, author_id, position, published_at)
      SELECT w.article_id + off, w.author_id, w.position, w.published_at - shift
      FROM article_author w JOIN src ON src.id = w.article_id;
    DROP TABLE src;
    RAISE NOTICE 'round % done at %', r, clock_timestamp();
  END LOOP;
END $$;
CREATE INDEX article_body_search_idx ON article_body USING GIN (search_vector);
SELECT setval(pg_get_serial_sequence('article', 'id'), (SELECT max(id) FROM article));
ANALYZE;
SELECT count(*), count(*) FILTER (WHERE slug LIKE 'synthetic-%') FROM article;
