package dev.masthead.content.article;

/** Cuts teaser excerpts from plain text at a word boundary. */
public final class Excerpt {

    private Excerpt() {
    }

    /** The result of a cut: the text, and whether anything was left out. */
    public record Cut(String text, boolean truncated) {
    }

    /**
     * At most {@code max} characters of {@code text}, ending at a word boundary and followed
     * by an ellipsis when cut. A single word longer than {@code max} is cut inside the word
     * rather than dropped.
     */
    public static Cut cut(String text, int max) {
        var normalized = text == null ? "" : collapseWhitespace(text.strip());
        if (normalized.length() <= max) {
            return new Cut(normalized, false);
        }
        var room = max - 1;
        int end = room;
        while (end > 0 && !Character.isWhitespace(normalized.charAt(end))) {
            end--;
        }
        if (end == 0) {
            end = room;
            if (Character.isLowSurrogate(normalized.charAt(end))) {
                end--;
            }
        }
        var head = normalized.substring(0, end).stripTrailing();
        while (!head.isEmpty() && ",;:-—–".indexOf(head.charAt(head.length() - 1)) >= 0) {
            head = head.substring(0, head.length() - 1).stripTrailing();
        }
        return new Cut(head + "…", true);
    }

    /**
     * Each run of whitespace as one space, as {@code replaceAll("\\s+", " ")} would give
     * (the same six ASCII characters), without a regular expression: every article read
     * cuts its excerpt.
     */
    static String collapseWhitespace(String text) {
        var out = new StringBuilder(text.length());
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
                inRun = false;
            } else if (!inRun) {
                out.append(' ');
                inRun = true;
            }
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
