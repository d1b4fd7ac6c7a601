package io.omnipim.catalog.product.values;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.structure.CatalogStructure;

/**
 * The {@code values} of a PATCH as a flat list instead of the API's JSON ({@code {attribute: [{locale, scope,
 * data}]}}): what an import of a flat file builds for each row. The same rules apply to them (see the write path),
 * without building and walking a JSON object per value, which was a fifth of an import's Java work.
 *
 * <p>
 * Each value names its {@link Slot} (attribute × locale × scope), shared by every row of a file: what depends only
 * on the slot is checked once per slot and catalog structure, not once per row.
 */
public final class PreparedValues {

    private final List<Slot> slots;
    private final List<JsonNode> data;

    public PreparedValues(int expected) {
        this.slots = new ArrayList<>(expected);
        this.data = new ArrayList<>(expected);
    }

    /**
     * One value; {@code data} is {@link com.fasterxml.jackson.databind.node.NullNode} to erase it. Values come in
     * the order the API's body would list them (attribute, then locale and scope).
     */
    public void add(Slot slot, JsonNode value) {
        slots.add(slot);
        data.add(value);
    }

    public int size() {
        return slots.size();
    }

    public Slot slot(int i) {
        return slots.get(i);
    }

    public JsonNode data(int i) {
        return data.get(i);
    }

    /** The same values in the API's shape. */
    public ObjectNode toApi() {
        ObjectNode values = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            ObjectNode value = JsonNodeFactory.instance.objectNode();
            value.put("locale", slot.locale());
            value.put("scope", slot.scope());
            value.set("data", data.get(i));
            (values.get(slot.attribute()) instanceof ArrayNode list ? list : values.putArray(slot.attribute()))
                    .add(value);
        }
        return values;
    }

    /**
     * Where a value goes. Whether its locale and scope suit its attribute depends on the structure only: the result
     * is kept for the structure it was checked against (structures are immutable; a change makes a new one).
     */
    public static final class Slot {

        private final String attribute;
        private final String locale;
        private final String scope;
        private volatile CatalogStructure placedIn;

        public Slot(String attribute, String locale, String scope) {
            this.attribute = attribute;
            this.locale = locale;
            this.scope = scope;
        }

        public String attribute() {
            return attribute;
        }

        public String locale() {
            return locale;
        }

        public String scope() {
            return scope;
        }

        /** Whether the attribute, locale and scope were found valid in this structure already. */
        boolean placedIn(CatalogStructure structure) {
            return placedIn == structure;
        }

        void placed(CatalogStructure structure) {
            placedIn = structure;
        }
    }
}
