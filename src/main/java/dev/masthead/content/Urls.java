package dev.masthead.content;

import dev.masthead.web.problem.InvalidParameterException;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * The one rule for every URL Masthead stores or renders. Links (body links, embeds, social
 * links, the site's address) may be http, https, mailto or a relative path; images (body
 * images, hero images, avatars) http, https or a relative path. Writes call the
 * {@code require} methods, which refuse anything else with a 400 naming the field; reads
 * call the {@code isSafe} methods and leave out what fails, so a row stored before this
 * rule, or behind its back, never reaches a reader.
 *
 * <p>The scheme is judged on what a browser, or a careless template, could make of the
 * value: surrounding space stripped, HTML entities and percent-escapes decoded (repeatedly,
 * so double encoding does not hide it), control characters and spaces removed. A colon
 * before the first {@code / ? #} makes what precedes it a scheme, and only the allowed ones
 * pass, so unknown and hostile schemes (javascript, vbscript, data, file, blob ...) fail
 * whatever their spelling. Protocol-relative addresses ({@code //host/...}) are refused:
 * they are absolute URLs on whatever scheme the page has, and writing {@code https://}
 * costs nothing.
 */
public final class Urls {

    /** Longest URL stored; the columns are VARCHAR(2000). */
    public static final int MAX_LENGTH = 2000;

    /** Decoding rounds before a value counts as hiding something; real URLs need one or two. */
    private static final int MAX_DECODING_ROUNDS = 4;

    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
    private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");
    private static final Pattern PLAIN_SCHEME = Pattern.compile("[a-z][a-z0-9+.-]{0,31}");

    private enum Kind {
        LINK("must be an http, https or mailto URL or a relative path", LINK_SCHEMES),
        IMAGE("must be an http or https URL or a relative path", IMAGE_SCHEMES);

        final String rule;
        final Set<String> schemes;

        Kind(String rule, Set<String> schemes) {
            this.rule = rule;
            this.schemes = schemes;
        }
    }

    private Urls() {
    }

    /** The link, stripped of surrounding space; refused with a 400 naming {@code field} unless it passes. */
    public static String requireLink(String field, String value) {
        return require(field, value, Kind.LINK);
    }

    /** The image address, stripped of surrounding space; refused with a 400 naming {@code field} unless it passes. */
    public static String requireImage(String field, String value) {
        return require(field, value, Kind.IMAGE);
    }

    /** Whether a stored link may be handed to a reader. */
    public static boolean isSafeLink(String value) {
        return value != null && judge(value, Kind.LINK) == null;
    }

    /** Whether a stored image address may be handed to a reader. */
    public static boolean isSafeImage(String value) {
        return value != null && judge(value, Kind.IMAGE) == null;
    }

    /** What is wrong with a link, in words for a problem's {@code errors[].message}; null when it passes. */
    public static String linkProblem(String value) {
        return value == null ? "is required" : judge(value, Kind.LINK);
    }

    private static String require(String field, String value, Kind kind) {
        var problem = value == null ? "is required" : judge(value, kind);
        if (problem != null) {
            throw new InvalidParameterException(field, problem);
        }
        return value.strip();
    }

    /** Null when the value passes; otherwise what is wrong with it. */
    private static String judge(String value, Kind kind) {
        if (value.length() > MAX_LENGTH) {
            return "must be at most " + MAX_LENGTH + " characters; got " + value.length();
        }
        var raw = value.strip();
        if (raw.isEmpty()) {
            return "must not be empty";
        }
        if (raw.chars().anyMatch(Character::isISOControl)) {
            return "must not contain control characters";
        }
        var decoded = decode(raw);
        if (decoded == null) {
            return "is encoded too many times";
        }
        var seen = withoutSpaceAndControls(decoded);
        var scheme = schemeOf(seen);
        if (scheme == null) {
            if (startsLikeProtocolRelative(seen)) {
                return kind.rule + "; a protocol-relative address (//host) is not allowed, write https://host";
            }
        } else if (!kind.schemes.contains(scheme)) {
            return kind.rule + "; " + (PLAIN_SCHEME.matcher(scheme).matches() ? scheme + ":" : "this scheme")
                    + " is not allowed";
        } else if (!scheme.equals(schemeOf(raw.toLowerCase(Locale.ROOT)))) {
            return kind.rule + "; write its scheme plainly, not encoded";
        }
        URI uri;
        try {
            uri = new URI(raw);
        } catch (URISyntaxException e) {
            return "is not a valid URL (percent-encode spaces and special characters)";
        }
        if (("http".equals(scheme) || "https".equals(scheme))
                && (uri.getRawAuthority() == null || uri.getRawAuthority().isBlank())) {
            return "must name a host, as in https://example.org/...";
        }
        if ("mailto".equals(scheme) && uri.getRawSchemeSpecificPart().isBlank()) {
            return "must name an address, as in mailto:desk@example.org";
        }
        return null;
    }

    /** Entity- and percent-decoded until nothing changes; null when that takes too many rounds. */
    private static String decode(String value) {
        var current = value;
        for (int round = 0; round < MAX_DECODING_ROUNDS; round++) {
            var next = percentDecode(Parser.unescapeEntities(current, true));
            if (next.equals(current)) {
                return current;
            }
            current = next;
        }
        return null;
    }

    /** Lenient: a {@code %} without two hex digits stays as it is; bad UTF-8 becomes U+FFFD. */
    private static String percentDecode(String value) {
        if (value.indexOf('%') < 0) {
            return value;
        }
        var out = new StringBuilder(value.length());
        var bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < value.length()) {
            if (value.charAt(i) == '%' && i + 2 < value.length()
                    && hex(value.charAt(i + 1)) >= 0 && hex(value.charAt(i + 2)) >= 0) {
                bytes.write(hex(value.charAt(i + 1)) * 16 + hex(value.charAt(i + 2)));
                i += 3;
                continue;
            }
            if (bytes.size() > 0) {
                out.append(bytes.toString(StandardCharsets.UTF_8));
                bytes.reset();
            }
            out.append(value.charAt(i++));
        }
        if (bytes.size() > 0) {
            out.append(bytes.toString(StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    /** Browsers drop tabs and newlines anywhere in a URL; dropping every space and control is stricter still. */
    private static String withoutSpaceAndControls(String value) {
        var out = new StringBuilder(value.length());
        value.codePoints()
                .filter(c -> !Character.isISOControl(c) && !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The lower-cased text before a colon that comes before any of {@code / \ ? #}; null when there is none. */
    private static String schemeOf(String value) {
        int colon = value.indexOf(':');
        if (colon < 0) {
            return null;
        }
        for (int i = 0; i < colon; i++) {
            char c = value.charAt(i);
            if (c == '/' || c == '\\' || c == '?' || c == '#') {
                return null;
            }
        }
        return value.substring(0, colon).toLowerCase(Locale.ROOT);
    }

    /** Browsers read a leading {@code \} as {@code /}, so {@code /\host} is protocol-relative too. */
    private static boolean startsLikeProtocolRelative(String value) {
        return value.length() >= 2 && isSlash(value.charAt(0)) && isSlash(value.charAt(1));
    }

    private static boolean isSlash(char c) {
        return c == '/' || c == '\\';
    }
}
