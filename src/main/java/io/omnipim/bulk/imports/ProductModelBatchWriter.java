package io.omnipim.bulk.imports;

import java.util.ArrayList;
import java.util.List;

import io.omnipim.catalog.product.ProductModelWriteService;
import io.omnipim.platform.security.Author;

/** Product models, one batch per call of the model write service. */
final class ProductModelBatchWriter implements BatchWriter {

    private final ProductModelWriteService models;

    ProductModelBatchWriter(ProductModelWriteService models) {
        this.models = models;
    }

    @Override
    public List<RowOutcome> write(List<PreparedRow> rows, Author author) {
        List<ProductModelWriteService.Command> commands = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            commands.add(new ProductModelWriteService.Command(i, rows.get(i).key(), rows.get(i).body()));
        }
        List<RowOutcome> out = new ArrayList<>(rows.size());
        for (ProductModelWriteService.Outcome o : models.upsert(commands, author, true)) {
            out.add(o.error() == null
                    ? RowOutcome.of(o.status() == 201, o.changed())
                    : RowOutcome.rejected(o.error().getMessage(), o.error().errors()));
        }
        return out;
    }
}
