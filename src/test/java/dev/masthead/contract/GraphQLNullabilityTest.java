package dev.masthead.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/**
 * Lists in the committed schema have no holes: the items of every output list are non-null,
 * so generated clients need no null checks inside them. (GraphQLContractTest keeps the
 * committed file equal to the schema the code serves.)
 */
class GraphQLNullabilityTest {

    @Test
    void everyOutputListHasNonNullItems() throws Exception {
        var holes = new ArrayList<String>();
        String type = null;
        for (var line : Files.readAllLines(Path.of("openapi/schema.graphql"))) {
            if (!line.startsWith(" ")) {
                type = line.startsWith("type ") ? line.split("\\s+")[1] : null;
                continue;
            }
            // Fields, and the closers of their argument lists ("  ): [T!]!"), sit two spaces in.
            if (type == null || line.startsWith("   ") || line.startsWith("  \"")) {
                continue;
            }
            var result = line.substring(line.lastIndexOf(": ") + 2).strip();
            if (result.startsWith("[") && !result.contains("!]")) {
                holes.add(type + ": " + line.strip());
            }
        }
        assertThat(holes).as("output lists whose items may be null").isEmpty();
    }
}
