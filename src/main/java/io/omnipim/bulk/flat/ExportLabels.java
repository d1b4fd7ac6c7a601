package io.omnipim.bulk.flat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.association.AssociationType;
import io.omnipim.catalog.structure.category.Category;
import io.omnipim.catalog.structure.channel.Channel;
import io.omnipim.catalog.structure.family.Family;
import io.omnipim.catalog.structure.family.FamilyVariant;

/**
 * Labels in one locale for an export meant for reading: {@code Name (fr_FR)} instead of {@code name-fr_FR}, option,
 * family and category labels instead of codes. A missing label shows the code in brackets, as Akeneo does.
 */
final class ExportLabels {

    /** The few words of the product properties, in the languages of the standard catalog; English otherwise. */
    private static final Map<String, Map<String, String>> WORDS = Map.of("en", Map.ofEntries(
            Map.entry("categories", "Categories"), Map.entry("enabled", "Enabled"), Map.entry("family", "Family"),
            Map.entry("groups", "Groups"), Map.entry("parent", "Parent"), Map.entry("family_variant",
                    "Family variant"),
            Map.entry("code", "Code"), Map.entry("to:products", "products"), Map.entry(
                    "to:product_models", "product models"),
            Map.entry("to:groups", "groups"), Map.entry(
                    "quantity", "quantity"),
            Map.entry("unit", "unit")),
            "fr", Map.ofEntries(Map.entry("categories", "Catégories"), Map.entry("enabled", "Activé"), Map.entry(
                    "family", "Famille"), Map.entry("groups", "Groupes"), Map.entry("parent", "Parent"),
                    Map.entry(
                            "family_variant", "Variante de famille"),
                    Map.entry("code", "Code"), Map.entry(
                            "to:products", "produits"),
                    Map.entry("to:product_models",
                            "modèles de produits"),
                    Map.entry("to:groups", "groupes"), Map.entry(
                            "quantity", "quantité"),
                    Map.entry("unit", "unité")),
            "de", Map.ofEntries(Map.entry("categories", "Kategorien"), Map.entry("enabled", "Aktiviert"), Map.entry(
                    "family", "Familie"), Map.entry("groups", "Gruppen"), Map.entry("parent", "Übergeordnet"),
                    Map.entry("family_variant", "Familienvariante"), Map.entry("code", "Code"), Map.entry(
                            "to:products", "Produkte"),
                    Map.entry("to:product_models", "Produktmodelle"), Map.entry(
                            "to:groups", "Gruppen"),
                    Map.entry("quantity", "Menge"), Map.entry("unit",
                            "Einheit")));

    private final CatalogStructure catalog;
    private final String locale;
    private final Map<String, String> words;

    ExportLabels(CatalogStructure catalog, String locale) {
        this.catalog = catalog;
        this.locale = locale;
        this.words = WORDS.getOrDefault(locale.split("_")[0], WORDS.get("en"));
    }

    String header(FlatColumn column) {
        if (column instanceof FlatColumn.Property p) {
            return words.getOrDefault(p.property(), p.property());
        }
        if (column instanceof FlatColumn.Value v) {
            List<String> qualifiers = new ArrayList<>();
            if (v.locale() != null) {
                qualifiers.add(v.locale());
            }
            if (v.scope() != null) {
                Channel channel = catalog.channels().get(v.scope());
                qualifiers.add(label(channel == null ? null : channel.labels(), v.scope()));
            }
            if (v.currency() != null) {
                qualifiers.add(v.currency());
            }
            if (v.unit()) {
                qualifiers.add(words.get("unit"));
            }
            return qualified(FlatText.neutralise(v.attribute().label(locale)), qualifiers);
        }
        FlatColumn.Association a = (FlatColumn.Association) column;
        AssociationType type = catalog.associationTypes().get(a.type());
        List<String> qualifiers = new ArrayList<>(List.of(words.get("to:" + a.target())));
        if (a.quantity()) {
            qualifiers.add(words.get("quantity"));
        }
        return qualified(label(type == null ? null : type.labels(), a.type()), qualifiers);
    }

    String option(String attribute, String code) {
        return catalog.option(attribute, code).map(o -> FlatText.neutralise(o.label(locale))).orElse(code);
    }

    String family(String code) {
        Family family = catalog.families().get(code);
        return family == null ? code : label(family.labels(), code);
    }

    String familyVariant(String code) {
        FamilyVariant variant = catalog.familyVariants().get(code);
        return variant == null ? code : label(variant.labels(), code);
    }

    String category(String code) {
        Category category = catalog.categories().get(code);
        return category == null ? code : label(category.labels(), code);
    }

    private String label(Map<String, String> labels, String code) {
        String label = labels == null ? null : labels.get(locale);
        return FlatText.neutralise(label == null || label.isBlank() ? "[" + code + "]" : label);
    }

    private static String qualified(String label, List<String> qualifiers) {
        return qualifiers.isEmpty() ? label : label + " (" + String.join(", ", qualifiers) + ")";
    }
}
