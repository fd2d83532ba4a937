package dev.masthead.support;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text XML can carry ({@link XmlChars}): feeds and sitemaps must be able to show what
 * editors write. Null passes.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = XmlText.Check.class)
public @interface XmlText {

    String message() default "may not contain control characters, U+FFFE, U+FFFF or unpaired surrogates";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check. */
    class Check implements ConstraintValidator<XmlText, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || XmlChars.firstIllegal(value) < 0;
        }
    }
}
