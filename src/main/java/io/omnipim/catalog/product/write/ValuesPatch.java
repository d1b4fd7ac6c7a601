package io.omnipim.catalog.product.write;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.product.values.PreparedValues;
import io.omnipim.catalog.product.values.RawValues;
import io.omnipim.catalog.product.values.ValueContext;
import io.omnipim.catalog.product.values.ValueValidator;
import io.omnipim.platform.errors.FieldError;

/**
 * Akeneo's rule for {@code values} in a PATCH: each {locale, scope, data} entry replaces that one value;
 * {@code data: null} (or an empty string or list) erases it; values not mentioned stay.
 */
final class ValuesPatch {

    private static final Set<String> VALUE_KEYS = Set.of("locale", "scope", "data");

    private ValuesPatch() {
    }

    /**
     * Applies {@code patch} to {@code values} in place.
     *
     * @param allowed the attributes this entity may hold (a variant level's set), or null for any
     * @param levelName what the entity is, for the message when an attribute belongs elsewhere
     */
    static void apply(ObjectNode values, JsonNode patch, ValueContext context, Set<String> allowed,
            String levelName, List<FieldError> errors) {
        if (patch == null || patch.isNull()) {
            return;
        }
        if (!patch.isObject()) {
            errors.add(FieldError.of("values", "Property \"values\" expects an object."));
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String attribute = field.getKey();
            if (!onThisLevel(attribute, context, allowed, levelName, errors)) {
                continue;
            }
            if (!field.getValue().isArray()) {
                errors.add(new FieldError("values", "Property \"" + attribute + "\" expects an array of values"
                        + " ({\"locale\":…,\"scope\":…,\"data\":…}).", attribute, null, null));
                continue;
            }
            for (JsonNode value : field.getValue()) {
                applyOne(values, attribute, value, context, errors);
            }
        }
    }

    /** As {@link #apply} for values an import prepared as a list: the same rules, value by value. */
    static void apply(ObjectNode values, PreparedValues patch, ValueContext context, Set<String> allowed,
            String levelName, List<FieldError> errors) {
        String skipped = null;
        for (int i = 0; i < patch.size(); i++) {
            PreparedValues.Slot slot = patch.slot(i);
            String attribute = slot.attribute();
            // the values of one attribute are next to each other: one level check for all of them
            if (attribute.equals(skipped)) {
                continue;
            }
            if (!onThisLevel(attribute, context, allowed, levelName, errors)) {
                skipped = attribute;
                continue;
            }
            int before = errors.size();
            JsonNode canonical = ValueValidator.canonical(slot, patch.data(i), context, errors);
            if (errors.size() == before) {
                store(values, attribute, slot.scope(), slot.locale(), canonical);
            }
        }
    }

    /**
     * Whether this entity's level holds the attribute (a variant holds only its level's); an attribute of another
     * level is skipped when the context allows it (flat files), refused otherwise.
     */
    private static boolean onThisLevel(String attribute, ValueContext context, Set<String> allowed,
            String levelName, List<FieldError> errors) {
        if (allowed == null || allowed.contains(attribute) || !context.catalog().attributes().containsKey(attribute)) {
            return true;
        }
        if (!context.skipOtherLevels()) {
            errors.add(new FieldError("values", "Cannot set the property \"" + attribute + "\" to this "
                    + levelName + " as it is not in the attribute set of its level.", attribute, null, null));
        }
        return false;
    }

    private static void applyOne(ObjectNode values, String attribute, JsonNode value, ValueContext context,
            List<FieldError> errors) {
        if (!value.isObject() || !value.has("data")) {
            errors.add(new FieldError("values", "Each value of \"" + attribute
                    + "\" needs \"locale\", \"scope\" and \"data\".", attribute, null, null));
            return;
        }
        Iterator<String> keys = value.fieldNames();
        while (keys.hasNext()) {
            String key = keys.next();
            if (!VALUE_KEYS.contains(key)) {
                errors.add(new FieldError("values", "Property \"" + key + "\" does not exist in a value.", attribute,
                        null, null));
                return;
            }
        }
        String locale = text(value.get("locale"));
        String scope = text(value.get("scope"));
        int before = errors.size();
        JsonNode canonical = ValueValidator.canonical(attribute, locale, scope, value.get("data"), context, errors);
        if (errors.size() > before) {
            return;
        }
        store(values, attribute, scope, locale, canonical);
    }

    /** A canonical value replaces the one at its place; null erases it. */
    private static void store(ObjectNode values, String attribute, String scope, String locale, JsonNode canonical) {
        if (canonical == null) {
            RawValues.remove(values, attribute, scope, locale);
        } else {
            RawValues.put(values, attribute, scope, locale, canonical);
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
