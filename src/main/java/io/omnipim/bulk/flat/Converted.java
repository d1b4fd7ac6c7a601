package io.omnipim.bulk.flat;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One row turned into the JSON body the API takes.
 *
 * @param body the PATCH body; only to be sent when {@code errors} is empty
 * @param key the product identifier or the object's code, null when the cell is empty
 */
public record Converted(ObjectNode body, String key, List<CellError> errors) {

    public Converted {
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
