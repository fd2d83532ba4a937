package dev.masthead.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.masthead.content.ContentConfig;
import dev.masthead.content.ContentWriter;
import dev.masthead.content.article.ArticleDraft;
import dev.masthead.content.article.ArticleStatus;
import dev.masthead.content.article.ArticleType;
import dev.masthead.content.body.Block;
import dev.masthead.content.section.Section;
import dev.masthead.newsletter.NewsletterList;
import dev.masthead.site.SiteService;
import dev.masthead.site.SiteView;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Loads the publication's own page (the demo content in {@code demo/publication.json})
 * into an empty database on start, so a new user's first request already answers with
 * real content. Runs only when no section exists, in one transaction.
 */
@ApplicationScoped
public class DemoContent {

    private static final String RESOURCE = "/demo/publication.json";

    private final ContentConfig config;
    private final ContentWriter writer;
    private final SiteService site;
    private final ObjectMapper json;

    public DemoContent(ContentConfig config, ContentWriter writer, SiteService site, ObjectMapper json) {
        this.config = config;
        this.writer = writer;
        this.site = site;
        this.json = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    void onStart(@Observes @Priority(10) StartupEvent event) {
        if (!config.demo()) {
            return;
        }
        try {
            if (loadIfEmpty()) {
                Log.info("Loaded the demo content into the empty database");
            }
        } catch (RuntimeException e) {
            // Several instances starting on one empty database race here; the loser's
            // transaction fails on a unique key and rolls back whole, which is fine.
            Log.warnf("Demo content was not loaded (%s); another instance may have loaded it",
                    e.getClass().getSimpleName());
        }
    }

    /** Loads the demo content unless the database already holds sections; true when it loaded. */
    @Transactional
    public boolean loadIfEmpty() {
        if (Section.count() > 0) {
            return false;
        }
        var data = read();
        site.store(data.site().name(), data.site().description(), data.site().url(), data.site().socialLinks()
                .stream().map(l -> new SiteView.Social(l.network(), l.label(), l.url())).toList());
        int position = 0;
        for (var section : data.sections()) {
            writer.section(section.slug(), section.name(), section.description(), position++);
        }
        data.authors().forEach(a -> writer.author(a.slug(), a.name(), a.bio()));
        data.tags().forEach(t -> writer.tag(t.slug(), t.name()));
        for (var n : data.newsletters()) {
            var list = new NewsletterList();
            list.slug = n.slug();
            list.name = n.name();
            list.blurb = n.blurb();
            list.cadence = n.cadence();
            list.isDefault = n.isDefault();
            list.persist();
        }
        // Articles that pin others come after the ones they pin.
        data.articles().stream()
                .sorted(Comparator.comparing(a -> a.pinnedRelated() != null && !a.pinnedRelated().isEmpty()))
                .forEach(a -> writer.article(new ArticleDraft(a.slug(), a.headline(), a.dek(),
                        ArticleType.fromSlug(a.type()).orElseThrow(), a.section(), a.heroImage(), a.excerpt(),
                        a.body(), ArticleStatus.PUBLISHED, a.publishedAt(), a.authors(), a.tags(),
                        orEmpty(a.formerSlugs()), orEmpty(a.pinnedRelated()), true)));
        return true;
    }

    private DemoData read() {
        try (var in = DemoContent.class.getResourceAsStream(RESOURCE)) {
            return json.readValue(in, DemoData.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    record DemoData(SiteData site, List<Named> sections, List<Named> authors, List<Named> tags,
            List<Newsletter> newsletters, List<DemoArticle> articles) {
    }

    record SiteData(String name, String description, String url, List<Social> socialLinks) {
    }

    record Social(String network, String label, String url) {
    }

    record Named(String slug, String name, String description, String bio) {
    }

    record Newsletter(String slug, String name, String cadence, String blurb, boolean isDefault) {
    }

    record DemoArticle(String slug, List<String> formerSlugs, String headline, String dek, String type,
            String section, ArticleDraft.HeroImage heroImage, List<String> authors, List<String> tags,
            Instant publishedAt, String excerpt, List<Block> body, List<String> pinnedRelated) {
    }
}
