package io.omnipim.catalog.product.completeness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.product.values.RawValues;
import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.attribute.Attribute;
import io.omnipim.catalog.structure.attribute.AttributeType;
import io.omnipim.catalog.structure.channel.Channel;
import io.omnipim.catalog.structure.family.Family;

/**
 * Akeneo's completeness: for each channel and each of its locales, the family's required attributes for that
 * channel against the product's values (its own and inherited), ratio = floor(100 × filled / required). Cost is
 * proportional to one product, so it is computed on every write.
 */
public final class CompletenessCalculator {

    private CompletenessCalculator() {
    }

    public static List<CompletenessRow> compute(String familyCode, ObjectNode effectiveValues,
            CatalogStructure catalog) {
        return computeLayered(familyCode, List.of(effectiveValues), catalog);
    }

    /**
     * As {@link #compute(String, ObjectNode, CatalogStructure)} for a variant given as its values over its models'
     * values (own first): a value is looked up layer by layer instead of merging the layers into one tree first,
     * which cost an import as much as the completeness itself.
     */
    public static List<CompletenessRow> computeLayered(String familyCode, List<ObjectNode> ownFirst,
            CatalogStructure catalog) {
        if (familyCode == null) {
            return List.of();
        }
        FamilyPlan plan = Plans.of(catalog).family(familyCode);
        if (plan == null) {
            return List.of();
        }
        boolean[] filled = new boolean[plan.checks().size()];
        for (int i = 0; i < filled.length; i++) {
            Check check = plan.checks().get(i);
            filled[i] = filled(check.needed().attribute(), value(ownFirst, check.needed()), check.channel());
        }
        List<CompletenessRow> out = new ArrayList<>(plan.requirements().size());
        for (Requirement r : plan.requirements()) {
            out.add(row(r, filled));
        }
        return out;
    }

    private static CompletenessRow row(Requirement r, boolean[] filled) {
        List<String> missing = null;
        for (int i = 0; i < r.needed().size(); i++) {
            if (!filled[r.checks()[i]]) {
                if (missing == null) {
                    missing = new ArrayList<>();
                }
                missing.add(r.needed().get(i).attribute().code());
            }
        }
        int count = r.needed().size();
        int missed = missing == null ? 0 : missing.size();
        int ratio = count == 0 ? 100 : (int) Math.floor(100.0 * (count - missed) / count);
        return new CompletenessRow(r.channel().code(), r.locale(), count, missed, ratio,
                missing == null ? List.of() : missing);
    }

    private static JsonNode value(List<ObjectNode> ownFirst, Needed n) {
        for (ObjectNode layer : ownFirst) {
            JsonNode data = layer == null ? null : RawValues.get(layer, n.attribute().code(), n.scope(), n.locale());
            if (data != null) {
                return data;
            }
        }
        return null;
    }

    private static boolean hasCurrency(JsonNode prices, String currency) {
        for (JsonNode price : prices) {
            if (currency.equals(price.path("currency").asText())) {
                return true;
            }
        }
        return false;
    }

    /** A price collection is complete when it has an amount in every currency of the channel. */
    static boolean filled(Attribute a, JsonNode data, Channel channel) {
        if (data == null || data.isNull()) {
            return false;
        }
        if (a.attributeType() == AttributeType.PRICE_COLLECTION) {
            for (String currency : channel.currencies()) {
                if (!hasCurrency(data, currency)) {
                    return false;
                }
            }
            return true;
        }
        if (data.isTextual()) {
            return !data.textValue().isBlank();
        }
        if (data.isArray()) {
            return !data.isEmpty();
        }
        if (data.isObject() && data.has("amount")) {
            return !data.get("amount").isNull();
        }
        return true;
    }

    /** One value a channel and locale need: the attribute, and where its value is (scope and locale or null). */
    private record Needed(Attribute attribute, String scope, String locale) {
    }

    /**
     * One look-up of a product's values: a value is filled or not whatever channel asks, except prices, which need
     * the currencies of the channel ({@code channel} is null for the others).
     */
    private record Check(Needed needed, Channel channel) {
    }

    /** What one completeness row checks; {@code checks[i]} is the index of {@code needed[i]}'s check. */
    private record Requirement(Channel channel, String locale, List<Needed> needed, int[] checks) {
    }

    /**
     * A family's rows and the distinct checks they share: a value that is neither scopable nor localizable is
     * required by every channel × locale, and was looked up again for each of them.
     */
    private record FamilyPlan(List<Requirement> requirements, List<Check> checks) {
    }

    /**
     * The plan of each family, worked out once per catalog structure (a structure is immutable; a change makes a
     * new one): per product they were listed, filtered and looked up again for every channel and locale.
     */
    private static final class Plans {

        private static volatile Plans current;

        private final CatalogStructure catalog;
        private final Map<String, FamilyPlan> families = new ConcurrentHashMap<>();

        private Plans(CatalogStructure catalog) {
            this.catalog = catalog;
        }

        static Plans of(CatalogStructure catalog) {
            Plans plans = current;
            if (plans == null || plans.catalog != catalog) {
                plans = new Plans(catalog);
                current = plans;
            }
            return plans;
        }

        /** Null for a family the structure does not have. */
        FamilyPlan family(String code) {
            Family family = catalog.families().get(code);
            return family == null ? null : families.computeIfAbsent(code, k -> plan(family));
        }

        private FamilyPlan plan(Family family) {
            List<Requirement> out = new ArrayList<>();
            Map<Check, Integer> index = new java.util.HashMap<>();
            List<Check> checks = new ArrayList<>();
            for (Channel channel : catalog.channels().values()) {
                List<Attribute> required = family.attributeRequirements().getOrDefault(channel.code(), List.of())
                        .stream().map(catalog.attributes()::get).filter(java.util.Objects::nonNull).toList();
                for (String locale : channel.locales()) {
                    List<Needed> needed = new ArrayList<>();
                    for (Attribute a : required) {
                        if (a.availableLocales().isEmpty() || a.availableLocales().contains(locale)) {
                            needed.add(new Needed(a, a.isScopable() ? channel.code() : null,
                                    a.isLocalizable() ? locale : null));
                        }
                    }
                    int[] at = new int[needed.size()];
                    for (int i = 0; i < at.length; i++) {
                        Needed n = needed.get(i);
                        Channel by = n.attribute().attributeType() == AttributeType.PRICE_COLLECTION ? channel : null;
                        at[i] = index.computeIfAbsent(new Check(n, by), check -> {
                            checks.add(check);
                            return checks.size() - 1;
                        });
                    }
                    out.add(new Requirement(channel, locale, List.copyOf(needed), at));
                }
            }
            return new FamilyPlan(List.copyOf(out), List.copyOf(checks));
        }
    }

    /** Akeneo's API shape: {@code [{"scope":…,"locale":…,"data":ratio}]}. */
    public static List<java.util.Map<String, Object>> asApi(List<CompletenessRow> rows) {
        return rows.stream().map(r -> {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("scope", r.channel());
            m.put("locale", r.locale());
            m.put("data", r.ratio());
            return m;
        }).collect(Collectors.toList());
    }
}
