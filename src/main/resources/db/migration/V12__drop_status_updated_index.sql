-- V7 added an index on article (status, updated_at, id) for the management list filtered by
-- status. With public reads filtering on status = 'PUBLISHED', PostgreSQL took it for the
-- public "recently updated" lists of a section or a type instead of their own indexes
-- (V4), walking every published article and filtering. The management list walks
-- article (updated_at, id) instead: it serves editors, not readers.
DROP INDEX article_status_updated_idx;
