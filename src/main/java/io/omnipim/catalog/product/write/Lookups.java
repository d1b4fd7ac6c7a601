package io.omnipim.catalog.product.write;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.omnipim.catalog.product.ProductModelRow;

/** What a write needs to read besides the entity itself; the service caches answers within a batch. */
public interface Lookups {

    Optional<ProductModelRow> model(String code);

    /** The model and its parent, child first. */
    List<ProductModelRow> lineage(String code);

    /** Of these product identifiers, the ones that do not exist. */
    Set<String> missingProducts(Collection<String> identifiers);

    /** Of these product model codes, the ones that do not exist. */
    Set<String> missingModels(Collection<String> codes);
}
