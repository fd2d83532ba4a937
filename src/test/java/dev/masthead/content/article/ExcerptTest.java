package dev.masthead.content.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Whitespace collapses as the regular expression it replaced did, on every kind of input. */
class ExcerptTest {

    @Test
    void whitespaceCollapsesAsTheRegularExpressionDid() {
        var alphabet = "ab \t\n\u000B\f\r\u00A0\u2003é".toCharArray();
        var random = new SplittableRandom(13);
        for (int n = 0; n < 20_000; n++) {
            var text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            var input = text.toString();
            assertThat(Excerpt.collapseWhitespace(input)).as("%s", input.codePoints().boxed().toList())
                    .isEqualTo(input.replaceAll("\\s+", " "));
        }
    }

    @Test
    void aCutEndsAtAWordBoundaryWithAnEllipsis() {
        var cut = Excerpt.cut("  One two\n\nthree   four five  ", 14);
        assertThat(cut.text()).isEqualTo("One two three…");
        assertThat(cut.truncated()).isTrue();
        assertThat(Excerpt.cut("One\ttwo", 14)).isEqualTo(new Excerpt.Cut("One two", false));
    }
}
