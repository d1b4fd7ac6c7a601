package io.omnipim.bulk.flat;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What a flat file holds, named as the Akeneo REST API names its collections ({@code products}, {@code families}…). */
public enum FlatType {

    PRODUCT("products"), PRODUCT_MODEL("product_models"), ATTRIBUTE("attributes"), ATTRIBUTE_OPTION(
            "attribute_options"), ATTRIBUTE_GROUP("attribute_groups"), FAMILY("families"), FAMILY_VARIANT(
                    "family_variants"), CATEGORY("categories"), CHANNEL("channels"), ASSOCIATION_TYPE(
                            "association_types");

    private final String apiName;

    FlatType(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    /** Products and product models carry values; the other types are catalog structure. */
    public boolean hasValues() {
        return this == PRODUCT || this == PRODUCT_MODEL;
    }

    /** The type named {@code name} ({@code products}, {@code family_variants}…). */
    public static FlatType of(String name) {
        return Arrays.stream(values()).filter(t -> t.apiName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("\"" + name + "\" is not a type of flat file; use one"
                        + " of " + Arrays.stream(values()).map(FlatType::apiName).collect(Collectors.joining(", "))
                        + "."));
    }
}
