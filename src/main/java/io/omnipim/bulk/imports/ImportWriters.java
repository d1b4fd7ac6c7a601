package io.omnipim.bulk.imports;

import jakarta.enterprise.context.ApplicationScoped;

import io.omnipim.bulk.flat.FlatType;
import io.omnipim.catalog.product.ProductModelWriteService;
import io.omnipim.catalog.product.ProductWriteService;
import io.omnipim.catalog.structure.association.AssociationTypeKind;
import io.omnipim.catalog.structure.attribute.AttributeGroupKind;
import io.omnipim.catalog.structure.attribute.AttributeKind;
import io.omnipim.catalog.structure.attribute.AttributeOptionService;
import io.omnipim.catalog.structure.category.CategoryKind;
import io.omnipim.catalog.structure.channel.ChannelKind;
import io.omnipim.catalog.structure.core.StructureCache;
import io.omnipim.catalog.structure.core.StructureKind;
import io.omnipim.catalog.structure.core.StructureService;
import io.omnipim.catalog.structure.family.FamilyKind;
import io.omnipim.catalog.structure.family.FamilyVariantKind;

/** The writer for each type of file, all through the catalog's own services (the rules of the API apply). */
@ApplicationScoped
public class ImportWriters {

    private final ProductWriteService products;
    private final ProductModelWriteService models;
    private final StructureService structure;
    private final AttributeOptionService options;
    private final StructureCache cache;
    private final AttributeKind attributes;
    private final AttributeGroupKind groups;
    private final FamilyKind families;
    private final FamilyVariantKind variants;
    private final CategoryKind categories;
    private final ChannelKind channels;
    private final AssociationTypeKind associationTypes;

    public ImportWriters(ProductWriteService products, ProductModelWriteService models, StructureService structure,
            AttributeOptionService options, StructureCache cache, AttributeKind attributes, AttributeGroupKind groups,
            FamilyKind families, FamilyVariantKind variants, CategoryKind categories, ChannelKind channels,
            AssociationTypeKind associationTypes) {
        this.products = products;
        this.models = models;
        this.structure = structure;
        this.options = options;
        this.cache = cache;
        this.attributes = attributes;
        this.groups = groups;
        this.families = families;
        this.variants = variants;
        this.categories = categories;
        this.channels = channels;
        this.associationTypes = associationTypes;
    }

    BatchWriter of(FlatType type, ImportOptions o) {
        return switch (type) {
            case PRODUCT -> missingOptions(new ProductBatchWriter(products, o.dryRun()), o);
            case PRODUCT_MODEL -> missingOptions(new ProductModelBatchWriter(models), o);
            case ATTRIBUTE_OPTION -> new StructureBatchWriter(structure, null, options, o.dryRun());
            default -> new StructureBatchWriter(structure, kind(type), options, o.dryRun());
        };
    }

    private BatchWriter missingOptions(BatchWriter writer, ImportOptions o) {
        return o.createMissingOptions() ? new MissingOptionsWriter(writer, options, cache, o.dryRun()) : writer;
    }

    private StructureKind<?> kind(FlatType type) {
        return switch (type) {
            case ATTRIBUTE -> attributes;
            case ATTRIBUTE_GROUP -> groups;
            case FAMILY -> families;
            case FAMILY_VARIANT -> variants;
            case CATEGORY -> categories;
            case CHANNEL -> channels;
            case ASSOCIATION_TYPE -> associationTypes;
            default -> throw new IllegalArgumentException("no structure kind for " + type);
        };
    }
}
