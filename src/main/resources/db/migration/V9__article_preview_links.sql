-- Preview links: a short-lived token that lets a frontend show one unpublished article. Only a
-- SHA-256 of the token is kept, as the key it is found by: the token is 256 random bits, so
-- its hash tells nothing, and every instance checks a link the same way with no shared secret.
-- The link names its article by id, so it follows the article through a slug change, and goes
-- with it when the article is deleted.
CREATE TABLE article_preview_link (
    token_hash  VARCHAR(64) PRIMARY KEY,
    article_id  BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(40) NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX article_preview_link_article_idx ON article_preview_link (article_id);
CREATE INDEX article_preview_link_expires_idx ON article_preview_link (expires_at);
