package io.omnipim.catalog.structure.core;

/** Questions about how products use the structure, asked before a deletion. */
public interface StructureUsage {

    long productsInFamily(String family);

    long productModelsInFamily(String family);

    long productModelsOfVariant(String familyVariant);

    long productsInCategory(String category);

    /** Products and product models with a value naming this option (simple or multi select). */
    long valuesWithOption(String attribute, String option);

    /** Products whose {@code groups} hold this group. */
    long productsInGroup(String group);
}
