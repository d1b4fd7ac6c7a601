package io.omnipim.bulk.flat;

import java.util.ArrayList;
import java.util.List;

/**
 * One fixed column of a structure file and the REST JSON property it fills. Label, requirements and variant
 * level columns are not listed here: their names carry a locale, a channel or a level.
 */
record StructureField(String column, String property, Kind kind) {

    /** How the cell is read and typed in the JSON. */
    enum Kind {
        /** A code or free text; empty: not sent. */
        TEXT,
        /** Text whose empty cell means null, e.g. the parent of a root category. */
        TEXT_OR_NULL,
        /** {@code 1}/{@code 0}. */
        BOOLEAN,
        /** A JSON number without decimals. */
        INTEGER,
        /** A number the API keeps as a string ({@code number_min}, {@code max_file_size}). */
        DECIMAL,
        /** A date the API keeps as an ISO string. */
        DATE,
        /** Comma-separated codes, a JSON array. */
        LIST,
        /** Comma-separated {@code attribute:UNIT} pairs, a JSON object. */
        PAIRS
    }

    /** The fixed columns of a structure type. */
    static List<StructureField> of(FlatType type) {
        List<StructureField> fields = new ArrayList<>();
        add(fields, Kind.TEXT, "code");
        switch (type) {
            case ATTRIBUTE :
                add(fields, Kind.TEXT, "type", "group", "validation_rule", "validation_regexp", "metric_family",
                        "default_metric_unit");
                add(fields, Kind.BOOLEAN, "localizable", "scopable", "unique", "useable_as_grid_filter",
                        "decimals_allowed", "negative_allowed", "wysiwyg_enabled");
                add(fields, Kind.LIST, "available_locales", "allowed_extensions");
                add(fields, Kind.INTEGER, "max_characters", "sort_order");
                add(fields, Kind.DECIMAL, "number_min", "number_max", "max_file_size");
                add(fields, Kind.DATE, "date_min", "date_max");
                break;
            case ATTRIBUTE_OPTION :
                add(fields, Kind.TEXT, "attribute");
                add(fields, Kind.INTEGER, "sort_order");
                break;
            case ATTRIBUTE_GROUP :
                add(fields, Kind.INTEGER, "sort_order");
                add(fields, Kind.LIST, "attributes");
                break;
            case CATEGORY :
                add(fields, Kind.TEXT_OR_NULL, "parent");
                break;
            case CHANNEL :
                fields.add(new StructureField("tree", "category_tree", Kind.TEXT));
                add(fields, Kind.LIST, "locales", "currencies");
                add(fields, Kind.PAIRS, "conversion_units");
                break;
            case ASSOCIATION_TYPE :
                add(fields, Kind.BOOLEAN, "is_two_way", "is_quantified");
                break;
            case FAMILY :
                add(fields, Kind.LIST, "attributes");
                add(fields, Kind.TEXT, "attribute_as_label", "attribute_as_image");
                break;
            case FAMILY_VARIANT :
                add(fields, Kind.TEXT, "family");
                break;
            default :
                throw new IllegalArgumentException(type.apiName() + " is not a structure file");
        }
        return List.copyOf(fields);
    }

    /** Columns named as their JSON property. */
    private static void add(List<StructureField> fields, Kind kind, String... columns) {
        for (String column : columns) {
            fields.add(new StructureField(column, column, kind));
        }
    }

    /** Columns every file of the type needs: the code, and what the API addresses the object by. */
    static List<String> required(FlatType type) {
        switch (type) {
            case ATTRIBUTE_OPTION :
                return List.of("attribute", "code");
            case FAMILY_VARIANT :
                return List.of("family", "code");
            default :
                return List.of("code");
        }
    }
}
