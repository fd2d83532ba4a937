package dev.masthead.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Names the field of a JSON body that did not bind: {@code body.blocks[2].level},
 * {@code heroImage.url}. A client then knows what to fix without guessing.
 */
public final class BodyFieldErrors {

    private BodyFieldErrors() {
    }

    /** The field's path, or null when the failure was not at a field (malformed JSON). */
    public static String field(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return null;
        }
        var path = new StringBuilder();
        for (var ref : mapping.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    /** What was wrong with the field, in words. */
    public static String message(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a field here";
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            return "is not one of the allowed values";
        }
        if (e instanceof MismatchedInputException) {
            return "has the wrong type";
        }
        return "is malformed";
    }

    public static ProblemException invalid(JsonProcessingException e) {
        var field = field(e);
        return field == null ? new InvalidParameterException("body", "is not valid JSON of the expected shape")
                : new InvalidParameterException(field, message(e));
    }
}
