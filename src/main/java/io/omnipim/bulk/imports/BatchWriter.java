package io.omnipim.bulk.imports;

import java.util.List;

import io.omnipim.platform.security.Author;

/**
 * Writes the rows of one batch through the catalog's services, inside the batch's transaction, and says what
 * happened to each row (in order).
 */
public interface BatchWriter {

    List<RowOutcome> write(List<PreparedRow> rows, Author author);

    /**
     * True when the rows must be written in the batch's transaction (with its checkpoint); false when each row
     * commits alone and writing a row twice changes nothing (structure).
     */
    default boolean inBatchTransaction() {
        return true;
    }
}
