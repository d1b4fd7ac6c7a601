package io.omnipim.catalog.structure.core;

/** Questions about how products use the structure, asked before a deletion. */
public interface StructureUsage {

    long productsInFamily(String family);

    long productModelsInFamily(String family);

    long productModelsOfVariant(String familyVariant);

    long productsInCategory(String category);

    /** Products whose {@code groups} hold this group. */
    default long productsInGroup(String group) {
        return 0;
    }
}
