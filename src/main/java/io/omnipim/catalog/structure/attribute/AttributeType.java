package io.omnipim.catalog.structure.attribute;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Akeneo's attribute types, with what their values look like. */
public enum AttributeType {

    IDENTIFIER("pim_catalog_identifier"), TEXT("pim_catalog_text"), TEXTAREA("pim_catalog_textarea"), NUMBER(
            "pim_catalog_number"), BOOLEAN("pim_catalog_boolean"), DATE("pim_catalog_date"), METRIC(
                    "pim_catalog_metric"), PRICE_COLLECTION("pim_catalog_price_collection"), SIMPLE_SELECT(
                            "pim_catalog_simpleselect"), MULTI_SELECT("pim_catalog_multiselect"), IMAGE(
                                    "pim_catalog_image"), FILE("pim_catalog_file"), TABLE("pim_catalog_table");

    private final String code;

    AttributeType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Asked for every value of every product written or read: a map, not a scan with a stream. */
    private static final Map<String, AttributeType> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(AttributeType::code, t -> t));

    public static Optional<AttributeType> fromCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(code));
    }

    /** Types allowed as a family variant axis (Akeneo: select, metric, boolean). */
    public boolean canBeAxis() {
        return this == SIMPLE_SELECT || this == METRIC || this == BOOLEAN;
    }

    public boolean isSelect() {
        return this == SIMPLE_SELECT || this == MULTI_SELECT;
    }

    public boolean isMedia() {
        return this == IMAGE || this == FILE;
    }
}
