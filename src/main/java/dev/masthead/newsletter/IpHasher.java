package dev.masthead.newsletter;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a client IP into the consent record's hash: HMAC-SHA-256 under a key from the
 * configuration. A plain hash of an IPv4 address would be reversed by trying all four
 * billion; without the key, this one cannot be.
 */
@ApplicationScoped
public class IpHasher {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public IpHasher(NewsletterConfig config) {
        var configured = config.ipHashKey().filter(k -> !k.isBlank());
        byte[] bytes;
        if (configured.isPresent()) {
            bytes = configured.get().getBytes(StandardCharsets.UTF_8);
        } else {
            Log.warn("masthead.newsletter.ip-hash-key is not set: consent IP hashes use a random key and will not "
                    + "match across restarts or instances. Set MASTHEAD_NEWSLETTER_IP_HASH_KEY in production.");
            bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
        }
        this.key = new SecretKeySpec(bytes, ALGORITHM);
    }

    public String hash(String ip) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(ip.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }
}
