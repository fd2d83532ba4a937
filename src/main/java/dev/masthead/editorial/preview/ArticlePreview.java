package dev.masthead.editorial.preview;

import dev.masthead.content.article.ArticleService;
import dev.masthead.content.article.ArticleView;
import dev.masthead.editorial.token.Scope;
import dev.masthead.web.cache.PrivateAnswers;
import dev.masthead.web.problem.UnauthorizedException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * One article as the public doors (REST and GraphQL) answer it, with draft preview: what a
 * reader gets decides who asks.
 * <ul>
 * <li>A preview link's token ({@code ?preview=}, GraphQL's {@code preview} argument) opens
 * its one article whatever its status; an unknown or expired token is a 403 problem. The
 * Authorization header is then not consulted.</li>
 * <li>A Bearer token with {@code content:preview} sees every article as it stands. A token
 * without that scope sees what everyone sees. A Bearer token that is unknown, expired or
 * revoked is a 401 problem: a client that sent credentials must hear they are wrong, not
 * quietly get the public answer.</li>
 * <li>Without either, the published article, and no token is looked up: authentication is
 * lazy, and the identity is asked for only when an Authorization header came.</li>
 * </ul>
 * A preview answer is private ({@link PrivateAnswers}): {@code Cache-Control: private, no-store},
 * no ETag, no Surrogate-Key. Every answer here varies by Authorization, so a shared cache
 * never hands a reader's cached copy to a preview or the other way round.
 */
@ApplicationScoped
public class ArticlePreview {

    private final ArticleService articles;
    private final PreviewLinkService links;
    private final SecurityIdentity identity;
    private final CurrentVertxRequest request;
    private final PrivateAnswers answers;

    public ArticlePreview(ArticleService articles, PreviewLinkService links, SecurityIdentity identity,
            CurrentVertxRequest request, PrivateAnswers answers) {
        this.articles = articles;
        this.links = links;
        this.identity = identity;
        this.request = request;
        this.answers = answers;
    }

    /**
     * The article with this slug as this request may see it.
     *
     * @param previewToken a preview link's token, or null
     * @param followFormerSlugs follow a former slug instead of redirecting (for GraphQL)
     */
    public ArticleView article(String slug, String previewToken, boolean followFormerSlugs) {
        return preview(slug, previewToken, followFormerSlugs)
                .orElseGet(() -> articles.published(slug, followFormerSlugs));
    }

    /**
     * The article with this slug as this request may see it, for the REST door: a preview as
     * {@link #article} gives it, the published article as its JSON with the body as stored
     * ({@link ArticleService#publishedJson}). A former slug redirects.
     */
    public Object answer(String slug, String previewToken) {
        var preview = preview(slug, previewToken, false);
        return preview.isPresent() ? preview.get() : articles.publishedJson(slug);
    }

    /** The preview this request asks for and may see, or empty when it gets the published article. */
    private Optional<ArticleView> preview(String slug, String previewToken, boolean followFormerSlugs) {
        answers.varyByAuthorization();
        if (previewToken != null) {
            answers.markPrivate();
            return Optional.of(articles.previewed(slug, links.articleOf(previewToken), followFormerSlugs));
        }
        if (request.getCurrent().request().getHeader(HttpHeaders.AUTHORIZATION) != null && maySeeDrafts()) {
            answers.markPrivate();
            return Optional.of(articles.previewed(slug, followFormerSlugs));
        }
        return Optional.empty();
    }

    private boolean maySeeDrafts() {
        try {
            return identity.hasRole(Scope.CONTENT_PREVIEW_NAME);
        } catch (AuthenticationFailedException e) {
            throw new UnauthorizedException(
                    "The API token is unknown, expired or revoked; send a valid one, or none for the published article.");
        }
    }
}
