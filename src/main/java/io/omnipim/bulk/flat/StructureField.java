package io.omnipim.bulk.flat;

import java.util.List;
import java.util.Map;

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

    private static StructureField of(String column, Kind kind) {
        return new StructureField(column, column, kind);
    }

    private static final StructureField CODE = of("code", Kind.TEXT);
    private static final StructureField SORT_ORDER = of("sort_order", Kind.INTEGER);

    private static final Map<FlatType, List<StructureField>> BY_TYPE = Map.of(FlatType.ATTRIBUTE,
            List.of(CODE, of("type", Kind.TEXT), of("group", Kind.TEXT), of("localizable", Kind.BOOLEAN),
                    of("scopable", Kind.BOOLEAN), of("unique", Kind.BOOLEAN), of("useable_as_grid_filter",
                            Kind.BOOLEAN),
                    of("available_locales", Kind.LIST), of("max_characters", Kind.INTEGER),
                    of("validation_rule", Kind.TEXT), of("validation_regexp", Kind.TEXT), of("number_min",
                            Kind.DECIMAL),
                    of("number_max", Kind.DECIMAL), of("decimals_allowed", Kind.BOOLEAN),
                    of("negative_allowed", Kind.BOOLEAN), of("metric_family", Kind.TEXT), of("default_metric_unit",
                            Kind.TEXT),
                    of("date_min", Kind.DATE), of("date_max", Kind.DATE), of(
                            "allowed_extensions", Kind.LIST),
                    of("max_file_size", Kind.DECIMAL), of(
                            "wysiwyg_enabled", Kind.BOOLEAN),
                    SORT_ORDER),
            FlatType.ATTRIBUTE_OPTION, List.of(of("attribute", Kind.TEXT), CODE, SORT_ORDER),
            FlatType.ATTRIBUTE_GROUP, List.of(CODE, SORT_ORDER, of("attributes", Kind.LIST)),
            FlatType.CATEGORY, List.of(CODE, of("parent", Kind.TEXT_OR_NULL)),
            FlatType.CHANNEL, List.of(CODE, new StructureField("tree", "category_tree", Kind.TEXT), of("locales",
                    Kind.LIST), of("currencies", Kind.LIST), of("conversion_units", Kind.PAIRS)),
            FlatType.ASSOCIATION_TYPE, List.of(CODE, of("is_two_way", Kind.BOOLEAN), of("is_quantified",
                    Kind.BOOLEAN)),
            FlatType.FAMILY, List.of(CODE, of("attributes", Kind.LIST), of("attribute_as_label", Kind.TEXT), of(
                    "attribute_as_image", Kind.TEXT)),
            FlatType.FAMILY_VARIANT, List.of(CODE, of("family", Kind.TEXT)));

    /** The fixed columns of a structure type. */
    static List<StructureField> of(FlatType type) {
        List<StructureField> fields = BY_TYPE.get(type);
        if (fields == null) {
            throw new IllegalArgumentException(type.apiName() + " is not a structure file");
        }
        return fields;
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
