package io.omnipim.catalog.read;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The catalog structure as other features need it (attributes, option and category labels, families, channels),
 * at one revision, as plain records: no catalog type leaks through the read door.
 */
public record ReadStructure(long revision, String identifierAttribute, Map<String, AttributeInfo> attributes,
        Map<String, Map<String, Map<String, String>>> optionLabels, Map<String, CategoryInfo> categories,
        Map<String, List<String>> categoryChildren, Map<String, FamilyInfo> families,
        Map<String, ChannelInfo> channels) {

    /** An attribute: its code, kind, whether it varies by locale and channel, and its labels per locale. */
    public record AttributeInfo(String code, ValueKind kind, boolean localizable, boolean scopable, boolean unique,
            String validationRule, String metricFamily, Map<String, String> labels) {
    }

    /** A category and its parent (null for a tree root). */
    public record CategoryInfo(String code, String parent, Map<String, String> labels) {
    }

    /** A family: the attribute giving products their label, the one giving their image, and its labels. */
    public record FamilyInfo(String code, String labelAttribute, String imageAttribute, Map<String, String> labels) {
    }

    /** A channel (scope), its locales and currencies, and the root of its category tree (null when unknown). */
    public record ChannelInfo(String code, List<String> locales, List<String> currencies, String categoryTree) {

        public ChannelInfo(String code, List<String> locales, List<String> currencies) {
            this(code, locales, currencies, null);
        }
    }

    public Optional<AttributeInfo> attribute(String code) {
        return Optional.ofNullable(attributes.get(code));
    }

    /** Locales used by at least one channel, in channel order. */
    public List<String> enabledLocales() {
        Set<String> out = new LinkedHashSet<>();
        channels.values().forEach(c -> out.addAll(c.locales()));
        return List.copyOf(out);
    }

    /** The label of an option in a locale, or {@code [code]} as Akeneo shows a missing one. */
    public String optionLabel(String attribute, String code, String locale) {
        String label = optionLabels.getOrDefault(attribute, Map.of()).getOrDefault(code, Map.of()).get(locale);
        return label == null ? "[" + code + "]" : label;
    }

    public String categoryLabel(String code, String locale) {
        CategoryInfo category = categories.get(code);
        String label = category == null ? null : category.labels().get(locale);
        return label == null ? "[" + code + "]" : label;
    }

    public String familyLabel(String code, String locale) {
        FamilyInfo family = families.get(code);
        String label = family == null ? null : family.labels().get(locale);
        return label == null ? "[" + code + "]" : label;
    }

    /** Parent, grandparent… up to the root, nearest first. */
    public List<String> categoryAncestors(String code) {
        List<String> out = new ArrayList<>();
        CategoryInfo current = categories.get(code);
        while (current != null && current.parent() != null && !out.contains(current.parent())) {
            out.add(current.parent());
            current = categories.get(current.parent());
        }
        return out;
    }

    /** The category and every category below it. */
    public Set<String> categoryWithDescendants(String code) {
        Set<String> out = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(List.of(code));
        while (!todo.isEmpty()) {
            String next = todo.remove(todo.size() - 1);
            if (out.add(next)) {
                todo.addAll(categoryChildren.getOrDefault(next, List.of()));
            }
        }
        return out;
    }
}
