package dev.masthead.editorial.token;

import dev.masthead.editorial.AdminCursor;
import dev.masthead.editorial.audit.Audit;
import dev.masthead.support.Instants;
import dev.masthead.support.Sha256;
import dev.masthead.web.problem.InvalidParameterException;
import dev.masthead.web.problem.NotFoundException;
import dev.masthead.web.security.AdminConfig;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * API tokens: {@code mh_<id>_<secret>}, 12 characters of id and 256 bits of secret. Only a
 * SHA-256 of the secret is stored (the secret is random, so a slow hash adds nothing); a
 * token is found by its id and its hash compared in constant time. The configured
 * bootstrap token holds every scope, so a fresh install can create its first real tokens.
 */
@ApplicationScoped
public class TokenService {

    static final String PREFIX = "mh_";
    private static final int ID_LENGTH = 12;
    private static final String ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);

    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Audit audit;
    private final byte[] bootstrapDigest;

    public TokenService(Clock clock, Audit audit, AdminConfig admin) {
        this.clock = clock;
        this.audit = audit;
        this.bootstrapDigest = admin.token().filter(t -> !t.isBlank()).map(Sha256::of).orElse(null);
    }

    /** Who the token speaks for, or empty when it is unknown, malformed, expired or revoked. */
    @Transactional
    public Optional<Caller> authenticate(String bearer) {
        if (bootstrapDigest != null && MessageDigest.isEqual(bootstrapDigest, Sha256.of(bearer))) {
            return Optional.of(new Caller(Caller.BOOTSTRAP, Set.copyOf(Scope.allNames())));
        }
        if (!bearer.startsWith(PREFIX) || bearer.length() < PREFIX.length() + ID_LENGTH + 2
                || bearer.charAt(PREFIX.length() + ID_LENGTH) != '_') {
            return Optional.empty();
        }
        var id = bearer.substring(PREFIX.length(), PREFIX.length() + ID_LENGTH);
        var secret = bearer.substring(PREFIX.length() + ID_LENGTH + 1);
        ApiToken token = ApiToken.findById(id);
        var presented = Sha256.hex(secret).getBytes(StandardCharsets.US_ASCII);
        // Compare even when the id is unknown, so timing does not tell which ids exist.
        var stored = token == null ? new byte[presented.length] : token.secretHash.getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(stored, presented) || token == null) {
            return Optional.empty();
        }
        var now = clock.instant();
        if (token.revokedAt != null || token.expiresAt != null && !token.expiresAt.isAfter(now)) {
            return Optional.empty();
        }
        if (token.lastUsedAt == null || token.lastUsedAt.plus(LAST_USED_GRANULARITY).isBefore(now)) {
            token.lastUsedAt = now.truncatedTo(ChronoUnit.MICROS);
        }
        return Optional.of(new Caller(token.id, Set.of(token.scopes.split(" "))));
    }

    @Transactional
    public CreatedToken create(TokenRequest request, String createdBy) {
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var scopes = new LinkedHashSet<String>();
        for (int i = 0; i < request.scopes().size(); i++) {
            var name = request.scopes().get(i);
            if (Scope.named(name).isEmpty()) {
                throw new InvalidParameterException("scopes[" + i + "]",
                        "is not a scope; use one of " + String.join(", ", Scope.allNames()));
            }
            if (!scopes.add(name)) {
                throw new InvalidParameterException("scopes[" + i + "]", "names " + name + " twice");
            }
        }
        if (request.expiresAt() != null && !request.expiresAt().isAfter(now)) {
            throw new InvalidParameterException("expiresAt", "must be in the future");
        }
        Instants.requireStorable("expiresAt", request.expiresAt());
        var token = new ApiToken();
        token.id = randomId();
        token.name = request.name().strip();
        var secretBytes = new byte[32];
        random.nextBytes(secretBytes);
        var secret = Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
        token.secretHash = Sha256.hex(secret);
        token.scopes = String.join(" ", scopes);
        token.createdAt = now;
        token.createdBy = createdBy;
        token.expiresAt = request.expiresAt() == null ? null : request.expiresAt().truncatedTo(ChronoUnit.MICROS);
        token.persist();
        audit.record(createdBy, "token.created", "token", token.id, null, null, token.name + ": " + token.scopes);
        return new CreatedToken(token.id, token.name, List.copyOf(scopes), PREFIX + token.id + "_" + secret,
                token.createdAt, token.expiresAt);
    }

    /** Tokens newest first, revoked and expired ones included (they say so). */
    @Transactional
    public TokenPage list(int limit, String cursor) {
        List<ApiToken> rows;
        if (cursor == null) {
            rows = ApiToken.find("order by createdAt desc, id desc").page(0, limit + 1).list();
        } else {
            var after = AdminCursor.decode(cursor);
            rows = ApiToken.find("createdAt < :t or (createdAt = :t and id < :id) order by createdAt desc, id desc",
                    Parameters.with("t", after.time()).and("id", after.id())).page(0, limit + 1).list();
        }
        var views = new ArrayList<TokenView>();
        for (int i = 0; i < Math.min(limit, rows.size()); i++) {
            views.add(TokenView.of(rows.get(i)));
        }
        var last = rows.size() > limit ? rows.get(limit - 1) : null;
        return new TokenPage(views, new TokenPage.PageInfo(limit,
                last == null ? null : new AdminCursor(last.createdAt, last.id).encode()));
    }

    @Transactional
    public TokenView get(String id) {
        ApiToken token = ApiToken.findById(id);
        if (token == null) {
            throw NotFoundException.byId("API token", id);
        }
        return TokenView.of(token);
    }

    /** Revokes at once; revoking twice keeps the first time. */
    @Transactional
    public TokenView revoke(String id, String actor) {
        ApiToken token = ApiToken.findById(id);
        if (token == null) {
            throw NotFoundException.byId("API token", id);
        }
        if (token.revokedAt == null) {
            token.revokedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
            audit.record(actor, "token.revoked", "token", token.id, null, null, token.name);
        }
        return TokenView.of(token);
    }

    private String randomId() {
        var id = new StringBuilder(ID_LENGTH);
        for (int i = 0; i < ID_LENGTH; i++) {
            id.append(ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length())));
        }
        return id.toString();
    }

}
