package dev.masthead.editorial.taxonomy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.masthead.content.Slugs;
import dev.masthead.support.XmlChars;
import dev.masthead.web.problem.InvalidParameterException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads one JSON object of a management body, field by field, and refuses with a 400 problem
 * naming the field (as {@code avatar.url} or {@code socialLinks[1].network}) anything unknown,
 * of the wrong type, missing or out of range. Reading checks only: nothing is stored until
 * every field has been read.
 */
public final class Fields {

    /** Slug columns of sections, authors and tags hold 120 characters. */
    static final int SLUG_LENGTH = 120;

    private final JsonNode node;
    private final String prefix;

    private Fields(JsonNode node, String prefix) {
        this.node = node;
        this.prefix = prefix;
    }

    /** The request body, which must be an object with no fields but {@code allowed}. */
    public static Fields body(JsonNode body, String what, Set<String> allowed) {
        if (body == null || body.isMissingNode() || body.isNull()) {
            throw new InvalidParameterException("body", "is required: a JSON object describing the " + what);
        }
        return object(body, "body", "", what, allowed);
    }

    private static Fields object(JsonNode node, String name, String prefix, String what, Set<String> allowed) {
        if (!node.isObject()) {
            throw new InvalidParameterException(name, "must be a JSON object");
        }
        for (var field : (Iterable<String>) () -> node.fieldNames()) {
            if (!allowed.contains(field)) {
                throw new InvalidParameterException(prefix + field, "is not a field of " + what + "; the fields are "
                        + String.join(", ", new TreeSet<>(allowed)));
            }
        }
        return new Fields(node, prefix);
    }

    public String path(String field) {
        return prefix + field;
    }

    /** The field's value as sent (null when absent), for kinds of value this class does not read. */
    public JsonNode value(String field) {
        return node.get(field);
    }

    public boolean has(String field) {
        return node.has(field) && !node.get(field).isNull();
    }

    /** A string that must be there and not blank, stripped. */
    public String requiredText(String field, int maxLength) {
        var text = optionalText(field, maxLength);
        if (text == null) {
            throw new InvalidParameterException(path(field), "is required");
        }
        return text;
    }

    /**
     * A string that must be present but may be empty (an image's alt text: empty marks a
     * decorative image); stripped.
     */
    String requiredTextAllowingEmpty(String field, int maxLength) {
        if (!has(field)) {
            throw new InvalidParameterException(path(field), "is required (an empty string marks a decorative image)");
        }
        var text = optionalText(field, maxLength);
        return text == null ? "" : text;
    }

    /** A string, stripped; null when absent, null or blank. */
    public String optionalText(String field, int maxLength) {
        if (!has(field)) {
            return null;
        }
        var value = node.get(field);
        if (!value.isTextual()) {
            throw new InvalidParameterException(path(field), "must be a string");
        }
        var text = value.asText().strip();
        if (text.length() > maxLength) {
            throw new InvalidParameterException(path(field),
                    "must be at most " + maxLength + " characters; got " + text.length());
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')
                || XmlChars.firstIllegal(text) >= 0) {
            throw new InvalidParameterException(path(field), "must not contain control characters, U+FFFE, U+FFFF or "
                    + "unpaired surrogates");
        }
        return text.isEmpty() ? null : text;
    }

    /** A slug, checked as {@link Slugs} wants and no longer than the slug columns. */
    String slug(String field) {
        if (has(field) && node.get(field).isTextual()) {
            var value = node.get(field).asText();
            if (!Slugs.isValid(value) || value.length() > SLUG_LENGTH) {
                throw new InvalidParameterException(path(field), "must be lower-case letters and digits in words "
                        + "joined by single hyphens, as in europe-desk, at most " + SLUG_LENGTH + " characters");
            }
        }
        return requiredText(field, SLUG_LENGTH);
    }

    /** A whole number in {@code [min, max]}; null when absent or null. */
    Integer optionalInt(String field, int min, int max) {
        if (!has(field)) {
            return null;
        }
        var value = node.get(field);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new InvalidParameterException(path(field), "must be a whole number");
        }
        int n = value.intValue();
        if (n < min || n > max) {
            throw new InvalidParameterException(path(field), "must be between " + min + " and " + max + "; got " + n);
        }
        return n;
    }

    /** A number from 0 to 1; null when absent or null. */
    Double optionalFraction(String field) {
        if (!has(field)) {
            return null;
        }
        var value = node.get(field);
        if (!value.isNumber()) {
            throw new InvalidParameterException(path(field), "must be a number from 0 to 1");
        }
        double d = value.doubleValue();
        if (!(d >= 0 && d <= 1)) {
            throw new InvalidParameterException(path(field), "must be from 0 to 1; got " + value.asText());
        }
        return d;
    }

    /** A nested object with no fields but {@code allowed}; null when absent or null. */
    Fields optionalObject(String field, String what, Set<String> allowed) {
        return has(field) ? object(node.get(field), path(field), path(field) + ".", what, allowed) : null;
    }

    /** A list of objects, each with no fields but {@code allowed}; empty when absent or null. */
    List<Fields> objects(String field, String what, Set<String> allowed, int maxItems) {
        var items = new ArrayList<Fields>();
        for (var i = 0; i < array(field, maxItems).size(); i++) {
            var name = path(field) + "[" + i + "]";
            items.add(object(node.get(field).get(i), name, name + ".", what, allowed));
        }
        return items;
    }

    /** A list of strings, each checked as a slug; empty when absent or null. */
    List<String> slugs(String field, int maxItems) {
        var array = array(field, maxItems);
        var slugs = new ArrayList<String>();
        for (int i = 0; i < array.size(); i++) {
            var value = array.get(i);
            if (!value.isTextual() || !Slugs.isValid(value.asText()) || value.asText().length() > SLUG_LENGTH) {
                throw new InvalidParameterException(path(field) + "[" + i + "]", "must be a slug");
            }
            slugs.add(value.asText());
        }
        return slugs;
    }

    private List<JsonNode> array(String field, int maxItems) {
        if (!has(field)) {
            return List.of();
        }
        var value = node.get(field);
        if (!value.isArray()) {
            throw new InvalidParameterException(path(field), "must be a JSON array");
        }
        if (value.size() > maxItems) {
            throw new InvalidParameterException(path(field), "may hold at most " + maxItems + " items; got " + value.size());
        }
        var items = new ArrayList<JsonNode>();
        value.forEach(items::add);
        return items;
    }
}
