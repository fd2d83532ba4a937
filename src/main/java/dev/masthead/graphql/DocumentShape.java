package dev.masthead.graphql;

import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import graphql.validation.ValidationError;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Limits on the document itself, checked before it is validated (validation work grows
 * with the document too): its length, its aliases and its field selections. Fields and
 * aliases count at every place a fragment is spread, so a short document that spreads its
 * fragments many times over is measured at the size it would run at; the depth and cost
 * checks, which walk that expanded size, then never walk far.
 */
final class DocumentShape extends SimplePerformantInstrumentation {

    private final GraphQLConfig config;

    DocumentShape(GraphQLConfig config) {
        this.config = config;
    }

    @Override
    public InstrumentationContext<Document> beginParse(InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        var query = parameters.getQuery();
        if (query != null && query.length() > config.maxQueryLength()) {
            throw new QueryLimitExceeded("query-too-long", "The query is " + query.length()
                    + " characters long; at most " + config.maxQueryLength() + " are allowed.");
        }
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(
            InstrumentationValidationParameters parameters, InstrumentationState state) {
        var size = new Expanded(parameters.getDocument(), Math.max(config.maxFields(), config.maxAliases()) + 1L);
        var fields = Math.max(size.total().fields(), written(parameters.getDocument()));
        if (size.total().aliases() > config.maxAliases()) {
            throw new QueryLimitExceeded("too-many-aliases", "The query uses more than " + config.maxAliases()
                    + " aliases, fragments counted at every use; at most " + config.maxAliases() + " are allowed.");
        }
        if (fields > config.maxFields()) {
            throw new QueryLimitExceeded("too-many-fields", "The query selects more than " + config.maxFields()
                    + " fields, fragments counted at every use; at most " + config.maxFields() + " are allowed.");
        }
        return SimpleInstrumentationContext.noOp();
    }

    /** Fields as written, fragment definitions included, so unused fragments count too. */
    private static long written(Node<?> node) {
        long count = node instanceof Field ? 1 : 0;
        for (var child : node.getChildren()) {
            count += written(child);
        }
        return count;
    }

    /** Fields and aliases of a document's operations. */
    private record Size(long fields, long aliases) {

        static final Size NONE = new Size(0, 0);

        Size plus(Size other, long cap) {
            return new Size(Math.min(cap, fields + other.fields), Math.min(cap, aliases + other.aliases));
        }
    }

    /**
     * The document's size with every fragment spread replaced by its fragment. Each
     * fragment is measured once and counts stop at {@code cap}, so a fan-out of fragments
     * spreading fragments is measured in time linear in the document. Spreads of unknown
     * fragments and fragment cycles count nothing here; validation refuses them.
     */
    private static final class Expanded {

        private final Map<String, FragmentDefinition> fragments = new HashMap<>();
        private final Map<String, Size> measured = new HashMap<>();
        private final Set<String> measuring = new HashSet<>();
        private final long cap;
        private Size total = Size.NONE;

        Expanded(Document document, long cap) {
            this.cap = cap;
            document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.putIfAbsent(f.getName(), f));
            for (var operation : document.getDefinitionsOfType(OperationDefinition.class)) {
                total = total.plus(of(operation.getSelectionSet()), cap);
            }
        }

        Size total() {
            return total;
        }

        private Size of(SelectionSet selections) {
            var size = Size.NONE;
            if (selections == null) {
                return size;
            }
            for (var selection : selections.getSelections()) {
                if (size.fields() >= cap && size.aliases() >= cap) {
                    break;
                }
                if (selection instanceof Field field) {
                    size = size.plus(new Size(1, field.getAlias() == null ? 0 : 1), cap)
                            .plus(of(field.getSelectionSet()), cap);
                } else if (selection instanceof InlineFragment inline) {
                    size = size.plus(of(inline.getSelectionSet()), cap);
                } else if (selection instanceof FragmentSpread spread) {
                    size = size.plus(ofFragment(spread.getName()), cap);
                }
            }
            return size;
        }

        private Size ofFragment(String name) {
            var known = measured.get(name);
            if (known != null) {
                return known;
            }
            var fragment = fragments.get(name);
            if (fragment == null || !measuring.add(name)) {
                return Size.NONE;
            }
            var size = of(fragment.getSelectionSet());
            measuring.remove(name);
            measured.put(name, size);
            return size;
        }
    }
}
