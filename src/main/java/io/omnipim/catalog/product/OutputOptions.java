package io.omnipim.catalog.product;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** The API's output shaping: {@code scope}, {@code locales}, {@code attributes}, {@code with_completenesses}. */
public record OutputOptions(String scope, Set<String> locales, Set<String> attributes, boolean withCompletenesses) {

    public static final OutputOptions ALL = new OutputOptions(null, null, null, false);

    public static OutputOptions of(String scope, String locales, String attributes, boolean withCompletenesses) {
        return new OutputOptions(blankToNull(scope), split(locales), split(attributes), withCompletenesses);
    }

    private static Set<String> split(String csv) {
        if (csv == null || csv.isBlank()) {
            return null;
        }
        return new LinkedHashSet<>(Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
