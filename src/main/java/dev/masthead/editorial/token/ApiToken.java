package dev.masthead.editorial.token;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A stored API token: its id, a hash of its secret (never the secret) and its scopes. */
@Entity
@Table(name = "api_token")
public class ApiToken extends PanacheEntityBase {

    @Id
    public String id;

    public String name;

    /** Hex SHA-256 of the secret part of {@code mh_<id>_<secret>}. */
    @Column(name = "secret_hash")
    public String secretHash;

    /** Scope names, separated by single spaces. */
    public String scopes;

    @Column(name = "created_at")
    public Instant createdAt;

    /** The id of the token that created this one ({@code bootstrap} for the configured token). */
    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;
}
