package io.omnipim.bulk.flat;

import java.util.ArrayList;
import java.util.HashMap;
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

    private static final List<String> LANGUAGES = List.of("en", "fr", "de");
    /** The few words of a products file, in the languages of the standard catalog; English for the others. */
    private static final String[][] WORDS = {
            // key, en, fr, de
            {"categories", "Categories", "Catégories", "Kategorien"},
            {"enabled", "Enabled", "Activé", "Aktiviert"},
            {"family", "Family", "Famille", "Familie"},
            {"groups", "Groups", "Groupes", "Gruppen"},
            {"parent", "Parent", "Parent", "Übergeordnet"},
            {"family_variant", "Family variant", "Variante de famille", "Familienvariante"},
            {"code", "Code", "Code", "Code"},
            {"to:products", "products", "produits", "Produkte"},
            {"to:product_models", "product models", "modèles de produits", "Produktmodelle"},
            {"to:groups", "groups", "groupes", "Gruppen"},
            {"quantity", "quantity", "quantité", "Menge"},
            {"unit", "unit", "unité", "Einheit"}};

    private final CatalogStructure catalog;
    private final String locale;
    private final Map<String, String> words;

    ExportLabels(CatalogStructure catalog, String locale) {
        this.catalog = catalog;
        this.locale = locale;
        this.words = words(Math.max(0, LANGUAGES.indexOf(locale.split("_")[0])));
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

    private static Map<String, String> words(int language) {
        Map<String, String> out = new HashMap<>();
        for (String[] word : WORDS) {
            out.put(word[0], word[language + 1]);
        }
        return out;
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
