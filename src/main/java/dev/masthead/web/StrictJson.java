package dev.masthead.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.lang.reflect.Type;
import java.util.function.BiFunction;

/**
 * Reads a write's body refusing fields it does not know, for
 * {@code @CustomDeserialization(StrictJson.class)}: a misspelt {@code expiresAt} in a
 * management request must be a 400 naming it, not a token that silently never expires.
 * Public bodies (newsletter signups from forms) stay lenient.
 */
public class StrictJson implements BiFunction<ObjectMapper, Type, ObjectReader> {

    @Override
    public ObjectReader apply(ObjectMapper mapper, Type type) {
        return mapper.readerFor(mapper.constructType(type)).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
