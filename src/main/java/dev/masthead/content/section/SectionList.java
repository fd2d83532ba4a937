package dev.masthead.content.section;

import dev.masthead.web.cache.ListBody;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every section, in navigation order. */
@Schema(name = "SectionList", description = "Every section, in navigation order.")
public record SectionList(@Schema(required = true) List<SectionView> data) implements ListBody {

    @Override
    public String nextCursor() {
        return null;
    }

    @Override
    public List<String> surrogateKeys() {
        return List.of("sections");
    }
}
