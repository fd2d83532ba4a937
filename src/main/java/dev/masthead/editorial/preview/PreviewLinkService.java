package dev.masthead.editorial.preview;

import dev.masthead.content.article.ArticleService;
import dev.masthead.database.PublicRead;
import dev.masthead.editorial.audit.Audit;
import dev.masthead.support.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * Preview links: {@code mhp_<256 random bits>}, each naming one article until it expires.
 * Only a SHA-256 of the token is stored, as the key it is looked up by: the token is random,
 * so its hash reveals nothing, and every instance checks a link against the database with no
 * signing key to share or rotate. A link names its article by id, so it keeps working when
 * the slug changes (its old URL redirects to the new slug, token kept).
 */
@ApplicationScoped
public class PreviewLinkService {

    static final String PREFIX = "mhp_";
    /** {@code mhp_} and 43 characters of URL-safe base64. */
    private static final int TOKEN_LENGTH = PREFIX.length() + 43;

    private final SecureRandom random = new SecureRandom();
    private final ArticleService articles;
    private final Audit audit;
    private final Clock clock;
    private final PreviewConfig config;

    public PreviewLinkService(ArticleService articles, Audit audit, Clock clock, PreviewConfig config) {
        this.articles = articles;
        this.audit = audit;
        this.clock = clock;
        this.config = config;
    }

    /** A new link to the article; unknown and archived articles are not found. */
    @Transactional
    public MintedLink mint(long articleId, String actor) {
        var article = articles.previewable(articleId);
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        // Links long expired tell nothing more than "unknown" would; keep the table small.
        PreviewLink.delete("expiresAt < ?1", now.minus(config.expiredLinkRetention()));
        var secret = new byte[32];
        random.nextBytes(secret);
        var token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        var link = new PreviewLink();
        link.tokenHash = Sha256.hex(token);
        link.articleId = article.id();
        link.createdAt = now;
        link.createdBy = actor;
        link.expiresAt = now.plus(config.linkTtl());
        link.persist();
        audit.record(actor, "article.preview-link-created", "article", Long.toString(article.id()), null, null,
                "expires " + link.expiresAt);
        return new MintedLink(token, link.expiresAt, article.id(), article.slug());
    }

    /** The id of the article the token opens now; a 403 problem when it is unknown or expired. */
    @PublicRead
    @Transactional
    public long articleOf(String token) {
        if (token.length() != TOKEN_LENGTH || !token.startsWith(PREFIX)) {
            throw new PreviewLinkInvalidException();
        }
        PreviewLink link = PreviewLink.findById(Sha256.hex(token));
        if (link == null) {
            throw new PreviewLinkInvalidException();
        }
        if (!link.expiresAt.isAfter(clock.instant())) {
            throw new PreviewLinkExpiredException(link.expiresAt);
        }
        return link.articleId;
    }
}
