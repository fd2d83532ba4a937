package dev.masthead.demo;

import dev.masthead.content.ContentConfig;
import dev.masthead.content.ContentWriter;
import dev.masthead.content.article.ArticleType;
import dev.masthead.content.article.BodyRendering;
import dev.masthead.content.body.Body;
import dev.masthead.content.search.SearchTerms;
import dev.masthead.content.search.TermRows;
import dev.masthead.content.search.TextSearch;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import javax.sql.DataSource;

/**
 * Fills the database with realistic synthetic articles for benchmarks and scale tests:
 * {@code masthead.content.synthetic-articles=N} on start makes sure N exist. Rows go in
 * through batched JDBC, not the ORM, so a million articles take minutes. Synthetic
 * articles are marked as demo content and their slugs start with {@code synthetic-}.
 */
@ApplicationScoped
public class SyntheticContent {

    static final String SLUG_PREFIX = "synthetic-";
    private static final int BATCH = 1_000;
    private static final int REBUILD_TERM_INDEXES_FROM = 10_000;
    private static final int AUTHORS = 200;
    private static final int IMAGES = 100;
    private static final String IMAGE_BASE = "https://synthetic.masthead.dev/images/";
    private static final Duration SPAN = Duration.ofDays(365 * 12);

    /**
     * Words by how common they are, most common first: articles draw them with Zipf's law
     * (the word of rank r with weight 1/r), as words occur in real text, so a search
     * benchmark meets very common words (the, said, government), middling ones and rare ones.
     * After the function words and the newsroom's vocabulary come invented names, a long
     * tail of rare words.
     */
    private static final String[] COMMON_WORDS = ("the of and to in a that for on with as by said at from was "
            + "were has have had which after officials government is are be its their over against between "
            + "minister president forces talks week year policy region analysts reported warned according "
            + "security military war country state united foreign deal plan new international support "
            + "sanctions diplomacy ceasefire alliance pipeline budget missile treaty election border refugees "
            + "summit embassy negotiation defense industry export tariff energy grain shipping navy drone "
            + "nuclear deterrence inflation debt currency aid reconstruction parliament senate congress "
            + "pentagon ministry coalition opposition protest court ruling strategy restraint escalation "
            + "withdrawal occupation insurgency militia frontier corridor port satellite cyber intelligence "
            + "oversight procurement contractor arsenal stockpile interceptor drought famine migration climate "
            + "flood harvest oil gas uranium lithium copper semiconductor month before while during under "
            + "about into through").split(" ");
    private static final String[] RARER_WORDS = ("administration agreement airspace ambassador amendment "
            + "armistice artillery assembly austerity autonomy battalion blockade brigade bureaucracy cabinet "
            + "campaign capital casualty census charter citizen civilian commander commission commodity "
            + "compliance concession conscription constitution consulate convoy counterterrorism coup creditor "
            + "crisis cruiser customs delegation democracy deployment deputy detention devaluation dissident "
            + "doctrine donor earthquake economy emergency emissions enclave envoy espionage ethnic evacuation "
            + "exile expedition extradition federation fighter fiscal fleet fortification garrison genocide "
            + "governor guerrilla hostage humanitarian hydropower immigration impeachment incumbent indictment "
            + "infantry infrastructure injunction inspector investment jurisdiction junta legislature legitimacy "
            + "liberation loan logistics mandate maritime mediation mercenary merger minority mobilization "
            + "monarchy monetary monitoring munitions mutiny neutrality nonproliferation offensive ombudsman "
            + "ordnance outpost pandemic partition patrol peacekeeping pension petroleum plebiscite precinct "
            + "premier privatization propaganda prosecutor provocation quarantine radar ratification rebellion "
            + "recession referendum regime remittance reparations republic reservist resolution retaliation "
            + "sabotage secession secretariat sovereignty speaker spokesman stabilization statute subsidy "
            + "successor surveillance tanker taxation telecom terrorism tribunal truce turbine unemployment "
            + "uprising veto volunteer warhead warship watchdog whistleblower").split(" ");
    private static final int INVENTED_WORDS = 30_000;
    private static final String[] VOCABULARY = vocabulary();
    private static final double[] ZIPF = zipf(VOCABULARY.length);
    private static final String[] TOPICS = ("sanctions diplomacy nato ukraine russia china taiwan iran israel "
            + "gaza yemen syria iraq afghanistan korea japan india pakistan brazil mexico venezuela cuba "
            + "africa sahel sudan ethiopia europe arctic energy oil nuclear arms-control defense-budget "
            + "military-aid drones cyber trade tariffs climate migration human-rights elections un congress "
            + "pentagon state-department intelligence navy air-force missile-defense space economy debt").split(" ");
    private static final ArticleType[] TYPES = ArticleType.values();

    private final ContentConfig config;
    private final DataSource dataSource;
    private final TextSearch search;
    private final BodyRendering rendering;

    public SyntheticContent(ContentConfig config, DataSource dataSource, TextSearch search,
            BodyRendering rendering) {
        this.config = config;
        this.dataSource = dataSource;
        this.search = search;
        this.rendering = rendering;
    }

    void onStart(@Observes @Priority(20) StartupEvent event) throws SQLException {
        if (config.syntheticArticles() > 0) {
            ensure(config.syntheticArticles());
        }
    }

    /** Adds synthetic articles until {@code target} of them exist; returns how many it added. */
    public int ensure(int target) throws SQLException {
        try (var db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            int existing = count(db, "select count(*) from article where slug like ?", SLUG_PREFIX + "%");
            int missing = target - existing;
            if (missing <= 0) {
                return 0;
            }
            var started = System.nanoTime();
            var pools = pools(db);
            // Terms arrive in article order but their keys lead with the term: kept up row by row,
            // the term indexes are written all over, hundreds of times per article. For a large
            // load they are dropped and built once afterwards, from sorted runs.
            var rebuildTermIndexes = search.keepsTermRows() && missing >= REBUILD_TERM_INDEXES_FROM;
            if (rebuildTermIndexes) {
                try (var before = db.createStatement()) {
                    for (var drop : TermRows.DROP_INDEXES) {
                        before.execute(drop);
                    }
                }
                db.commit();
            }
            long firstId = count(db, "select coalesce(max(id), 0) from article") + 1L;
            var random = new SplittableRandom(firstId);
            var now = Instant.now();
            try (var article = db.prepareStatement("insert into article (id, slug, headline, dek, type, section_id,"
                    + " hero_image_id, lead_text, word_count, reading_minutes, status, published_at, created_at,"
                    + " updated_at, version, demo) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, true)");
                    var body = db.prepareStatement("insert into article_body (article_id, blocks, search_text,"
                            + " search_headline, search_dek, rendered, rendered_key) values (?, ?, ?, ?, ?, ?, ?)");
                    var byline = db.prepareStatement("insert into article_author (article_id, author_id, position,"
                            + " published_at) values (?, ?, ?, ?)");
                    var tagging = db.prepareStatement("insert into article_tag (article_id, tag_id, published_at)"
                            + " values (?, ?, ?)");
                    var terms = search.keepsTermRows() ? db.prepareStatement(TermRows.INSERT) : null) {
                for (int i = 0; i < missing; i++) {
                    addArticle(firstId + i, random, now, pools, article, body, byline, tagging, terms);
                    if ((i + 1) % BATCH == 0 || i == missing - 1) {
                        article.executeBatch();
                        body.executeBatch();
                        byline.executeBatch();
                        tagging.executeBatch();
                        if (terms != null) {
                            terms.executeBatch();
                        }
                        db.commit();
                    }
                    if ((i + 1) % 50_000 == 0) {
                        Log.infof("Synthetic content: %d of %d articles", i + 1, missing);
                    }
                }
            }
            try (var after = db.createStatement()) {
                if (rebuildTermIndexes) {
                    for (var create : TermRows.CREATE_INDEXES) {
                        after.execute(create);
                    }
                    db.commit();
                }
                // Scheduled articles wait in the publishing job's queue, as the writer puts them there.
                after.execute("insert into article_schedule (article_id, publish_at) select id, published_at"
                        + " from article where status = 'SCHEDULED' and id >= " + firstId);
                after.execute("alter table article alter column id restart with " + (firstId + missing));
                db.commit();
                // Fresh statistics, or PostgreSQL plans the first queries as if the tables were empty.
                after.execute("analyze");
            }
            db.commit();
            Log.infof("Synthetic content: added %d articles in %d s", missing,
                    Duration.ofNanos(System.nanoTime() - started).toSeconds());
            return missing;
        }
    }

    private void addArticle(long id, SplittableRandom random, Instant now, Pools pools, PreparedStatement article,
            PreparedStatement body, PreparedStatement byline, PreparedStatement tagging, PreparedStatement terms)
            throws SQLException {
        var headlineWords = sentence(random, 6 + random.nextInt(7), false);
        var headline = capitalize(headlineWords);
        var slug = SLUG_PREFIX + id + "-" + slugOf(headlineWords);
        var dek = capitalize(sentence(random, 14 + random.nextInt(12), true));
        var paragraphs = new ArrayList<String>();
        for (int p = 0, n = 4 + random.nextInt(6); p < n; p++) {
            var para = new StringBuilder();
            for (int s = 0, sentences = 2 + random.nextInt(4); s < sentences; s++) {
                para.append(s == 0 ? "" : " ").append(capitalize(sentence(random, 8 + random.nextInt(14), true)));
            }
            paragraphs.add(para.toString());
        }
        var text = String.join("\n\n", paragraphs);
        int words = text.split("\\s+").length;
        var published = now.minusSeconds(random.nextLong(SPAN.toSeconds()));
        int roll = random.nextInt(100);
        var status = roll < 95 ? "PUBLISHED" : roll < 97 ? "DRAFT" : roll < 99 ? "ARCHIVED" : "SCHEDULED";
        if ("SCHEDULED".equals(status)) {
            published = now.plusSeconds(3600 + random.nextLong(Duration.ofDays(30).toSeconds()));
        }
        var updated = random.nextInt(10) == 0 ? published.plusSeconds(random.nextLong(86_400 * 30)) : published;

        article.setLong(1, id);
        article.setString(2, slug.length() > 200 ? slug.substring(0, 200) : slug);
        article.setString(3, headline);
        article.setString(4, dek);
        article.setString(5, TYPES[random.nextInt(10) < 6 ? 1 : random.nextInt(TYPES.length)].name());
        article.setLong(6, pools.sections.get(random.nextInt(pools.sections.size())));
        article.setLong(7, pools.images.get(random.nextInt(pools.images.size())));
        article.setString(8, text.length() > ContentWriter.LEAD_TEXT_LENGTH
                ? text.substring(0, ContentWriter.LEAD_TEXT_LENGTH) : text);
        article.setInt(9, words);
        article.setInt(10, Body.readingMinutes(words));
        article.setString(11, status);
        // The tag and byline rows carry the same time: their list indexes order by it.
        var publishedAt = "DRAFT".equals(status) ? null : Timestamp.from(published);
        article.setTimestamp(12, publishedAt);
        article.setTimestamp(13, Timestamp.from(published));
        article.setTimestamp(14, Timestamp.from(updated.isAfter(now) ? published : updated));
        article.addBatch();

        var blocks = new StringBuilder("[");
        for (int p = 0; p < paragraphs.size(); p++) {
            blocks.append(p == 0 ? "" : ",").append("{\"type\":\"paragraph\",\"html\":\"")
                    .append(paragraphs.get(p)).append("\"}");
        }
        var searchText = ContentWriter.searchText(headline, dek, text);
        body.setLong(1, id);
        var rendered = rendering.render(blocks.append(']').toString());
        body.setString(2, rendered.blocks());
        body.setString(3, searchText);
        body.setString(4, headline);
        body.setString(5, dek);
        body.setString(6, rendered.rendered());
        body.setString(7, rendered.key());
        body.addBatch();
        if (terms != null) {
            TermRows.add(terms, id, SearchTerms.weighted(headline, dek, searchText));
        }

        int first = random.nextInt(pools.authors.size());
        for (int a = 0, n = random.nextInt(10) < 8 ? 1 : 2; a < n; a++) {
            byline.setLong(1, id);
            byline.setLong(2, pools.authors.get((first + a) % pools.authors.size()));
            byline.setInt(3, a);
            byline.setTimestamp(4, publishedAt);
            byline.addBatch();
        }
        int tag = random.nextInt(pools.tags.size());
        for (int t = 0, n = 1 + random.nextInt(5); t < n; t++) {
            tagging.setLong(1, id);
            tagging.setLong(2, pools.tags.get((tag + t * 7) % pools.tags.size()));
            tagging.setTimestamp(3, publishedAt);
            tagging.addBatch();
        }
    }

    private record Pools(List<Long> sections, List<Long> authors, List<Long> tags, List<Long> images) {
    }

    /** The sections, authors, tags and images synthetic articles draw from, made on first use. */
    private Pools pools(Connection db) throws SQLException {
        if (count(db, "select count(*) from section") == 0) {
            for (int i = 0; i < 8; i++) {
                insert(db, "insert into section (slug, name, description, position) values (?, ?, ?, ?)",
                        SLUG_PREFIX + "section-" + i, "Synthetic section " + i, "Synthetic content", 100 + i);
            }
        }
        if (count(db, "select count(*) from author where slug like ?", SLUG_PREFIX + "%") == 0) {
            for (int i = 1; i <= AUTHORS; i++) {
                insert(db, "insert into author (slug, name, bio) values (?, ?, ?)", SLUG_PREFIX + "author-" + i,
                        "Synthetic Author " + i, "A synthetic byline for benchmarks and scale tests.");
            }
        }
        for (var topic : TOPICS) {
            if (count(db, "select count(*) from tag where slug = ?", topic) == 0) {
                insert(db, "insert into tag (slug, name) values (?, ?)", topic,
                        capitalize(topic.replace('-', ' ')));
            }
        }
        if (count(db, "select count(*) from image where url like ?", IMAGE_BASE + "%") == 0) {
            for (int i = 1; i <= IMAGES; i++) {
                insert(db, "insert into image (url, alt_text, caption, credit, width, height) values (?, ?, ?, ?, ?, ?)",
                        IMAGE_BASE + i + ".jpg", "Synthetic image " + i,
                        "A synthetic caption for image " + i + ".", "Synthetic photo " + i + " / Public Domain",
                        1600, 900);
            }
        }
        db.commit();
        return new Pools(ids(db, "select id from section order by id"),
                ids(db, "select id from author where slug like ? order by id", SLUG_PREFIX + "%"),
                ids(db, "select id from tag order by id"),
                ids(db, "select id from image where url like ? order by id", IMAGE_BASE + "%"));
    }

    private static String sentence(SplittableRandom random, int words, boolean period) {
        var out = new StringBuilder();
        for (int w = 0; w < words; w++) {
            out.append(w == 0 ? "" : " ").append(word(random));
        }
        return period ? out.append('.').toString() : out.toString();
    }

    /** A word drawn with Zipf's law: the word of rank r with probability proportional to 1/r. */
    static String word(SplittableRandom random) {
        int rank = Arrays.binarySearch(ZIPF, random.nextDouble());
        return VOCABULARY[Math.min(rank < 0 ? -rank - 1 : rank, VOCABULARY.length - 1)];
    }

    /** The vocabulary in rank order: common words, rarer words, then invented names. */
    static String[] vocabulary() {
        var words = new LinkedHashSet<String>();
        words.addAll(List.of(COMMON_WORDS));
        words.addAll(List.of(RARER_WORDS));
        // Three syllables each, scattered over all 70^3 combinations; a clash with a real word is skipped.
        var consonants = "bdfgklmnprstvz";
        var vowels = "aeiou";
        for (int i = 1; words.size() < COMMON_WORDS.length + RARER_WORDS.length + INVENTED_WORDS; i++) {
            int code = (int) ((long) i * 7_919 % 343_000);
            var name = new StringBuilder();
            for (int syllable = 0; syllable < 3; syllable++, code /= 70) {
                name.append(consonants.charAt(code % 70 / 5)).append(vowels.charAt(code % 5));
            }
            if (SearchTerms.of(name.toString()).equals(List.of(name.toString()))) {
                words.add(name.toString());
            }
        }
        return words.toArray(String[]::new);
    }

    /** The cumulative Zipf distribution over {@code n} ranks, for a binary search. */
    private static double[] zipf(int n) {
        var cumulative = new double[n];
        double sum = 0;
        for (int r = 0; r < n; r++) {
            sum += 1.0 / (r + 1);
            cumulative[r] = sum;
        }
        for (int r = 0; r < n; r++) {
            cumulative[r] /= sum;
        }
        return cumulative;
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String slugOf(String words) {
        var slug = words.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return slug.length() > 80 ? slug.substring(0, 80).replaceAll("-+$", "") : slug;
    }

    private static int count(Connection db, String sql, Object... values) throws SQLException {
        try (var st = prepare(db, sql, values); var rs = st.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static List<Long> ids(Connection db, String sql, Object... values) throws SQLException {
        var ids = new ArrayList<Long>();
        try (var st = prepare(db, sql, values); var rs = st.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static PreparedStatement prepare(Connection db, String sql, Object... values) throws SQLException {
        var st = db.prepareStatement(sql);
        for (int i = 0; i < values.length; i++) {
            st.setObject(i + 1, values[i]);
        }
        return st;
    }

    private static void insert(Connection db, String sql, Object... values) throws SQLException {
        try (var st = prepare(db, sql, values)) {
            st.executeUpdate();
        }
    }
}
