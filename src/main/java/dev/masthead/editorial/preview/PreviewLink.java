package dev.masthead.editorial.preview;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A preview link: a hash of its token (never the token), the one article it opens and until when. */
@Entity
@Table(name = "article_preview_link")
public class PreviewLink extends PanacheEntityBase {

    /** Hex SHA-256 of the token. */
    @Id
    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "article_id")
    public long articleId;

    @Column(name = "created_at")
    public Instant createdAt;

    /** The API token that minted it ({@code bootstrap} for the configured token). */
    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "expires_at")
    public Instant expiresAt;
}
