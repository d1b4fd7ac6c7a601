package io.omnipim.catalog.structure.attribute;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.core.Codes;
import io.omnipim.catalog.structure.core.Maps;
import io.omnipim.catalog.structure.core.StructureKind;
import io.omnipim.catalog.structure.core.StructureUsage;
import io.omnipim.platform.errors.FieldError;

/**
 * Attribute groups. An attribute names its group, so a group's {@code attributes} list is derived from the
 * attributes when shown (the attribute is the one place that says where it belongs).
 */
@ApplicationScoped
public class AttributeGroupKind implements StructureKind<AttributeGroup> {

    @Override
    public String name() {
        return "attribute_group";
    }

    @Override
    public String label() {
        return "Attribute group";
    }

    @Override
    public Class<AttributeGroup> type() {
        return AttributeGroup.class;
    }

    @Override
    public String codeOf(AttributeGroup value) {
        return value.code();
    }

    @Override
    public AttributeGroup normalize(AttributeGroup g, CatalogStructure catalog) {
        return new AttributeGroup(g.code(), g.sortOrder() == null ? 0 : g.sortOrder(), List.of(),
                Maps.clean(g.labels()));
    }

    @Override
    public AttributeGroup present(AttributeGroup g, CatalogStructure catalog) {
        List<String> attributes = catalog.attributes().values().stream().filter(a -> g.code().equals(a.group()))
                .sorted(Comparator.comparing((Attribute a) -> a.sortOrder() == null ? 0 : a.sortOrder())
                        .thenComparing(Attribute::code))
                .map(Attribute::code).toList();
        return new AttributeGroup(g.code(), g.sortOrder(), attributes, g.labels());
    }

    @Override
    public List<FieldError> validate(AttributeGroup g, AttributeGroup previous, CatalogStructure catalog) {
        List<FieldError> errors = Codes.errors();
        Codes.check(g.code(), errors);
        Codes.checkLabels(g.labels(), catalog.locales(), errors);
        return errors;
    }

    @Override
    public String deletionBlocker(AttributeGroup g, CatalogStructure catalog, StructureUsage usage) {
        if ("other".equals(g.code())) {
            return "The attribute group \"other\" cannot be deleted.";
        }
        boolean used = catalog.attributes().values().stream().anyMatch(a -> g.code().equals(a.group()));
        return used ? "Attribute group \"" + g.code() + "\" still has attributes: move them first." : null;
    }
}
