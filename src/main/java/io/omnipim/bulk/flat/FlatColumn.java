package io.omnipim.bulk.flat;

import io.omnipim.catalog.structure.attribute.Attribute;

/** What one column of a flat file targets, read from its header cell. */
public sealed interface FlatColumn permits FlatColumn.Property, FlatColumn.Value, FlatColumn.Association {

    /** Position in the row, 0-based. */
    int index();

    /** The header cell, as written. */
    String name();

    /** Position as a user counts it, 1-based. */
    default int number() {
        return index() + 1;
    }

    /**
     * A property of the object: {@code family}, {@code categories}, {@code code}, {@code type}… In structure files
     * {@code qualifier} is the locale of {@code label-<locale>}, the channel of {@code requirements-<channel>} or the
     * level of {@code variant-axes_<n>} / {@code variant-attributes_<n>}; otherwise null.
     */
    record Property(int index, String name, String property, String qualifier) implements FlatColumn {
    }

    /**
     * One value of an attribute: {@code name-fr_FR}, {@code description-de_DE-ecommerce}, {@code price-EUR}
     * ({@code currency}), {@code weight} and {@code weight-unit} ({@code unit}).
     */
    record Value(int index, String name, Attribute attribute, String locale, String scope, String currency,
            boolean unit) implements FlatColumn {

        public String code() {
            return attribute.code();
        }

        /** Image and file columns hold paths or media codes that the import resolves to stored media. */
        public boolean media() {
            return attribute.attributeType().isMedia();
        }
    }

    /**
     * One list of an association: {@code X_SELL-products}, {@code PACK-product_models-quantity}.
     *
     * @param target {@code products}, {@code product_models} or {@code groups}
     * @param quantity true for the {@code |}-separated quantities of a quantified association
     */
    record Association(int index, String name, String type, String target, boolean quantified, boolean quantity)
            implements
                FlatColumn {
    }

    /** The header cell of a value column: {@code <attribute>[-<locale>][-<channel>][-<currency>|-unit]}. */
    static String valueName(Attribute attribute, String locale, String scope, String currency, boolean unit) {
        StringBuilder name = new StringBuilder(attribute.code());
        for (String part : new String[]{locale, scope, currency, unit ? "unit" : null}) {
            if (part != null) {
                name.append('-').append(part);
            }
        }
        return name.toString();
    }

    /** The header cell of an association column. */
    static String associationName(String type, String target, boolean quantity) {
        return type + "-" + target + (quantity ? "-quantity" : "");
    }
}
