package io.omnipim.bulk.imports;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.structure.attribute.AttributeOptionService;
import io.omnipim.catalog.structure.core.StructureKind;
import io.omnipim.catalog.structure.core.StructureService;
import io.omnipim.platform.errors.PimException;
import io.omnipim.platform.security.Author;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Structure rows (attributes, families, categories…) are few and each may depend on the one before (a category on
 * its parent), so each is saved in its own transaction through the same service as the REST API: a refused row
 * leaves the others untouched. Saving a row twice changes nothing, which makes a resumed import exact.
 */
final class StructureBatchWriter implements BatchWriter {

    private final StructureService structure;
    private final StructureKind<?> kind;
    private final AttributeOptionService options;
    private final boolean dryRun;

    /** For a structure kind; {@code kind} null means attribute options. A dry run rolls every row back. */
    StructureBatchWriter(StructureService structure, StructureKind<?> kind, AttributeOptionService options,
            boolean dryRun) {
        this.structure = structure;
        this.kind = kind;
        this.options = options;
        this.dryRun = dryRun;
    }

    @Override
    public boolean inBatchTransaction() {
        return false;
    }

    @Override
    public List<RowOutcome> write(List<PreparedRow> rows, Author author) {
        List<RowOutcome> out = new ArrayList<>(rows.size());
        for (PreparedRow row : rows) {
            try {
                out.add(dryRun
                        ? RolledBack.call(() -> one(row))
                        : QuarkusTransaction.requiringNew().call(() -> one(row)));
            } catch (PimException e) {
                out.add(RowOutcome.rejected(e.getMessage(), e.errors()));
            }
        }
        return out;
    }

    private RowOutcome one(PreparedRow row) {
        ObjectNode body = row.body();
        if (kind == null) {
            String attribute = body.path("attribute").asText();
            String code = body.path("code").asText();
            AttributeOptionService.Merged merged = options.merge(attribute, code, body, false);
            return RowOutcome.of(merged.created(), merged.changed());
        }
        StructureService.Upserted<?> result = structure.upsert(kind, row.key(), body);
        return RowOutcome.of(result.created(), result.changed());
    }
}
