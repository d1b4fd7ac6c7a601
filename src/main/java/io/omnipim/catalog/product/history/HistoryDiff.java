package io.omnipim.catalog.product.history;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.omnipim.catalog.product.values.RawValues;

/** Field-level differences between two versions of a product or model. */
public final class HistoryDiff {

    private HistoryDiff() {
    }

    /** The state to compare: the scalar properties by name, plus values and associations. */
    public record State(Map<String, JsonNode> properties, ObjectNode values, ObjectNode associations) {

        public static State empty() {
            return new State(Map.of(), JsonNodeFactory.instance.objectNode(), JsonNodeFactory.instance.objectNode());
        }

        public static Map<String, JsonNode> props(Object... nameValue) {
            Map<String, JsonNode> out = new LinkedHashMap<>();
            for (int i = 0; i < nameValue.length; i += 2) {
                out.put((String) nameValue[i], node(nameValue[i + 1]));
            }
            return out;
        }

        private static JsonNode node(Object o) {
            if (o == null) {
                return null;
            }
            if (o instanceof Boolean b) {
                return BooleanNode.valueOf(b);
            }
            if (o instanceof List<?> list) {
                var array = JsonNodeFactory.instance.arrayNode();
                list.forEach(item -> array.add(String.valueOf(item)));
                return array;
            }
            return TextNode.valueOf(String.valueOf(o));
        }
    }

    public static List<Change> between(State before, State after) {
        List<Change> changes = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(before.properties().keySet());
        names.addAll(after.properties().keySet());
        for (String name : names) {
            JsonNode old = before.properties().get(name);
            JsonNode now = after.properties().get(name);
            if (!Objects.equals(old, now)) {
                changes.add(new Change(name, old, now));
            }
        }
        values(before.values(), after.values(), changes);
        associations(before.associations(), after.associations(), changes);
        return changes;
    }

    private static void values(ObjectNode before, ObjectNode after, List<Change> changes) {
        Map<String, JsonNode> old = flatten(before);
        Map<String, JsonNode> now = flatten(after);
        TreeSet<String> keys = new TreeSet<>(old.keySet());
        keys.addAll(now.keySet());
        for (String key : keys) {
            if (!Objects.equals(old.get(key), now.get(key))) {
                changes.add(new Change(key, old.get(key), now.get(key)));
            }
        }
    }

    private static Map<String, JsonNode> flatten(ObjectNode values) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (RawValues.Entry e : RawValues.entries(values)) {
            String key = e.attribute() + (e.locale() == null ? "" : "-" + e.locale())
                    + (e.scope() == null ? "" : "-" + e.scope());
            JsonNode data = e.data();
            if (data instanceof ObjectNode o && o.has("base_data")) {
                data = o.deepCopy().without(List.of("base_data", "base_unit"));
            }
            out.put(key, data);
        }
        return out;
    }

    private static void associations(ObjectNode before, ObjectNode after, List<Change> changes) {
        TreeSet<String> types = new TreeSet<>();
        before.fieldNames().forEachRemaining(types::add);
        after.fieldNames().forEachRemaining(types::add);
        for (String type : types) {
            JsonNode old = before.get(type);
            JsonNode now = after.get(type);
            TreeSet<String> lists = new TreeSet<>();
            if (old != null) {
                old.fieldNames().forEachRemaining(lists::add);
            }
            if (now != null) {
                now.fieldNames().forEachRemaining(lists::add);
            }
            for (Iterator<String> it = lists.iterator(); it.hasNext();) {
                String list = it.next();
                JsonNode o = old == null ? null : old.get(list);
                JsonNode n = now == null ? null : now.get(list);
                if (!Objects.equals(emptyToNull(o), emptyToNull(n))) {
                    changes.add(new Change(type + "-" + list, o, n));
                }
            }
        }
    }

    private static JsonNode emptyToNull(JsonNode n) {
        return n == null || n.isEmpty() ? null : n;
    }
}
