package io.omnipim.catalog.structure.core;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.omnipim.platform.errors.FieldError;

/** Akeneo's rule for structure codes: letters, digits and underscores, at most 100 characters. */
public final class Codes {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_]{1,100}");

    private Codes() {
    }

    public static boolean valid(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** Adds the error for an invalid or missing code. */
    public static void check(String code, List<FieldError> errors) {
        if (code == null || code.isBlank()) {
            errors.add(FieldError.of("code", "This value should not be blank."));
        } else if (!valid(code)) {
            errors.add(FieldError.of("code",
                    "Code may contain only letters, numbers and underscores, and at most 100 characters."));
        }
    }

    /** Checks that every locale key of a labels map is a known locale. */
    public static void checkLabels(java.util.Map<String, String> labels, java.util.Set<String> locales,
            List<FieldError> errors) {
        if (labels == null) {
            return;
        }
        for (String locale : labels.keySet()) {
            if (!locales.contains(locale)) {
                errors.add(FieldError.of("labels", "The locale \"" + locale + "\" does not exist."));
            }
        }
    }

    public static List<FieldError> errors() {
        return new ArrayList<>();
    }
}
