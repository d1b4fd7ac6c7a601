package io.omnipim.bulk.imports;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.product.values.PreparedValues;
import io.omnipim.platform.job.JobIssue;

/** Turns the cells of one row into the API's standard format, or says which cells are wrong. */
interface RowConverter {

    /** The row's body and key, or the problems of its cells (each with its column). */
    record Converted(ObjectNode body, String key, List<JobIssue> issues, PreparedValues values) {

        Converted(ObjectNode body, String key, List<JobIssue> issues) {
            this(body, key, issues, null);
        }
    }

    Converted convert(long line, List<String> cells);
}
