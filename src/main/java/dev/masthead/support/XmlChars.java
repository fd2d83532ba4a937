package dev.masthead.support;

/**
 * The characters XML 1.0 allows (tab, line feed, carriage return, U+0020 to U+D7FF, U+E000 to
 * U+FFFD, and supplementary characters as valid surrogate pairs). A text that holds any other
 * cannot be written into a feed or a sitemap: writes refuse it, and XML answers drop it from
 * anything stored before that rule.
 */
public final class XmlChars {

    private XmlChars() {
    }

    /** The index of the first character XML cannot carry, or -1. */
    public static int firstIllegal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (!allowed(c)) {
                return i;
            }
        }
        return -1;
    }

    /** The text without the characters XML cannot carry; null stays null. */
    public static String clean(String text) {
        if (text == null || firstIllegal(text) < 0) {
            return text;
        }
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (allowed(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
