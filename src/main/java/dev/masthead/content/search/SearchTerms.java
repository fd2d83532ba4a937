package dev.masthead.content.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How text becomes search terms on H2, for stored articles and for queries alike: lower-cased,
 * split on everything but letters and digits, words of one character and English stop words
 * dropped, plurals folded to the singular. The stop words are PostgreSQL's {@code english}
 * list, so both databases ignore the same words; PostgreSQL stems further (Porter) than the
 * plural folding here.
 */
public final class SearchTerms {

    /** Longest term kept; longer words are cut to it, in documents and queries alike. */
    public static final int MAX_TERM_LENGTH = 64;

    /** Weight of the best place a word occurs: the tens of a term's weight. */
    public static final int HEADLINE = 3;
    public static final int DEK = 2;
    public static final int BODY = 1;

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** PostgreSQL's english.stop (Snowball's English list). */
    private static final Set<String> STOP_WORDS = Set.of(("i me my myself we our ours ourselves you your yours "
            + "yourself yourselves he him his himself she her hers herself it its itself they them their theirs "
            + "themselves what which who whom this that these those am is are was were be been being have has had "
            + "having do does did doing a an the and but if or because as until while of at by for with about "
            + "against between into through during before after above below to from up down in out on off over "
            + "under again further then once here there when where why how all any both each few more most other "
            + "some such no nor not only own same so than too very s t can will just don should now").split(" "));

    private SearchTerms() {
    }

    /** The terms of a text, in order, repeats kept. */
    public static List<String> of(String text) {
        var terms = new ArrayList<String>();
        if (text == null || text.isEmpty()) {
            return terms;
        }
        for (var word : SEPARATORS.split(text.toLowerCase(Locale.ROOT))) {
            if (word.length() < 2 || STOP_WORDS.contains(word)) {
                continue;
            }
            var term = singular(word);
            terms.add(term.length() > MAX_TERM_LENGTH ? term.substring(0, MAX_TERM_LENGTH) : term);
        }
        return terms;
    }

    /** The distinct terms of a query's words, in order; empty when none of them can match anything. */
    public static List<String> ofQuery(List<String> words) {
        var terms = new LinkedHashSet<String>();
        words.forEach(word -> terms.addAll(of(word)));
        return List.copyOf(terms);
    }

    /**
     * Each distinct term of an article with its weight: ten times the best place it occurs
     * (headline 3, dek 2, body 1) plus how often it occurs, at most 9. Summed over a query's
     * terms, that ranks a headline match above any number of body matches.
     */
    public static Map<String, Integer> weighted(String headline, String dek, String body) {
        var best = new LinkedHashMap<String, Integer>();
        var count = new LinkedHashMap<String, Integer>();
        for (var part : List.of(new Part(headline, HEADLINE), new Part(dek, DEK), new Part(body, BODY))) {
            for (var term : of(part.text())) {
                best.merge(term, part.weight(), Math::max);
                count.merge(term, 1, Integer::sum);
            }
        }
        var weights = new LinkedHashMap<String, Integer>();
        best.forEach((term, place) -> weights.put(term, 10 * place + Math.min(count.get(term), 9)));
        return weights;
    }

    private record Part(String text, int weight) {
    }

    /**
     * Harman's "S" stemmer: folds English plurals (policies, sanctions, taxes) onto the
     * singular and leaves everything else alone, so it never merges unrelated words.
     */
    static String singular(String word) {
        int n = word.length();
        if (n < 4 || word.charAt(n - 1) != 's') {
            return word;
        }
        if (word.endsWith("ies") && !word.endsWith("eies") && !word.endsWith("aies")) {
            return word.substring(0, n - 3) + "y";
        }
        if (word.endsWith("es") && !word.endsWith("aes") && !word.endsWith("ees") && !word.endsWith("oes")) {
            return word.substring(0, n - 1);
        }
        if (word.endsWith("us") || word.endsWith("ss")) {
            return word;
        }
        return word.substring(0, n - 1);
    }
}
