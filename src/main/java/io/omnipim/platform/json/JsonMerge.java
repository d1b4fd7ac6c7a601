package io.omnipim.platform.json;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Akeneo's PATCH rule: objects are merged key by key, everything else (arrays, scalars, null) replaces what was
 * there. A {@code null} is kept as null; each kind then decides whether null means "erase the entry" or "no value".
 */
public final class JsonMerge {

    private JsonMerge() {
    }

    /** Merges {@code patch} into a copy of {@code target}. */
    public static ObjectNode merge(ObjectNode target, ObjectNode patch) {
        ObjectNode result = target.deepCopy();
        mergeInto(result, patch);
        return result;
    }

    private static void mergeInto(ObjectNode target, ObjectNode patch) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode current = target.get(field.getKey());
            JsonNode incoming = field.getValue();
            if (current instanceof ObjectNode currentObject && incoming instanceof ObjectNode incomingObject) {
                mergeInto(currentObject, incomingObject);
            } else {
                target.set(field.getKey(), incoming == null ? null : incoming.deepCopy());
            }
        }
    }
}
