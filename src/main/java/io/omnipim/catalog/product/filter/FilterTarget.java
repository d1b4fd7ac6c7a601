package io.omnipim.catalog.product.filter;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a search filters: products or product models. Each target knows the table aliases the generated SQL uses and
 * the properties it can be filtered on; attribute codes are filterable on both.
 *
 * <p>
 * The SQL reads the target row and its ancestors (values and categories are inherited), so the query must be
 * written {@code FROM } {@link #from()} {@code } {@link #joins()}.
 */
public enum FilterTarget {

    PRODUCT("product p", "p", List.of("p", "m1", "m2"),
            "LEFT JOIN product_model m1 ON m1.code = p.parent LEFT JOIN product_model m2 ON m2.code = m1.parent",
            Set.of("uuid", "identifier", "enabled", "family", "groups", "parent", "categories", "completeness",
                    "created", "updated")),

    PRODUCT_MODEL("product_model pm", "pm", List.of("pm", "pm1"), "LEFT JOIN product_model pm1 ON pm1.code = pm.parent",
            Set.of("family", "parent", "categories", "completeness", "created", "updated"));

    private final String from;
    private final String alias;
    private final List<String> lineage;
    private final String joins;
    private final Set<String> properties;

    FilterTarget(String from, String alias, List<String> lineage, String joins, Set<String> properties) {
        this.from = from;
        this.alias = alias;
        this.lineage = lineage;
        this.joins = joins;
        this.properties = properties;
    }

    /** The table and alias to select from. */
    public String from() {
        return from;
    }

    /** The alias of the filtered row itself. */
    public String alias() {
        return alias;
    }

    /** The joins to the ancestors the filter reads. */
    public String joins() {
        return joins;
    }

    public boolean hasProperty(String property) {
        return properties.contains(property);
    }

    /** The row first, then its parent and grandparent: where an inherited value is looked up, in order. */
    List<String> lineage() {
        return lineage;
    }

    String column(String name) {
        return alias + "." + name;
    }

    /** Own categories plus the ancestors' ones: an ancestor's category classifies its descendants too. */
    String categories() {
        return lineage.stream().map(a -> a.equals(alias)
                ? a + ".categories"
                : "COALESCE(" + a
                        + ".categories, '{}'::text[])")
                .collect(Collectors.joining(" || ", "(", ")"));
    }

    /**
     * A variant product counts as updated when one of its models was (Akeneo documents that variants show up when a
     * parent matches the updated filter); GREATEST ignores the nulls of missing ancestors.
     */
    String updated() {
        return this == PRODUCT ? "GREATEST(p.updated, m1.updated, m2.updated)" : "pm.updated";
    }
}
