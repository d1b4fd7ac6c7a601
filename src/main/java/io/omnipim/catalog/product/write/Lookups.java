package io.omnipim.catalog.product.write;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * Of these product identifiers, those that exist, each mapped to the identifier as stored (identifiers match in
     * any case), so references keep one spelling.
     */
    default Map<String, String> storedProducts(Collection<String> identifiers) {
        Set<String> missing = missingProducts(identifiers);
        Map<String, String> out = new LinkedHashMap<>();
        identifiers.stream().filter(i -> !missing.contains(i)).forEach(i -> out.put(i, i));
        return out;
    }

    /** Of these product model codes, the ones that do not exist. */
    Set<String> missingModels(Collection<String> codes);
}
