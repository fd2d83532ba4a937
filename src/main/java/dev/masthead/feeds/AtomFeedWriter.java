package dev.masthead.feeds;

import dev.masthead.support.XmlChars;
import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import dev.masthead.content.article.ArticleSummary;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Atom 1.0 (RFC 4287), written by Rome. The publication is the feed's author, so that an
 * article without a byline still has one, as Atom requires; the hero image is a link with
 * {@code rel="enclosure"}, whose length Atom leaves optional; a full-content feed carries the
 * body as HTML content beside the excerpt as the summary.
 */
@ApplicationScoped
public class AtomFeedWriter {

    private final FeedLinks links;

    public AtomFeedWriter(FeedLinks links) {
        this.links = links;
    }

    public byte[] write(FeedContent feed, String self) {
        var atom = new Feed("atom_1.0");
        atom.setEncoding("UTF-8");
        atom.setId(self);
        atom.setTitle(XmlChars.clean(feed.title()));
        if (feed.description() != null && !feed.description().isBlank()) {
            atom.setSubtitle(text(feed.description()));
        }
        atom.setUpdated(Date.from(feed.updated()));
        atom.setAlternateLinks(new ArrayList<>(List.of(link("alternate", links.home(feed), "text/html"))));
        atom.setOtherLinks(new ArrayList<>(List.of(link("self", self, "application/atom+xml"))));
        atom.setAuthors(new ArrayList<>(List.of(person(feed.publication()))));
        atom.setEntries(feed.articles().stream().map(a -> entry(feed, a)).toList());
        return FeedXml.write(atom);
    }

    private Entry entry(FeedContent feed, ArticleSummary article) {
        var url = links.article(article);
        var entry = new Entry();
        entry.setId(url);
        entry.setTitle(XmlChars.clean(article.headline()));
        entry.setAlternateLinks(new ArrayList<>(List.of(link("alternate", url, "text/html"))));
        links.image(article.heroImage()).ifPresent(image -> {
            var enclosure = link("enclosure", image, FeedLinks.imageType(image).orElse(null));
            var hero = article.heroImage();
            enclosure.setTitle(XmlChars.clean(hero.caption() != null && !hero.caption().isBlank() ? hero.caption() : hero.alt()));
            entry.setOtherLinks(new ArrayList<>(List.of(enclosure)));
        });
        entry.setPublished(Date.from(article.publishedAt()));
        entry.setUpdated(Date.from(article.updatedAt()));
        entry.setAuthors(new ArrayList<>(article.authors().stream().map(a -> person(a.name())).toList()));
        var categories = new ArrayList<Category>();
        categories.add(category(article.section().slug(), article.section().name()));
        article.tags().forEach(t -> categories.add(category(t.slug(), t.name())));
        entry.setCategories(categories);
        entry.setSummary(text(article.excerpt()));
        var body = feed.bodies().get(article.slug());
        if (body != null) {
            var content = new Content();
            content.setType(Content.HTML);
            content.setValue(XmlChars.clean(body));
            entry.setContents(new ArrayList<>(List.of(content)));
        }
        return entry;
    }

    private static Content text(String value) {
        var content = new Content();
        content.setType(Content.TEXT);
        content.setValue(XmlChars.clean(value));
        return content;
    }

    private static Link link(String rel, String href, String type) {
        var link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    private static SyndPerson person(String name) {
        var person = new Person();
        person.setName(XmlChars.clean(name));
        return person;
    }

    private static Category category(String term, String label) {
        var category = new Category();
        category.setTerm(XmlChars.clean(term));
        category.setLabel(XmlChars.clean(label));
        return category;
    }
}
