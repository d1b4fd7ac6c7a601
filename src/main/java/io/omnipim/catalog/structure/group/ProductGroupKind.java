package io.omnipim.catalog.structure.group;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.core.Codes;
import io.omnipim.catalog.structure.core.Maps;
import io.omnipim.catalog.structure.core.StructureKind;
import io.omnipim.catalog.structure.core.StructureUsage;
import io.omnipim.platform.errors.FieldError;

/** Product groups; one may be deleted only once no product is in it. */
@ApplicationScoped
public class ProductGroupKind implements StructureKind<ProductGroup> {

    /** Akeneo's default group type. */
    public static final String DEFAULT_TYPE = "RELATED";

    @Override
    public String name() {
        return "group";
    }

    @Override
    public String label() {
        return "Group";
    }

    @Override
    public Class<ProductGroup> type() {
        return ProductGroup.class;
    }

    @Override
    public String codeOf(ProductGroup value) {
        return value.code();
    }

    @Override
    public ProductGroup normalize(ProductGroup g, CatalogStructure catalog) {
        String type = g.type() == null || g.type().isBlank() ? DEFAULT_TYPE : g.type();
        return new ProductGroup(g.code(), type, Maps.clean(g.labels()));
    }

    @Override
    public List<FieldError> validate(ProductGroup g, ProductGroup previous, CatalogStructure catalog) {
        List<FieldError> errors = Codes.errors();
        Codes.check(g.code(), errors);
        Codes.checkLabels(g.labels(), catalog.locales(), errors);
        if (!Codes.valid(g.type())) {
            errors.add(FieldError.of("type", "The group type \"" + g.type()
                    + "\" is not a valid code: use letters, digits and underscores, such as RELATED or X_SELL."));
        }
        return errors;
    }

    @Override
    public String deletionBlocker(ProductGroup g, CatalogStructure catalog, StructureUsage usage) {
        long products = usage.productsInGroup(g.code());
        return products == 0
                ? null
                : "The group \"" + g.code() + "\" still has " + products
                        + " product(s): remove them from the group first.";
    }
}
