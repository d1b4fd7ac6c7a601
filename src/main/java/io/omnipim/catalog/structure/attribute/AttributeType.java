package io.omnipim.catalog.structure.attribute;

import java.util.Arrays;
import java.util.Optional;

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

    public static Optional<AttributeType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
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
