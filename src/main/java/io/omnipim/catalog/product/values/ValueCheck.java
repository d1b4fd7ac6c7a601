package io.omnipim.catalog.product.values;

import java.util.List;

import io.omnipim.platform.errors.FieldError;

/** Collects the errors of one value, each naming the attribute, locale and scope as Akeneo does. */
final class ValueCheck {

    private final String attribute;
    private final String locale;
    private final String scope;
    private final List<FieldError> errors;

    ValueCheck(String attribute, String locale, String scope, List<FieldError> errors) {
        this.attribute = attribute;
        this.locale = locale;
        this.scope = scope;
        this.errors = errors;
    }

    void fail(String message) {
        errors.add(new FieldError("values", message, attribute, locale, scope));
    }

    int errorCount() {
        return errors.size();
    }

    String attribute() {
        return attribute;
    }

    String locale() {
        return locale;
    }

    String scope() {
        return scope;
    }
}
