package io.omnipim.platform.errors;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One problem with one field, in Akeneo's shape; attribute, locale and scope name the value when there is one. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(String property, String message, String attribute, String locale, String scope) {

    public static FieldError of(String property, String message) {
        return new FieldError(property, message, null, null, null);
    }
}
