package io.omnipim.catalog.structure.association;

import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.core.Codes;
import io.omnipim.catalog.structure.core.Maps;
import io.omnipim.catalog.structure.core.StructureKind;
import io.omnipim.catalog.structure.core.StructureUsage;
import io.omnipim.platform.errors.FieldError;

/** Association types; whether they are quantified or two-way is fixed once created. */
@ApplicationScoped
public class AssociationTypeKind implements StructureKind<AssociationType> {

    @Override
    public String name() {
        return "association_type";
    }

    @Override
    public String label() {
        return "Association type";
    }

    @Override
    public Class<AssociationType> type() {
        return AssociationType.class;
    }

    @Override
    public String codeOf(AssociationType value) {
        return value.code();
    }

    @Override
    public AssociationType normalize(AssociationType t, CatalogStructure catalog) {
        return new AssociationType(t.code(), Maps.clean(t.labels()), Maps.isTrue(t.isQuantified()),
                Maps.isTrue(t.isTwoWay()));
    }

    @Override
    public List<FieldError> validate(AssociationType t, AssociationType previous, CatalogStructure catalog) {
        List<FieldError> errors = Codes.errors();
        Codes.check(t.code(), errors);
        Codes.checkLabels(t.labels(), catalog.locales(), errors);
        if (t.isQuantified() && t.isTwoWay()) {
            errors.add(FieldError.of("is_two_way", "A quantified association type cannot be two-way."));
        }
        if (previous != null && (!Objects.equals(previous.isQuantified(), t.isQuantified())
                || !Objects.equals(previous.isTwoWay(), t.isTwoWay()))) {
            errors.add(FieldError.of("is_quantified", "is_quantified and is_two_way cannot be changed."));
        }
        return errors;
    }

    @Override
    public String deletionBlocker(AssociationType t, CatalogStructure catalog, StructureUsage usage) {
        return null;
    }
}
