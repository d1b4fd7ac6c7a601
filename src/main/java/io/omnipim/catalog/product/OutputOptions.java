package io.omnipim.catalog.product;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.channel.Channel;
import io.omnipim.platform.errors.PimException;

/**
 * The API's output shaping: {@code scope}, {@code locales}, {@code attributes}, {@code with_completenesses}. As in
 * Akeneo, a scope keeps the values of that channel (and the non-scopable ones) and the categories of its tree.
 */
public record OutputOptions(String scope, Set<String> locales, Set<String> attributes, boolean withCompletenesses) {

    public static final OutputOptions ALL = new OutputOptions(null, null, null, false);

    public static OutputOptions of(String scope, String locales, String attributes, boolean withCompletenesses) {
        return new OutputOptions(blankToNull(scope), split(locales), split(attributes), withCompletenesses);
    }

    /** Akeneo's 422 for a scope or locale the catalog does not have, checked before a list is read. */
    public void check(CatalogStructure catalog) {
        Channel channel = scope == null ? null : catalog.channel(scope).orElse(null);
        if (scope != null && channel == null) {
            throw PimException.unprocessable("Scope \"" + scope + "\" does not exist. Use a channel code from"
                    + " GET /api/rest/v1/channels.", List.of());
        }
        if (locales == null) {
            return;
        }
        List<String> unknown = locales.stream().filter(l -> !catalog.enabledLocales().contains(l)).toList();
        if (!unknown.isEmpty()) {
            throw PimException.unprocessable("Locale" + (unknown.size() > 1 ? "s" : "") + " \""
                    + String.join(", ", unknown) + "\" " + (unknown.size() > 1 ? "do" : "does")
                    + " not exist or " + (unknown.size() > 1 ? "are" : "is") + " not activated.", List.of());
        }
        List<String> outside = channel == null
                ? List.of()
                : locales.stream().filter(l -> !channel.locales().contains(l)).toList();
        if (!outside.isEmpty()) {
            throw PimException.unprocessable("Locales \"" + String.join(", ", outside)
                    + "\" are not activated for the scope \"" + scope + "\".", List.of());
        }
    }

    /** Whether a category shows under this scope: with a scope, only those of the channel's category tree. */
    public boolean showsCategory(String category, CatalogStructure catalog) {
        if (scope == null) {
            return true;
        }
        String tree = catalog.channel(scope).map(Channel::categoryTree).orElse(null);
        return tree == null || tree.equals(catalog.rootOf(category));
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
