package dev.masthead.content;

import java.util.regex.Pattern;

/** What a slug may look like: lower-case letters, digits and single hyphens, at most 200 characters. */
public final class Slugs {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private Slugs() {
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= 200 && SLUG.matcher(slug).matches();
    }
}
