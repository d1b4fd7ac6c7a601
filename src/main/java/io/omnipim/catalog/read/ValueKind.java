package io.omnipim.catalog.read;

import java.util.Map;

/** What an attribute's values look like, for readers outside the catalog (Akeneo's type codes, grouped). */
public enum ValueKind {

    IDENTIFIER, TEXT, TEXTAREA, NUMBER, BOOLEAN, DATE, METRIC, PRICE, SIMPLE_SELECT, MULTI_SELECT, MEDIA, OTHER;

    private static final Map<String, ValueKind> BY_TYPE = Map.ofEntries(Map.entry("pim_catalog_identifier", IDENTIFIER),
            Map.entry("pim_catalog_text", TEXT), Map.entry("pim_catalog_textarea", TEXTAREA),
            Map.entry("pim_catalog_number", NUMBER), Map.entry("pim_catalog_boolean", BOOLEAN),
            Map.entry("pim_catalog_date", DATE), Map.entry("pim_catalog_metric", METRIC),
            Map.entry("pim_catalog_price_collection", PRICE), Map.entry("pim_catalog_simpleselect", SIMPLE_SELECT),
            Map.entry("pim_catalog_multiselect", MULTI_SELECT), Map.entry("pim_catalog_image", MEDIA),
            Map.entry("pim_catalog_file", MEDIA));

    public static ValueKind ofType(String type) {
        return BY_TYPE.getOrDefault(type, OTHER);
    }

    public boolean isSelect() {
        return this == SIMPLE_SELECT || this == MULTI_SELECT;
    }

    public boolean isText() {
        return this == IDENTIFIER || this == TEXT || this == TEXTAREA;
    }
}
