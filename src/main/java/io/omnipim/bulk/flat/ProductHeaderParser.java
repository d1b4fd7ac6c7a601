package io.omnipim.bulk.flat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.association.AssociationType;
import io.omnipim.catalog.structure.attribute.Attribute;
import io.omnipim.catalog.structure.attribute.AttributeType;
import io.omnipim.platform.text.DidYouMean;

/** Reads the header of a products or product models file: properties, value columns, association columns. */
final class ProductHeaderParser {

    static final List<String> PRODUCT_PROPERTIES = List.of("family", "categories", "enabled", "groups", "parent");
    static final List<String> MODEL_PROPERTIES = List.of("code", "family", "family_variant", "parent", "categories");
    static final Set<String> TARGETS = Set.of("products", "product_models", "groups");

    private final FlatType type;
    private final CatalogStructure catalog;
    private final List<String> properties;
    private final ValueColumnParser values;

    ProductHeaderParser(FlatType type, CatalogStructure catalog) {
        this.type = type;
        this.catalog = catalog;
        this.properties = type == FlatType.PRODUCT ? PRODUCT_PROPERTIES : MODEL_PROPERTIES;
        this.values = new ValueColumnParser(catalog);
    }

    /** The column, or null when {@code problems} grew. */
    FlatColumn column(int index, String name, List<HeaderProblem> problems) {
        if (properties.contains(name)) {
            return new FlatColumn.Property(index, name, name, null);
        }
        List<String> parts = Arrays.asList(name.split("-", -1));
        Attribute attribute = catalog.attributes().get(parts.get(0));
        boolean looksAssociation = parts.size() > 1 && TARGETS.contains(parts.get(1));
        if (attribute != null && !(looksAssociation && catalog.associationTypes().containsKey(parts.get(0)))) {
            if (type == FlatType.PRODUCT_MODEL && attribute.attributeType() == AttributeType.IDENTIFIER) {
                return fail(index, name, "\"" + name + "\" identifies products; a product model is identified by"
                        + " its \"code\" column", problems);
            }
            return values.parse(index, name, attribute, parts.subList(1, parts.size()), problems);
        }
        if (looksAssociation) {
            return association(index, name, parts, problems);
        }
        return fail(index, name, unknown(name, parts.get(0), parts.size() == 1), problems);
    }

    private String unknown(String name, String head, boolean single) {
        String identifier = catalog.identifierAttribute().code();
        if (type == FlatType.PRODUCT && ("identifier".equals(name) || "code".equals(name))) {
            return "the identifier column is named after the identifier attribute: \"" + identifier + "\"";
        }
        TreeSet<String> known = new TreeSet<>(catalog.attributes().keySet());
        if (type == FlatType.PRODUCT_MODEL) {
            known.remove(identifier);
        }
        if (single) {
            known.addAll(properties);
            return "\"" + head + "\" is neither a property nor an attribute of " + type.apiName().replace('_', ' ')
                    + DidYouMean.hint(head, known);
        }
        known.addAll(catalog.associationTypes().keySet());
        return "\"" + head + "\" is not an attribute" + DidYouMean.hint(head, known);
    }

    private FlatColumn association(int index, String name, List<String> parts, List<HeaderProblem> problems) {
        String code = parts.get(0);
        String target = parts.get(1);
        boolean quantity = parts.size() == 3 && "quantity".equals(parts.get(2));
        if (parts.size() > 3 || parts.size() == 3 && !quantity) {
            return fail(index, name, "an association column is named \"" + code + "-products\", \"" + code
                    + "-product_models\" or \"" + code + "-groups\" (\"-quantity\" after them for quantities)",
                    problems);
        }
        AssociationType association = catalog.associationTypes().get(code);
        if (association == null) {
            return fail(index, name, "\"" + code + "\" is not an association type"
                    + DidYouMean.hint(code, catalog.associationTypes().keySet()), problems);
        }
        boolean quantified = Boolean.TRUE.equals(association.isQuantified());
        if (quantified && "groups".equals(target)) {
            return fail(index, name, "\"" + code + "\" is a quantified association: it links products and product"
                    + " models, not groups", problems);
        }
        if (!quantified && quantity) {
            return fail(index, name, "\"" + code + "\" is not a quantified association: it has no quantities",
                    problems);
        }
        if (quantity && "groups".equals(target)) {
            return fail(index, name, "groups have no quantities", problems);
        }
        return new FlatColumn.Association(index, name, code, target, quantified, quantity);
    }

    /** Checks what only the whole header shows: required columns, and columns that only make sense in pairs. */
    void checkWhole(List<String> names, List<FlatColumn> columns, List<HeaderProblem> problems) {
        if (type == FlatType.PRODUCT) {
            String identifier = catalog.identifierAttribute().code();
            if (!names.contains(identifier)) {
                problems.add(HeaderProblem.missing(identifier, "a products file needs the identifier column"));
            }
        } else if (!names.contains("code")) {
            problems.add(HeaderProblem.missing("code", "a product models file needs the code column"));
        }
        for (FlatColumn column : columns) {
            if (column instanceof FlatColumn.Association a && a.quantified()) {
                String other = FlatColumn.associationName(a.type(), a.target(), !a.quantity());
                if (!names.contains(other)) {
                    problems.add(new HeaderProblem(a.number(), a.name(), a.quantity()
                            ? "quantities need the column \"" + other + "\" with the codes they count"
                            : "\"" + a.type() + "\" is quantified: add the column \"" + other + "\" with one"
                                    + " quantity per code, separated by |"));
                }
            } else if (column instanceof FlatColumn.Value v && v.unit()) {
                String amount = FlatColumn.valueName(v.attribute(), v.locale(), v.scope(), null, false);
                if (!names.contains(amount)) {
                    problems.add(new HeaderProblem(v.number(), v.name(), "a unit needs its amount column \"" + amount
                            + "\""));
                }
            }
        }
    }

    private static FlatColumn fail(int index, String name, String message, List<HeaderProblem> problems) {
        problems.add(new HeaderProblem(index + 1, name, message));
        return null;
    }
}
