package io.omnipim.catalog.product.filter;

import io.omnipim.catalog.structure.attribute.Attribute;

/**
 * The effective value of one attribute for one channel and locale: the entity's own raw value, else its parent's,
 * else its grandparent's. {@code json} is that jsonb (NULL when nobody has it); the jsonb path travels as a text[]
 * parameter, once per ancestor.
 */
record AttributeValue(Attribute attribute, Fragment json, Fragment inFamily) {

    static final String ALL_CHANNELS = "<all_channels>";
    static final String ALL_LOCALES = "<all_locales>";

    private static final String PRESENT = "COALESCE({v} NOT IN ('null'::jsonb, '\"\"'::jsonb, '[]'::jsonb,"
            + " '{}'::jsonb), false)";

    static AttributeValue of(Attribute attribute, String scope, String locale, SearchContext context) {
        String[] path = {attribute.code(), scope == null ? ALL_CHANNELS : scope,
                locale == null ? ALL_LOCALES : locale};
        StringBuilder sql = new StringBuilder("COALESCE(");
        Object[] params = new Object[context.target().lineage().size()];
        for (int i = 0; i < params.length; i++) {
            sql.append(i == 0 ? "" : ", ").append(context.target().lineage().get(i)).append(".raw_values #> ?::text[]");
            params[i] = path;
        }
        Fragment json = Fragment.of(sql.append(')').toString(), params);
        return new AttributeValue(attribute, json, inFamily(attribute, context));
    }

    /**
     * Akeneo's EMPTY only matches entities whose family has the attribute: a T-shirt has no "empty" wattage. The
     * families are read from the structure, so the check is a plain column test.
     */
    private static Fragment inFamily(Attribute attribute, SearchContext context) {
        String[] families = context.catalog().families().values().stream()
                .filter(f -> f.attributes() != null && f.attributes().contains(attribute.code()))
                .map(f -> f.code()).toArray(String[]::new);
        return Fragment.of(context.target().column("family") + " = ANY(?::text[])", (Object) families);
    }

    /** The value as text (a JSON string unquoted); NULL when absent. */
    Fragment text() {
        return Fragment.expand("({v} #>> '{}')", json);
    }

    /** Has a value that is not null, "", [] or {}. */
    Fragment present() {
        return Fragment.expand(PRESENT, json);
    }

    Fragment empty() {
        return Fragment.and(present().not(), inFamily);
    }
}
