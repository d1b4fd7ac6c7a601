package io.omnipim.catalog.structure.family;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.attribute.Attribute;
import io.omnipim.catalog.structure.attribute.AttributeType;
import io.omnipim.catalog.structure.core.Codes;
import io.omnipim.catalog.structure.core.Maps;
import io.omnipim.catalog.structure.core.StructureKind;
import io.omnipim.catalog.structure.core.StructureUsage;
import io.omnipim.platform.errors.FieldError;

/**
 * Families. The identifier attribute always belongs to a family and is required on every channel, as in Akeneo;
 * the label attribute must be a text attribute of the family.
 */
@ApplicationScoped
public class FamilyKind implements StructureKind<Family> {

    @Override
    public String name() {
        return "family";
    }

    @Override
    public String label() {
        return "Family";
    }

    @Override
    public Class<Family> type() {
        return Family.class;
    }

    @Override
    public String codeOf(Family value) {
        return value.code();
    }

    @Override
    public Family normalize(Family f, CatalogStructure catalog) {
        Map<String, List<String>> requirements = new LinkedHashMap<>();
        Maps.clean(f.attributeRequirements()).forEach((channel, attrs) -> requirements.put(channel,
                new ArrayList<>(new LinkedHashSet<>(Maps.list(attrs)))));
        return withIdentifier(new Family(f.code(), f.attributeAsLabel(), f.attributeAsImage(),
                new ArrayList<>(new LinkedHashSet<>(Maps.list(f.attributes()))), requirements, Maps.clean(f.labels())),
                catalog);
    }

    /** Adds the identifier attribute where Akeneo always has it. */
    static Family withIdentifier(Family f, CatalogStructure catalog) {
        String identifier = catalog.identifierAttribute().code();
        List<String> attributes = new ArrayList<>(f.attributes());
        if (!attributes.contains(identifier)) {
            attributes.add(0, identifier);
        }
        Map<String, List<String>> requirements = new LinkedHashMap<>();
        for (String channel : catalog.channels().keySet()) {
            List<String> required = new ArrayList<>(f.attributeRequirements().getOrDefault(channel, List.of()));
            if (!required.contains(identifier)) {
                required.add(0, identifier);
            }
            requirements.put(channel, required);
        }
        f.attributeRequirements().forEach(requirements::putIfAbsent);
        return new Family(f.code(), f.attributeAsLabel(), f.attributeAsImage(), attributes, requirements, f.labels());
    }

    @Override
    public List<FieldError> validate(Family f, Family previous, CatalogStructure catalog) {
        List<FieldError> errors = Codes.errors();
        Codes.check(f.code(), errors);
        Codes.checkLabels(f.labels(), catalog.locales(), errors);
        for (String code : f.attributes()) {
            if (!catalog.attributes().containsKey(code)) {
                errors.add(FieldError.of("attributes", "The attribute \"" + code + "\" does not exist."));
            }
        }
        checkLabelAttribute(f, catalog, errors);
        checkImageAttribute(f, catalog, errors);
        f.attributeRequirements().forEach((channel, required) -> {
            if (!catalog.channels().containsKey(channel)) {
                errors.add(FieldError.of("attribute_requirements", "The channel \"" + channel + "\" does not exist."));
            }
            for (String code : required) {
                if (!f.attributes().contains(code)) {
                    errors.add(FieldError.of("attribute_requirements", "The attribute \"" + code
                            + "\" required for channel \"" + channel + "\" is not an attribute of the family."));
                }
            }
        });
        return errors;
    }

    private static void checkLabelAttribute(Family f, CatalogStructure catalog, List<FieldError> errors) {
        if (f.attributeAsLabel() == null) {
            errors.add(FieldError.of("attribute_as_label", "This value should not be blank."));
            return;
        }
        Attribute label = catalog.attributes().get(f.attributeAsLabel());
        if (label == null || !f.attributes().contains(label.code())) {
            errors.add(FieldError.of("attribute_as_label", "The attribute \"" + f.attributeAsLabel()
                    + "\" must be an attribute of the family."));
        } else if (label.attributeType() != AttributeType.TEXT && label.attributeType() != AttributeType.IDENTIFIER) {
            errors.add(
                    FieldError.of("attribute_as_label", "The label attribute must be a text or identifier attribute."));
        }
    }

    private static void checkImageAttribute(Family f, CatalogStructure catalog, List<FieldError> errors) {
        if (f.attributeAsImage() == null) {
            return;
        }
        Attribute image = catalog.attributes().get(f.attributeAsImage());
        if (image == null || !f.attributes().contains(image.code())
                || image.attributeType() != AttributeType.IMAGE) {
            errors.add(FieldError.of("attribute_as_image", "The attribute \"" + f.attributeAsImage()
                    + "\" must be an image attribute of the family."));
        }
    }

    @Override
    public String deletionBlocker(Family f, CatalogStructure catalog, StructureUsage usage) {
        long products = usage.productsInFamily(f.code());
        if (products > 0) {
            return "Family \"" + f.code() + "\" cannot be deleted: " + products + " products belong to it.";
        }
        if (usage.productModelsInFamily(f.code()) > 0) {
            return "Family \"" + f.code() + "\" cannot be deleted: product models belong to it.";
        }
        boolean hasVariants = catalog.familyVariants().values().stream().anyMatch(v -> f.code().equals(v.family()));
        return hasVariants ? "Family \"" + f.code() + "\" cannot be deleted: delete its family variants first." : null;
    }
}
