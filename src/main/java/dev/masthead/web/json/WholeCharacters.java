package dev.masthead.web.json;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * JSON is written as UTF-8 with every character as itself: a character beyond the Basic
 * Multilingual Plane (an emoji, many CJK ideographs) goes out as its four UTF-8 bytes, not
 * as two escaped surrogates, which Jackson writes by default when writing bytes but not when
 * writing text. So JSON written as text and stored (an article's rendered body) is sent
 * byte for byte as the same JSON written straight to bytes, and answers are shorter.
 */
@Singleton
public class WholeCharacters implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.setConfig(mapper.getSerializationConfig().with(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8));
    }
}
