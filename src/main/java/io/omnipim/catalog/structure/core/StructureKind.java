package io.omnipim.catalog.structure.core;

import java.util.List;

import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.platform.errors.FieldError;

/**
 * One kind of structure object (attribute, family, channel…): its record type, how to find its code, and the
 * rules a new version must follow. The generic {@link StructureService} does the rest (merge, store, events).
 *
 * @param <T> the record in Akeneo's standard format
 */
public interface StructureKind<T> {

    /** The kind's name in storage and events ("attribute", "family"…). */
    String name();

    /** What a person calls one ("Attribute", "Family"…), for messages. */
    String label();

    Class<T> type();

    String codeOf(T value);

    /** A parent code to store beside the object (category parent, variant's family), or null. */
    default String parentOf(T value) {
        return null;
    }

    /** Fills defaults and drops erased entries (a {@code null} label removes it). */
    default T normalize(T value, CatalogStructure catalog) {
        return value;
    }

    /** The value as the API shows it (derived properties filled in); stored as is by default. */
    default T present(T value, CatalogStructure catalog) {
        return value;
    }

    /** What is wrong with {@code value} given the rest of the catalog; empty when it may be saved. */
    List<FieldError> validate(T value, T previous, CatalogStructure catalog);

    /** Why it may not be deleted, or null when it may. */
    default String deletionBlocker(T value, CatalogStructure catalog, StructureUsage usage) {
        return "Deleting a " + label().toLowerCase() + " is not supported.";
    }
}
