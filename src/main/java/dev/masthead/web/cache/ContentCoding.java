package dev.masthead.web.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * The two representations of a cached read: the JSON as it is, or gzip-compressed. The
 * choice is ours, not Vert.x's, so that each representation gets its own ETag and a 304 can
 * be answered for either.
 */
enum ContentCoding {

    IDENTITY("identity", ""),
    GZIP("gzip", "-gzip");

    private final String token;
    private final String tagSuffix;

    ContentCoding(String token, String tagSuffix) {
        this.token = token;
        this.tagSuffix = tagSuffix;
    }

    /** The Content-Encoding value; "identity" is never sent, it only keeps Vert.x from compressing. */
    String token() {
        return token;
    }

    /** What tells this representation's ETag from the other's. */
    String tagSuffix() {
        return tagSuffix;
    }

    /**
     * gzip when the Accept-Encoding header (RFC 9110 section 12.5.3) accepts it, by name, as
     * x-gzip or through {@code *}; otherwise the JSON as it is. deflate and br are not offered:
     * one compressed representation serves every client that asks for one.
     */
    static ContentCoding choose(String acceptEncoding) {
        return quality(acceptEncoding, "gzip") > 0 ? GZIP : IDENTITY;
    }

    /** Whether the header accepts any of the codings, with a q-value above zero. */
    static boolean acceptsAny(String acceptEncoding, String... codings) {
        for (var coding : codings) {
            if (quality(acceptEncoding, coding) > 0) {
                return true;
            }
        }
        return false;
    }

    byte[] encode(byte[] identity, int level) {
        if (this == IDENTITY) {
            return identity;
        }
        var out = new ByteArrayOutputStream(identity.length / 4 + 64);
        try (var gzip = new LevelledGzip(out, level)) {
            gzip.write(identity);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The q-value the header gives the coding: its own (x-gzip counting as gzip), else that of
     * {@code *}, else 0. An unreadable q-value counts as 0: the JSON as it is always works.
     */
    private static double quality(String acceptEncoding, String coding) {
        if (acceptEncoding == null || acceptEncoding.isBlank()) {
            return 0;
        }
        Double named = null;
        Double any = null;
        for (var element : acceptEncoding.split(",")) {
            var parts = element.split(";");
            if (parts.length == 0) {
                continue;
            }
            var name = parts[0].strip().toLowerCase(Locale.ROOT);
            if (name.equals(coding) || name.equals("x-" + coding)) {
                named = Math.max(named == null ? 0 : named, q(parts));
            } else if (name.equals("*")) {
                any = q(parts);
            }
        }
        return named != null ? named : any != null ? any : 0;
    }

    private static double q(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            var parameter = parts[i].strip();
            if (parameter.length() > 2 && parameter.substring(0, 2).equalsIgnoreCase("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2).strip());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    /** GZIPOutputStream writes no timestamp, so the same JSON always gives the same bytes. */
    private static final class LevelledGzip extends GZIPOutputStream {

        LevelledGzip(ByteArrayOutputStream out, int level) throws IOException {
            super(out);
            def.setLevel(level);
        }
    }
}
