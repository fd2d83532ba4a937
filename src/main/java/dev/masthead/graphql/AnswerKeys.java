package dev.masthead.graphql;

import dev.masthead.web.cache.CachedReads;
import dev.masthead.web.cache.SurrogateKeyed;
import graphql.ExecutionResult;
import graphql.execution.DataFetcherResult;
import graphql.execution.FetchedValue;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLTypeUtil;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ContextNotActiveException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names what a GraphQL GET answer (or a POST the response cache may keep) was built from, as the surrogate keys change events carry
 * ({@code articles}, {@code article-<slug>}, {@code section-<slug>} ...), so that it can be
 * cached and purged like a REST read. Every field that returns an object is named in
 * {@link #FIELDS}: its keys come from the value it fetched (a view that knows its keys), or are
 * those of a list whose members any change of that kind may alter, or are its parent's (a part of
 * the object it belongs to: an article's byline, a connection's edges). An answer that fetched
 * an object through a field not named there (introspection, a field added later) gets no keys,
 * and so is neither cached nor given a Surrogate-Key: no answer is ever kept that a change could
 * alter without dropping it.
 *
 * <p>A key set is complete when every change that could alter the answer carries one of its
 * keys. Every change to a published article carries {@code articles}, so every list of teasers
 * names it; changes to sections carry {@code sections} and {@code site}, to newsletters
 * {@code newsletters}.
 *
 * <p>Last in the chain, so it sees the answer as SmallRye will write it; the answer's bytes are
 * left in the routing context ({@link #ANSWER}) for {@link GraphQLRequests} to complete its
 * headers and hand it to the response cache.
 */
final class AnswerKeys extends SimplePerformantInstrumentation {

    /** A successful query answer's body as SmallRye writes it, with its surrogate keys. */
    record Answer(byte[] identity, List<String> surrogateKeys) {
        static final String KEY = Answer.class.getName();
    }

    /** How a field's value is accounted for. */
    private record Source(List<String> keys, boolean fromValue) {

        static final Source PART = new Source(List.of(), false);
        static final Source VALUE = new Source(List.of(), true);

        static Source list(String key) {
            return new Source(List.of(key), false);
        }
    }

    private static final Source ARTICLES = Source.list("articles");

    /** Every field returning an object, by its coordinate; scalars and enums need no entry. */
    static final Map<String, Source> FIELDS = Map.ofEntries(
            Map.entry("Query.article", Source.VALUE),
            Map.entry("Query.author", Source.VALUE),
            Map.entry("Query.section", Source.VALUE),
            Map.entry("Query.tag", Source.VALUE),
            Map.entry("Query.site", new Source(List.of("site", "sections", "newsletters"), false)),
            Map.entry("Query.sections", Source.list("sections")),
            Map.entry("Query.newsletterLists", Source.list("newsletters")),
            Map.entry("Query.articles", ARTICLES),
            Map.entry("Query.latest", ARTICLES),
            // "related": rails re-ranked in the background, with no change event, drop it (RelatedRails).
            Map.entry("Article.related", new Source(List.of("articles", "related"), false)),
            Map.entry("Section.articles", ARTICLES),
            Map.entry("Tag.articles", ARTICLES),
            Map.entry("Author.articles", ARTICLES),
            // Parts of the object they belong to: a change to them carries that object's keys
            // (an image's change names the articles it heads and the authors it portrays).
            Map.entry("Article.authors", Source.PART),
            Map.entry("Article.body", Source.PART),
            Map.entry("Article.heroImage", Source.PART),
            Map.entry("Article.section", Source.PART),
            Map.entry("Article.tags", Source.PART),
            Map.entry("Body.blocks", Source.PART),
            Map.entry("Block.image", Source.PART),
            Map.entry("ArticleConnection.edges", Source.PART),
            Map.entry("ArticleConnection.pageInfo", Source.PART),
            Map.entry("ArticleEdge.node", Source.PART),
            Map.entry("ArticleSummary.authors", Source.PART),
            Map.entry("ArticleSummary.heroImage", Source.PART),
            Map.entry("ArticleSummary.section", Source.PART),
            Map.entry("ArticleSummary.tags", Source.PART),
            Map.entry("Author.avatar", Source.PART),
            Map.entry("Author.socialLinks", Source.PART),
            Map.entry("Site.navigation", Source.PART),
            Map.entry("Site.newsletter", Source.PART),
            Map.entry("Site.socialLinks", Source.PART));

    private final CurrentVertxRequest request;

    AnswerKeys(CurrentVertxRequest request) {
        this.request = request;
    }

    /** The keys one GET gathers; fields complete on any thread. */
    private static final class Gathered implements InstrumentationState {

        final RoutingContext ctx;
        final Set<String> keys = ConcurrentHashMap.newKeySet();
        volatile boolean unknown;

        Gathered(RoutingContext ctx) {
            this.ctx = ctx;
        }
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        RoutingContext ctx;
        try {
            ctx = request.getCurrent();
        } catch (ContextNotActiveException e) {
            ctx = null;
        }
        // GET answers are given validators, and kept; a POST only when the response cache may keep
        // it (CachedReads); a WebSocket message gathers nothing.
        var gathers = ctx != null && (HttpMethod.GET.equals(ctx.request().method()) || CachedReads.cacheable(ctx));
        return CompletableFuture.completedFuture(gathers ? new Gathered(ctx) : null);
    }

    /** Only what a query read is ever kept: a mutation's answer reports what it did, once. */
    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        if (state instanceof Gathered gathered
                && parameters.getExecutionContext().getOperationDefinition().getOperation() != OperationDefinition.Operation.QUERY) {
            gathered.unknown = true;
        }
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
            InstrumentationState state) {
        if (state instanceof Gathered gathered && !gathered.unknown) {
            var field = parameters.getField();
            var type = GraphQLTypeUtil.unwrapAll(field.getType());
            if (!(type instanceof GraphQLScalarType) && !(type instanceof GraphQLEnumType)) {
                var parent = parameters.getExecutionStepInfo().getObjectType().getName();
                gather(gathered, FIELDS.get(parent + "." + field.getName()), parameters.getFetchedValue());
            }
        }
        return SimpleInstrumentationContext.noOp();
    }

    private static void gather(Gathered gathered, Source source, Object fetched) {
        if (source == null) {
            gathered.unknown = true;
            return;
        }
        gathered.keys.addAll(source.keys());
        if (source.fromValue() && !addKeys(gathered.keys, value(fetched))) {
            gathered.unknown = true;
        }
    }

    private static Object value(Object fetched) {
        var value = fetched instanceof FetchedValue f ? f.getFetchedValue() : fetched;
        return value instanceof DataFetcherResult<?> result ? result.getData() : value;
    }

    /** Adds the keys of a view, or of each of a list of views; false when the value does not know them. */
    private static boolean addKeys(Set<String> keys, Object value) {
        if (value instanceof SurrogateKeyed keyed) {
            keys.addAll(keyed.surrogateKeys());
            return true;
        }
        if (value instanceof Iterable<?> values) {
            for (var element : values) {
                if (!addKeys(keys, element)) {
                    return false;
                }
            }
            return true;
        }
        // null, as an unknown slug gives, comes with an error, and answers with errors are not kept.
        return false;
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (state instanceof Gathered gathered && !gathered.unknown && !gathered.keys.isEmpty()
                && result.isDataPresent() && result.getData() != null && result.getErrors().isEmpty()
                && (result.getExtensions() == null || result.getExtensions().isEmpty())) {
            // The bytes SmallRye's writer sends: the same result through the same serializer.
            var identity = new ExecutionResponse(result).getExecutionResultAsString().getBytes(StandardCharsets.UTF_8);
            gathered.ctx.put(Answer.KEY, new Answer(identity, gathered.keys.stream().sorted().toList()));
        }
        return CompletableFuture.completedFuture(result);
    }
}
