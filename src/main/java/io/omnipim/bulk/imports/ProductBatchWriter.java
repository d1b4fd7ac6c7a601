package io.omnipim.bulk.imports;

import java.util.ArrayList;
import java.util.List;

import io.omnipim.catalog.product.ProductCommand;
import io.omnipim.catalog.product.ProductOutcome;
import io.omnipim.catalog.product.ProductWriteService;
import io.omnipim.platform.security.Author;

/** Products go through the same batch upsert as the API's collection PATCH: one call per batch. */
final class ProductBatchWriter implements BatchWriter {

    private final ProductWriteService products;
    private final boolean dryRun;

    /** A dry run checks every rule (unique values included) and writes nothing. */
    ProductBatchWriter(ProductWriteService products, boolean dryRun) {
        this.products = products;
        this.dryRun = dryRun;
    }

    @Override
    public List<RowOutcome> write(List<PreparedRow> rows, Author author) {
        List<ProductCommand> commands = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            PreparedRow row = rows.get(i);
            commands.add(new ProductCommand(i, row.key(), null, row.body(), null, false, row.values()));
        }
        List<RowOutcome> out = new ArrayList<>(rows.size());
        for (ProductOutcome o : products.upsert(commands, author, true, dryRun)) {
            out.add(o.ok()
                    ? RowOutcome.of(o.status() == 201, o.changed())
                    : RowOutcome.rejected(o.error().getMessage(), o.error().errors()));
        }
        return out;
    }
}
