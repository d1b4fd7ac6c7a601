package io.omnipim.catalog.structure;

import static io.omnipim.catalog.structure.OfferAttributes.labels;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One standard offer attribute as {@link OfferAttributes} creates it: its Akeneo JSON (snake_case, as the API takes
 * it) and its options in order. Mirrors {@code import-samples/attributes.csv}, so loading the samples changes nothing.
 */
record OfferAttribute(String code, Map<String, Object> body, LinkedHashMap<String, Map<String, String>> options) {

    static final List<OfferAttribute> ALL = List.of(
            of("price", "pim_catalog_price_collection", 1, true, labels("Price", "Prix", "Preis"),
                    Map.of("number_min", "0", "decimals_allowed", true)),
            of("sale_price", "pim_catalog_price_collection", 2, false,
                    labels("Sale price", "Prix promotionnel", "Aktionspreis"),
                    Map.of("number_min", "0", "decimals_allowed", true)),
            of("sale_start_date", "pim_catalog_date", 3, false,
                    labels("Sale start date", "Début de la promotion", "Aktionsbeginn"), Map.of()),
            of("sale_end_date", "pim_catalog_date", 4, false,
                    labels("Sale end date", "Fin de la promotion", "Aktionsende"), Map.of()),
            of("stock_quantity", "pim_catalog_number", 5, true,
                    labels("Stock quantity", "Quantité en stock", "Lagerbestand"),
                    Map.of("decimals_allowed", false, "negative_allowed", false)),
            of("availability", "pim_catalog_simpleselect", 6, true,
                    labels("Availability", "Disponibilité", "Verfügbarkeit"), Map.of())
                    .with("in_stock", labels("In stock", "En stock", "Auf Lager"))
                    .with("out_of_stock", labels("Out of stock", "Rupture de stock", "Nicht vorrätig"))
                    .with("preorder", labels("Pre-order", "Précommande", "Vorbestellung"))
                    .with("backorder", labels("Backorder", "Sur commande", "Nachlieferung")),
            of("delivery_delay_days", "pim_catalog_number", 7, false,
                    labels("Delivery time (days)", "Délai de livraison (jours)", "Lieferzeit (Tage)"),
                    Map.of("decimals_allowed", false, "negative_allowed", false)),
            of("condition", "pim_catalog_simpleselect", 8, true, labels("Condition", "État", "Zustand"), Map.of())
                    .with("new", labels("New", "Neuf", "Neu"))
                    .with("refurbished", labels("Refurbished", "Reconditionné", "Generalüberholt"))
                    .with("used", labels("Used", "Occasion", "Gebraucht")),
            of("brand", "pim_catalog_simpleselect", 9, true, labels("Brand", "Marque", "Marke"), Map.of()),
            of("gtin", "pim_catalog_text", 10, true, labels("GTIN / EAN", "GTIN / EAN", "GTIN / EAN"),
                    Map.of("unique", true, "max_characters", 14, "validation_rule", "gtin")),
            of("mpn", "pim_catalog_text", 11, true,
                    labels("Manufacturer part number", "Référence fabricant", "Herstellerteilenummer"),
                    Map.of("max_characters", 70)));

    private static OfferAttribute of(String code, String type, int sortOrder, boolean gridFilter,
            Map<String, String> labels, Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>(extra);
        body.put("code", code);
        body.put("type", type);
        body.put("group", OfferAttributes.GROUP);
        body.put("localizable", false);
        body.put("scopable", false);
        body.put("useable_as_grid_filter", gridFilter);
        body.put("sort_order", sortOrder);
        body.put("labels", labels);
        return new OfferAttribute(code, Map.copyOf(body), new LinkedHashMap<>());
    }

    private OfferAttribute with(String option, Map<String, String> labels) {
        options.put(option, labels);
        return this;
    }

    /** The option's position, from 1, as in the samples. */
    int sortOf(String option) {
        return new ArrayList<>(options.keySet()).indexOf(option) + 1;
    }
}
