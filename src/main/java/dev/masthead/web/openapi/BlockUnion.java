package dev.masthead.web.openapi;

import dev.masthead.content.body.BlockType;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.Locale;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Documents a body block as what its JSON is: one object shape per {@link BlockType}, told
 * apart by {@code type} ({@code oneOf} with a discriminator), each listing exactly the
 * fields that kind carries. The Java record stays one flat type (GraphQL serves it so);
 * the variants are built here from its generated properties, so descriptions and types
 * are written once, on the record.
 */
@OpenApiFilter
public class BlockUnion implements OASFilter {

    private static final String BLOCK = "Block";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        var schemas = openAPI.getComponents() == null ? null : openAPI.getComponents().getSchemas();
        if (schemas == null || !schemas.containsKey(BLOCK)) {
            return;
        }
        var flat = schemas.get(BLOCK);
        var union = OASFactory.createSchema().description(flat.getDescription());
        var discriminator = OASFactory.createDiscriminator().propertyName("type");
        for (var kind : BlockType.values()) {
            var name = variantName(kind);
            openAPI.getComponents().addSchema(name, variant(kind, flat));
            union.addOneOf(OASFactory.createSchema().ref(name));
            discriminator.addMapping(kind.name(), "#/components/schemas/" + name);
        }
        openAPI.getComponents().addSchema(BLOCK, union.discriminator(discriminator));
        // Each variant names its kind with a constant, so the enum of kinds is referenced nowhere.
        openAPI.getComponents().removeSchema("BlockType");
    }

    private static Schema variant(BlockType kind, Schema flat) {
        var required = new ArrayList<String>();
        required.add("type");
        required.addAll(kind.fields());
        var variant = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("A block of type " + kind.name() + ".")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).constValue(kind.name()))
                .required(required);
        kind.fields().forEach(field -> variant.addProperty(field, property(flat, field)));
        kind.optionalFields().forEach(field -> variant.addProperty(field, property(flat, field)));
        return variant;
    }

    private static Schema property(Schema flat, String field) {
        var property = flat.getProperties() == null ? null : flat.getProperties().get(field);
        if (property == null) {
            throw new IllegalStateException("BlockType names a field Block does not have: " + field);
        }
        return property;
    }

    private static String variantName(BlockType kind) {
        return kind.name().substring(0, 1).toUpperCase(Locale.ROOT) + kind.name().substring(1) + "Block";
    }
}
