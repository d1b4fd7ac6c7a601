package io.omnipim.bulk.exports;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.product.OutputOptions;
import io.omnipim.catalog.product.ProductModelReadService;
import io.omnipim.catalog.product.ProductReadService;

/**
 * Reads products or product models matching the API's search filters in keyset pages (search_after), each item in
 * the standard format, as GET /products returns it.
 */
@ApplicationScoped
public class CatalogPages {

    /** A page and the cursor after it (null at the end). */
    public record Page(List<ObjectNode> items, String next) {
    }

    private final ProductReadService products;
    private final ProductModelReadService models;

    public CatalogPages(ProductReadService products, ProductModelReadService models) {
        this.products = products;
        this.models = models;
    }

    public Page page(ExportOptions o, String after, int size) {
        OutputOptions output = output(o);
        if (o.type().equals("products")) {
            ProductReadService.Page p = products.list(o.search(), null, null, 1, after, size,
                    false, output);
            return new Page(p.items(), p.hasNext() ? p.lastUuid() : null);
        }
        ProductModelReadService.Page p = models.list(o.search(), null, null, 1, after, size,
                output);
        return new Page(p.items(), p.hasNext() ? p.lastCode() : null);
    }

    /**
     * How many match (the progress bar's total); checks the filters, scope and locales on the way (422 when they
     * are wrong, before the export starts).
     */
    public long count(ExportOptions o) {
        if (o.type().equals("products")) {
            return products.list(o.search(), null, null, 1, null, 1, true, output(o)).count();
        }
        models.list(o.search(), null, null, 1, null, 1, output(o));
        return -1;
    }

    private static OutputOptions output(ExportOptions o) {
        return new OutputOptions(o.scope(), o.locales() == null ? null : new java.util.LinkedHashSet<>(o.locales()),
                null, false);
    }
}
