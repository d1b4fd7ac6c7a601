package io.omnipim.catalog.product.write;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.omnipim.catalog.product.ProductModelRow;
import io.omnipim.catalog.product.ProductRow;
import io.omnipim.catalog.product.values.Identifiers;
import io.omnipim.catalog.product.values.PreparedValues;
import io.omnipim.catalog.product.values.RawValues;
import io.omnipim.catalog.product.values.ValueContext;
import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.family.FamilyVariant;
import io.omnipim.platform.errors.FieldError;

/**
 * Applies an Akeneo PATCH body to a product: scalars and arrays replace, {@code values} and {@code associations}
 * merge entry by entry. Returns the new state, or the errors that prevent it, without touching storage.
 */
public final class ProductUpdater {

    static final Set<String> WRITABLE = Set.of("uuid", "identifier", "enabled", "family", "categories", "groups",
            "parent", "values", "associations", "quantified_associations");

    private ProductUpdater() {
    }

    /** The outcome: the new row when {@code errors} is empty. */
    public record Result(ProductRow row, List<FieldError> errors) {
    }

    public static Result apply(ProductRow current, ObjectNode patch, ValueContext context, Lookups lookups) {
        return apply(current, patch, null, context, lookups);
    }

    /** As {@link #apply(ProductRow, ObjectNode, ValueContext, Lookups)}, with values prepared apart from the patch. */
    public static Result apply(ProductRow current, ObjectNode patch, PreparedValues prepared, ValueContext context,
            Lookups lookups) {
        CatalogStructure catalog = context.catalog();
        List<FieldError> errors = new ArrayList<>();
        TopLevel.checkKnown(patch, WRITABLE, errors);
        String identifierCode = catalog.identifierAttribute().code();
        Draft d = new Draft(current);
        if (patch.has("enabled")) {
            JsonNode enabled = patch.get("enabled");
            if (!enabled.isBoolean()) {
                errors.add(FieldError.of("enabled", "Property \"enabled\" expects a boolean."));
            } else {
                d.enabled = enabled.booleanValue();
            }
        }
        if (patch.has("parent")) {
            d.parent = TopLevel.optionalText(patch.get("parent"), "parent", errors);
            if (current.parent() != null && d.parent == null) {
                errors.add(FieldError.of("parent", "A variant product cannot be turned into a simple product here."));
            }
        }
        if (patch.has("family")) {
            d.family = TopLevel.optionalText(patch.get("family"), "family", errors);
            if (d.family != null && catalog.family(d.family).isEmpty()) {
                errors.add(FieldError.of("family", "The family \"" + d.family + "\" does not exist."));
            }
        }
        if (patch.has("categories")) {
            List<String> categories = TopLevel.categories(patch.get("categories"), catalog, errors);
            d.categories = categories == null ? d.categories : categories;
        }
        if (patch.has("groups")) {
            List<String> groups = TopLevel.codes(patch.get("groups"), "groups", catalog.groups().keySet(), "group",
                    errors);
            d.groups = groups == null ? d.groups : groups;
        }
        identifier(d, patch, identifierCode, errors);
        Variant variant = variant(d, catalog, lookups, errors);
        if (variant != null && patch.has("categories")) {
            d.categories = withoutInherited(d.categories, variant.model(), lookups);
        }
        Set<String> allowed = variant == null ? null : variant.allowed;
        ValuesPatch.apply(d.values, patch.get("values"), context, allowed, "variant product", errors);
        if (prepared != null) {
            ValuesPatch.apply(d.values, prepared, context, allowed, "variant product", errors);
        }
        sameIdentifierTwice(patch, d, identifierCode, errors);
        syncIdentifier(d, identifierCode, errors);
        AssociationsPatch.apply(d.associations, patch.get("associations"), false, catalog, lookups, errors);
        AssociationsPatch.apply(d.quantified, patch.get("quantified_associations"), true, catalog, lookups, errors);
        if (variant != null && errors.isEmpty()) {
            checkAxes(d, variant, errors);
        }
        return new Result(errors.isEmpty() ? d.toRow(current) : null, errors);
    }

    private static void identifier(Draft d, ObjectNode patch, String identifierCode, List<FieldError> errors) {
        if (!patch.has("identifier")) {
            return;
        }
        String identifier = TopLevel.optionalText(patch.get("identifier"), "identifier", errors);
        String problem = Identifiers.problem(identifier);
        if (identifier != null && problem != null) {
            errors.add(FieldError.of("identifier", problem));
            return;
        }
        d.identifier = identifier;
        if (identifier == null) {
            RawValues.remove(d.values, identifierCode, null, null);
        } else {
            RawValues.put(d.values, identifierCode, null, null, TextNode.valueOf(identifier));
        }
    }

    /**
     * A body naming the product by {@code identifier} and giving another identifier in its values is ambiguous:
     * taking either silently would create or rename the wrong product, so the line is refused.
     */
    private static void sameIdentifierTwice(ObjectNode patch, Draft d, String identifierCode,
            List<FieldError> errors) {
        String named = patch.path("identifier").asText(null);
        JsonNode fromValues = RawValues.get(d.values, identifierCode, null, null);
        if (named != null && fromValues != null && !fromValues.asText().equalsIgnoreCase(named)) {
            errors.add(new FieldError("values", "The value of the identifier attribute \"" + identifierCode
                    + "\" (\"" + fromValues.asText() + "\") differs from the identifier \"" + named
                    + "\": give the same identifier in both, or leave \"" + identifierCode + "\" out of the values.",
                    identifierCode, null, null));
        }
    }

    /** The identifier lives both in the column and in the values, as in Akeneo 7: keep them one. */
    private static void syncIdentifier(Draft d, String identifierCode, List<FieldError> errors) {
        JsonNode fromValues = RawValues.get(d.values, identifierCode, null, null);
        String valueIdentifier = fromValues == null ? null : fromValues.asText();
        d.identifier = valueIdentifier;
    }

    /** For a variant: its family comes from its model, and its values are those of the last level. */
    private static Variant variant(Draft d, CatalogStructure catalog, Lookups lookups, List<FieldError> errors) {
        if (d.parent == null) {
            return null;
        }
        ProductModelRow model = lookups.model(d.parent).orElse(null);
        if (model == null) {
            errors.add(FieldError.of("parent", "The product model \"" + d.parent + "\" does not exist."));
            return null;
        }
        d.parent = model.code(); // as stored: a parent named in another case is the same model
        FamilyVariant fv = catalog.familyVariant(model.familyVariant()).orElse(null);
        if (fv == null || model.level() != fv.levels()) {
            errors.add(FieldError.of("parent", "The product model \"" + d.parent + "\" cannot have variant products:"
                    + " variants go under the last level of models."));
            return null;
        }
        if (d.family != null && !d.family.equals(model.family())) {
            errors.add(FieldError.of("family", "The family of a variant product is the family of its model (\""
                    + model.family() + "\")."));
            return null;
        }
        d.family = model.family();
        FamilyVariant.VariantAttributeSet level = fv.level(fv.levels());
        Set<String> allowed = new HashSet<>(level.attributes());
        allowed.add(catalog.identifierAttribute().code());
        return new Variant(model, level.axes(), allowed);
    }

    /**
     * A variant shows its models' categories with its own (as Akeneo does); given back in a PATCH or a file, those
     * stay inherited rather than becoming the variant's own, so reading and writing back changes nothing.
     */
    private static List<String> withoutInherited(List<String> categories, ProductModelRow model, Lookups lookups) {
        Set<String> inherited = new HashSet<>(model.categories());
        if (model.parent() != null) {
            lookups.model(model.parent()).ifPresent(root -> inherited.addAll(root.categories()));
        }
        return inherited.isEmpty() ? categories : categories.stream().filter(c -> !inherited.contains(c)).toList();
    }

    private static void checkAxes(Draft d, Variant variant, List<FieldError> errors) {
        for (String axis : variant.axes) {
            if (RawValues.get(d.values, axis, null, null) == null) {
                errors.add(new FieldError("values", "Attribute \"" + axis + "\" cannot be empty, as it is defined"
                        + " as an axis for this entity.", axis, null, null));
            }
        }
    }

    private record Variant(ProductModelRow model, List<String> axes, Set<String> allowed) {
    }

    /** The mutable working copy. */
    private static final class Draft {

        String identifier;
        boolean enabled;
        String family;
        String parent;
        List<String> categories;
        List<String> groups;
        final ObjectNode values;
        final ObjectNode associations;
        final ObjectNode quantified;

        Draft(ProductRow r) {
            identifier = r.identifier();
            enabled = r.enabled();
            family = r.family();
            parent = r.parent();
            categories = r.categories();
            groups = r.groups();
            values = r.values().deepCopy();
            associations = r.associations().deepCopy();
            quantified = r.quantifiedAssociations().deepCopy();
        }

        ProductRow toRow(ProductRow base) {
            return new ProductRow(base.uuid(), identifier, enabled, family, parent, categories, groups, values,
                    associations, quantified, base.created(), OffsetDateTime.now(), base.version());
        }
    }
}
