package io.omnipim.catalog.product.write;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.product.ProductModelRow;
import io.omnipim.catalog.product.values.RawValues;
import io.omnipim.catalog.product.values.ValueContext;
import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.family.Family;
import io.omnipim.catalog.structure.family.FamilyVariant;
import io.omnipim.platform.errors.FieldError;

/**
 * Applies an Akeneo PATCH body to a product model. A root model holds the attributes common to all its variants;
 * a sub-model (level 1 of a two-level variant) holds that level's attributes and needs values for its axes.
 */
public final class ProductModelUpdater {

    static final Set<String> WRITABLE = Set.of("code", "family", "family_variant", "parent", "categories", "values",
            "associations", "quantified_associations");

    private ProductModelUpdater() {
    }

    /** The outcome: the new row when {@code errors} is empty. */
    public record Result(ProductModelRow row, List<FieldError> errors) {
    }

    public static Result apply(ProductModelRow current, boolean isNew, ObjectNode patch, ValueContext context,
            Lookups lookups) {
        CatalogStructure catalog = context.catalog();
        List<FieldError> errors = new ArrayList<>();
        TopLevel.checkKnown(patch, WRITABLE, errors);
        String familyVariant = current.familyVariant();
        if (patch.has("family_variant")) {
            String given = TopLevel.optionalText(patch.get("family_variant"), "family_variant", errors);
            if (!isNew && given != null && !given.equals(familyVariant)) {
                errors.add(FieldError.of("family_variant", "The family variant of a product model cannot be changed."));
            } else {
                familyVariant = given;
            }
        }
        String parent = current.parent();
        if (patch.has("parent")) {
            String given = TopLevel.optionalText(patch.get("parent"), "parent", errors);
            if (!isNew && (given == null ? parent != null : !given.equalsIgnoreCase(parent))) {
                errors.add(FieldError.of("parent", "The parent of a product model cannot be changed."));
            }
            parent = given;
        }
        FamilyVariant fv = null;
        if (parent != null) {
            ProductModelRow parentRow = lookups.model(parent).orElse(null);
            // the code as stored: a parent named in another case is the same model
            parent = parentRow == null ? parent : parentRow.code();
            if (parentRow == null || parentRow.parent() != null) {
                errors.add(FieldError.of("parent", "The product model \"" + parent
                        + "\" does not exist or is not a root model."));
                return new Result(null, errors);
            }
            if (familyVariant == null) {
                familyVariant = parentRow.familyVariant();
            } else if (!familyVariant.equals(parentRow.familyVariant())) {
                errors.add(FieldError.of("family_variant", "A sub-model has the family variant of its parent (\""
                        + parentRow.familyVariant() + "\")."));
            }
        }
        if (familyVariant == null) {
            errors.add(FieldError.of("family_variant", "This value should not be blank."));
            return new Result(null, errors);
        }
        fv = catalog.familyVariant(familyVariant).orElse(null);
        if (fv == null) {
            errors.add(FieldError.of("family_variant", "The family variant \"" + familyVariant + "\" does not exist."));
            return new Result(null, errors);
        }
        if (parent != null && fv.levels() < 2) {
            errors.add(FieldError.of("parent", "The family variant \"" + fv.code()
                    + "\" has one level: its models have no parent."));
        }
        if (patch.has("family") && !patch.get("family").isNull() && !fv.family().equals(patch.get("family").asText())) {
            errors.add(FieldError.of("family", "The family of a product model is the family of its family variant (\""
                    + fv.family() + "\")."));
        }
        List<String> categories = current.categories();
        if (patch.has("categories")) {
            List<String> given = TopLevel.categories(patch.get("categories"), catalog, errors);
            categories = given == null ? categories : given;
            if (parent != null) {
                // the root's categories show on the sub-model but stay the root's (reading and writing back is a no-op)
                Set<String> inherited = lookups.model(parent).map(m -> Set.copyOf(m.categories())).orElse(Set.of());
                categories = categories.stream().filter(c -> !inherited.contains(c)).toList();
            }
        }
        ObjectNode values = current.values().deepCopy();
        Set<String> allowed = allowedAttributes(fv, parent != null, catalog);
        ValuesPatch.apply(values, patch.get("values"), context, allowed, "product model", errors);
        ObjectNode associations = current.associations().deepCopy();
        ObjectNode quantified = current.quantifiedAssociations().deepCopy();
        AssociationsPatch.apply(associations, patch.get("associations"), false, catalog, lookups, errors);
        AssociationsPatch.apply(quantified, patch.get("quantified_associations"), true, catalog, lookups, errors);
        if (parent != null && errors.isEmpty()) {
            for (String axis : fv.level(1).axes()) {
                if (RawValues.get(values, axis, null, null) == null) {
                    errors.add(new FieldError("values", "Attribute \"" + axis + "\" cannot be empty, as it is"
                            + " defined as an axis for this entity.", axis, null, null));
                }
            }
        }
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        return new Result(new ProductModelRow(current.code(), fv.family(), fv.code(), parent, categories, values,
                associations, quantified, current.created(), OffsetDateTime.now(), current.version()), errors);
    }

    /** Root: the family's attributes not set at any level. Sub-model: the attributes of level 1. */
    static Set<String> allowedAttributes(FamilyVariant fv, boolean subModel, CatalogStructure catalog) {
        if (subModel) {
            return new HashSet<>(fv.level(1).attributes());
        }
        Family family = catalog.family(fv.family()).orElse(null);
        Set<String> out = new HashSet<>(family == null ? List.of() : family.attributes());
        for (FamilyVariant.VariantAttributeSet set : fv.variantAttributeSets()) {
            out.removeAll(set.attributes());
        }
        out.remove(catalog.identifierAttribute().code());
        return out;
    }
}
