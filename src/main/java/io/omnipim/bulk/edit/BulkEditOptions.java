package io.omnipim.bulk.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A bulk edit as submitted and as stored in its job's options: which products, and what to do to them. */
public record BulkEditOptions(BulkSelection selection, BulkEditAction action) {

    public static BulkEditOptions parse(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw BulkEditAction.invalid("body", "Send the bulk edit as a JSON object with \"selection\" and"
                    + " \"action\".");
        }
        return new BulkEditOptions(BulkSelection.parse(body.get("selection")),
                BulkEditAction.parse(body.get("action")));
    }

    public ObjectNode toJson() {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.set("selection", selection.toJson());
        out.set("action", action.toJson());
        return out;
    }
}
