package io.omnipim.catalog.product;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A product model as stored: the values of its level only. */
public record ProductModelRow(String code, String family, String familyVariant, String parent,
        List<String> categories, ObjectNode values, ObjectNode associations, ObjectNode quantifiedAssociations,
        OffsetDateTime created, OffsetDateTime updated, long version) {

    public boolean sameContent(ProductModelRow o) {
        return o != null && code.equals(o.code) && java.util.Objects.equals(family, o.family)
                && java.util.Objects.equals(familyVariant, o.familyVariant)
                && java.util.Objects.equals(parent, o.parent) && categories.equals(o.categories)
                && values.equals(o.values) && associations.equals(o.associations)
                && quantifiedAssociations.equals(o.quantifiedAssociations);
    }

    /** 1 for a root model, 2 for a sub-model. */
    public int level() {
        return parent == null ? 1 : 2;
    }
}
