package dev.masthead.content.search;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/**
 * PostgreSQL's text-search operators as HQL functions, which cannot spell {@code @@}:
 * {@code fts_match(vector, text)} is true when the vector holds every word of the text, and
 * {@code fts_rank(vector, text)} is its {@code ts_rank} (weights A 1.0, B 0.4, C 0.2), widened
 * to double precision so that a score read back and sent in a cursor compares exactly.
 * {@code plainto_tsquery} reads the text as plain words: operators and quotes in it mean nothing.
 * Registered on every database (the dialect is not known yet when functions are contributed);
 * only {@link TextSearch} on PostgreSQL uses them.
 */
@ApplicationScoped
@PersistenceUnitExtension
public class SearchFunctions implements FunctionContributor {

    static final String MATCH = "fts_match";
    static final String RANK = "fts_rank";

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        var types = functions.getTypeConfiguration().getBasicTypeRegistry();
        functions.getFunctionRegistry().registerPattern(MATCH,
                "(?1 @@ plainto_tsquery('english', ?2))", types.resolve(StandardBasicTypes.BOOLEAN));
        functions.getFunctionRegistry().registerPattern(RANK,
                "cast(ts_rank(?1, plainto_tsquery('english', ?2)) as double precision)",
                types.resolve(StandardBasicTypes.DOUBLE));
    }
}
