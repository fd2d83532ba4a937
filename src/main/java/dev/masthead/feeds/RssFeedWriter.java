package dev.masthead.feeds;

import dev.masthead.support.XmlChars;
import com.rometools.modules.atom.modules.AtomLinkModuleImpl;
import com.rometools.modules.mediarss.MediaEntryModuleImpl;
import com.rometools.modules.mediarss.types.Credit;
import com.rometools.modules.mediarss.types.MediaContent;
import com.rometools.modules.mediarss.types.Metadata;
import com.rometools.modules.mediarss.types.UrlReference;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Content;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import dev.masthead.content.article.ArticleSummary;
import dev.masthead.content.author.AuthorRef;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * RSS 2.0, written by Rome. The hero image is a Media RSS {@code media:content}: an RSS
 * {@code enclosure} must state the file's length in bytes, which Masthead does not know.
 * Bylines are Dublin Core {@code dc:creator}s, since RSS's own {@code author} must be an
 * e-mail address; the section and the tags are categories; a full-content feed carries the
 * body in {@code content:encoded} beside the excerpt in {@code description}.
 */
@ApplicationScoped
public class RssFeedWriter {

    private final FeedLinks links;

    public RssFeedWriter(FeedLinks links) {
        this.links = links;
    }

    public byte[] write(FeedContent feed, String self) {
        var channel = new Channel("rss_2.0");
        channel.setEncoding("UTF-8");
        channel.setTitle(XmlChars.clean(feed.title()));
        channel.setLink(links.home(feed));
        channel.setDescription(XmlChars.clean(feed.description() != null && !feed.description().isBlank()
                ? feed.description() : feed.title()));
        if (!feed.articles().isEmpty()) {
            channel.setLastBuildDate(Date.from(feed.updated()));
        }
        var atom = new AtomLinkModuleImpl();
        var selfLink = new Link();
        selfLink.setRel("self");
        selfLink.setHref(self);
        selfLink.setType("application/rss+xml");
        atom.setLink(selfLink);
        channel.setModules(new ArrayList<>(List.of(atom)));
        channel.setItems(feed.articles().stream().map(a -> item(feed, a)).toList());
        return FeedXml.write(channel);
    }

    private Item item(FeedContent feed, ArticleSummary article) {
        var url = links.article(article);
        var item = new Item();
        item.setTitle(XmlChars.clean(article.headline()));
        item.setLink(url);
        var guid = new Guid();
        guid.setPermaLink(true);
        guid.setValue(url);
        item.setGuid(guid);
        item.setPubDate(Date.from(article.publishedAt()));
        var description = new Description();
        description.setType("text/plain");
        description.setValue(XmlChars.clean(article.excerpt()));
        item.setDescription(description);
        var body = feed.bodies().get(article.slug());
        if (body != null) {
            var content = new Content();
            content.setType(Content.HTML);
            content.setValue(XmlChars.clean(body));
            item.setContent(content);
        }
        var categories = new ArrayList<Category>();
        categories.add(category(article.section().name()));
        article.tags().forEach(t -> categories.add(category(t.name())));
        item.setCategories(categories);
        var modules = new ArrayList<Module>();
        if (!article.authors().isEmpty()) {
            var dc = new DCModuleImpl();
            dc.setCreators(article.authors().stream().map(AuthorRef::name).map(XmlChars::clean).toList());
            modules.add(dc);
        }
        links.image(article.heroImage()).ifPresent(image -> modules.add(media(article, image)));
        item.setModules(modules);
        return item;
    }

    private static Category category(String name) {
        var category = new Category();
        category.setValue(XmlChars.clean(name));
        return category;
    }

    private static Module media(ArticleSummary article, String image) {
        var hero = article.heroImage();
        var content = new MediaContent(new UrlReference(URI.create(image)));
        content.setMedium("image");
        FeedLinks.imageType(image).ifPresent(content::setType);
        content.setWidth(hero.width());
        content.setHeight(hero.height());
        var metadata = new Metadata();
        var description = hero.caption() != null && !hero.caption().isBlank() ? hero.caption() : hero.alt();
        if (description != null && !description.isBlank()) {
            metadata.setDescription(XmlChars.clean(description));
            metadata.setDescriptionType("plain");
        }
        if (hero.credit() != null && !hero.credit().isBlank()) {
            metadata.setCredits(new Credit[] {new Credit(null, null, XmlChars.clean(hero.credit()))});
        }
        content.setMetadata(metadata);
        var media = new MediaEntryModuleImpl();
        media.setMediaContents(new MediaContent[] {content});
        return media;
    }
}
