package dev.masthead.sitemaps;

import dev.masthead.web.problem.InvalidParameterException;
import dev.masthead.web.problem.NotFoundException;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * The file name of one monthly article sitemap: {@code 2026-03.xml} for a month's first (often
 * only) file, {@code 2026-03-2.xml}, {@code -3} ... for the next ones of a month that holds
 * more articles than one file may list. Each file has one name, so crawlers never see the
 * same URLs twice under two addresses.
 */
record ArticleSitemapName(YearMonth month, int page) {

    private static final Pattern NAME = Pattern.compile("(\\d{4})-(\\d{2})(?:-([1-9]\\d{0,5}))?\\.xml");

    /** Reads a file name; a name of another shape is no sitemap of ours (404), a month beyond 01 to 12 a bad one (400). */
    static ArticleSitemapName parse(String file) {
        var matcher = NAME.matcher(file);
        if (!matcher.matches() || "1".equals(matcher.group(3))) {
            throw new NotFoundException("article sitemap", file);
        }
        var month = Integer.parseInt(matcher.group(2));
        if (month < 1 || month > 12) {
            throw new InvalidParameterException("file", "must name a month from 01 to 12, as in 2026-03.xml");
        }
        var page = matcher.group(3) == null ? 1 : Integer.parseInt(matcher.group(3));
        return new ArticleSitemapName(YearMonth.of(Integer.parseInt(matcher.group(1)), month), page);
    }

    /** The file name of the month's page (1 for its first file). */
    static String of(YearMonth month, int page) {
        return String.format("%04d-%02d%s.xml", month.getYear(), month.getMonthValue(), page == 1 ? "" : "-" + page);
    }
}
