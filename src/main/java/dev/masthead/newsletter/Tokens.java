package dev.masthead.newsletter;

import dev.masthead.support.Sha256;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Mailed tokens: 256 random bits, URL-safe, and stored only as their SHA-256. A leaked
 * database therefore holds nothing that confirms or unsubscribes anyone.
 */
public final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private Tokens() {
    }

    public static String generate() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text could be a token at all; anything else is refused without a lookup. */
    public static boolean wellFormed(String token) {
        return token != null && SHAPE.matcher(token).matches();
    }

    /** Makes a token for the subscription, stores its hash, and returns the token itself for the mail. */
    public static String issue(Subscription subscription, TokenPurpose purpose, Instant now, Instant expiresAt) {
        var token = generate();
        var row = new SubscriptionToken();
        row.tokenHash = hash(token);
        row.subscription = subscription;
        row.purpose = purpose;
        row.createdAt = now;
        row.expiresAt = expiresAt;
        row.persist();
        return token;
    }

    public static String hash(String token) {
        return Sha256.hex(token);
    }
}
