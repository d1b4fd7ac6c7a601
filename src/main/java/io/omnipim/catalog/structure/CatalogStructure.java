package io.omnipim.catalog.structure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.omnipim.catalog.structure.association.AssociationType;
import io.omnipim.catalog.structure.attribute.Attribute;
import io.omnipim.catalog.structure.attribute.AttributeGroup;
import io.omnipim.catalog.structure.attribute.AttributeOption;
import io.omnipim.catalog.structure.attribute.AttributeType;
import io.omnipim.catalog.structure.category.Category;
import io.omnipim.catalog.structure.channel.Channel;
import io.omnipim.catalog.structure.currency.Currency;
import io.omnipim.catalog.structure.family.Family;
import io.omnipim.catalog.structure.family.FamilyVariant;
import io.omnipim.catalog.structure.group.ProductGroup;
import io.omnipim.catalog.structure.measurement.MeasurementFamily;

/**
 * An immutable snapshot of the whole catalog structure at one revision: what product validation, completeness
 * and the API read on every request, from memory.
 */
public record CatalogStructure(long revision, Map<String, Attribute> attributes,
        Map<String, AttributeGroup> attributeGroups, Map<String, Map<String, AttributeOption>> options,
        Map<String, Family> families, Map<String, FamilyVariant> familyVariants, Map<String, Channel> channels,
        Set<String> locales, Map<String, Currency> currencies, Map<String, MeasurementFamily> measurementFamilies,
        Map<String, Category> categories, Map<String, List<String>> categoryChildren,
        Map<String, AssociationType> associationTypes, Set<String> activeLocales, Optional<Attribute> identifier,
        Map<String, ProductGroup> groups) {

    /** Without product groups (tests and callers that do not need them). */
    public CatalogStructure(long revision, Map<String, Attribute> attributes,
            Map<String, AttributeGroup> attributeGroups, Map<String, Map<String, AttributeOption>> options,
            Map<String, Family> families, Map<String, FamilyVariant> familyVariants, Map<String, Channel> channels,
            Set<String> locales, Map<String, Currency> currencies,
            Map<String, MeasurementFamily> measurementFamilies, Map<String, Category> categories,
            Map<String, List<String>> categoryChildren, Map<String, AssociationType> associationTypes) {
        this(revision, attributes, attributeGroups, options, families, familyVariants, channels, locales, currencies,
                measurementFamilies, categories, categoryChildren, associationTypes, Map.of());
    }

    /** Derives the active locales and the identifier attribute once: they are read for every value written. */
    public CatalogStructure(long revision, Map<String, Attribute> attributes,
            Map<String, AttributeGroup> attributeGroups, Map<String, Map<String, AttributeOption>> options,
            Map<String, Family> families, Map<String, FamilyVariant> familyVariants, Map<String, Channel> channels,
            Set<String> locales, Map<String, Currency> currencies,
            Map<String, MeasurementFamily> measurementFamilies, Map<String, Category> categories,
            Map<String, List<String>> categoryChildren, Map<String, AssociationType> associationTypes,
            Map<String, ProductGroup> groups) {
        this(revision, attributes, attributeGroups, options, families, familyVariants, channels, locales, currencies,
                measurementFamilies, categories, categoryChildren, associationTypes, activeLocales(channels),
                attributes.values().stream().filter(a -> a.attributeType() == AttributeType.IDENTIFIER).findFirst(),
                groups);
    }

    private static Set<String> activeLocales(Map<String, Channel> channels) {
        Set<String> enabled = new LinkedHashSet<>();
        channels.values().forEach(c -> enabled.addAll(c.locales()));
        return java.util.Collections.unmodifiableSet(enabled);
    }

    public Optional<Attribute> attribute(String code) {
        return Optional.ofNullable(attributes.get(code));
    }

    /** The identifier attribute ({@code sku} on a fresh install). */
    public Attribute identifierAttribute() {
        return identifier.orElseThrow(() -> new IllegalStateException("the catalog has no identifier attribute"));
    }

    public Optional<Family> family(String code) {
        return Optional.ofNullable(families.get(code));
    }

    public Optional<FamilyVariant> familyVariant(String code) {
        return Optional.ofNullable(familyVariants.get(code));
    }

    public Optional<Channel> channel(String code) {
        return Optional.ofNullable(channels.get(code));
    }

    public Optional<AttributeOption> option(String attribute, String code) {
        Map<String, AttributeOption> ofAttribute = options.get(attribute);
        return ofAttribute == null ? Optional.empty() : Optional.ofNullable(ofAttribute.get(code));
    }

    public Map<String, AttributeOption> optionsOf(String attribute) {
        return options.getOrDefault(attribute, Map.of());
    }

    /** Locales used by at least one channel: the activated ones. */
    public Set<String> enabledLocales() {
        return activeLocales;
    }

    public boolean currencyEnabled(String code) {
        Currency c = currencies.get(code);
        return c != null && Boolean.TRUE.equals(c.enabled());
    }

    /** The category and all categories below it. */
    public Set<String> withDescendants(String category) {
        Set<String> out = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(List.of(category));
        while (!todo.isEmpty()) {
            String next = todo.remove(todo.size() - 1);
            if (out.add(next)) {
                todo.addAll(categoryChildren.getOrDefault(next, List.of()));
            }
        }
        return out;
    }

    /** Parent, grandparent… up to the root, nearest first. */
    public List<String> ancestors(String category) {
        List<String> out = new ArrayList<>();
        Category current = categories.get(category);
        while (current != null && current.parent() != null && !out.contains(current.parent())) {
            out.add(current.parent());
            current = categories.get(current.parent());
        }
        return out;
    }

    public String rootOf(String category) {
        List<String> ancestors = ancestors(category);
        return ancestors.isEmpty() ? category : ancestors.get(ancestors.size() - 1);
    }

    public List<String> childrenOf(String category) {
        return Collections.unmodifiableList(categoryChildren.getOrDefault(category, List.of()));
    }
}
