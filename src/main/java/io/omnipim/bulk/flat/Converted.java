package io.omnipim.bulk.flat;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.product.values.PreparedValues;

/**
 * One row turned into the JSON body the API takes.
 *
 * @param body the PATCH body; only to be sent when {@code errors} is empty
 * @param key the product identifier or the object's code, null when the cell is empty
 * @param values a product's values when the converter prepares them apart from the body, else null
 */
public record Converted(ObjectNode body, String key, List<CellError> errors, PreparedValues values) {

    public Converted {
        errors = List.copyOf(errors);
    }

    public Converted(ObjectNode body, String key, List<CellError> errors) {
        this(body, key, errors, null);
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
