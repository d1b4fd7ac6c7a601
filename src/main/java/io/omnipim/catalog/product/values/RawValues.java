package io.omnipim.catalog.product.values;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Values in Akeneo's raw shape, as stored: {@code {attribute: {scope|<all_channels>: {locale|<all_locales>: data}}}}.
 * One value is addressed by attribute × scope × locale, so a PATCH entry replaces exactly one of them.
 */
public final class RawValues {

    public static final String ALL_CHANNELS = "<all_channels>";
    public static final String ALL_LOCALES = "<all_locales>";

    private RawValues() {
    }

    public static String scopeKey(String scope) {
        return scope == null ? ALL_CHANNELS : scope;
    }

    public static String localeKey(String locale) {
        return locale == null ? ALL_LOCALES : locale;
    }

    public static JsonNode get(ObjectNode values, String attribute, String scope, String locale) {
        JsonNode node = values.path(attribute).path(scopeKey(scope)).path(localeKey(locale));
        return node.isMissingNode() || node.isNull() ? null : node;
    }

    public static void put(ObjectNode values, String attribute, String scope, String locale, JsonNode data) {
        ObjectNode byScope = values.get(attribute) instanceof ObjectNode scopes ? scopes : level(values, attribute);
        String s = scopeKey(scope);
        ObjectNode byLocale = byScope.get(s) instanceof ObjectNode locales ? locales : level(byScope, s);
        byLocale.set(localeKey(locale), data);
    }

    /**
     * A scope or locale level, sized for the few entries it holds (a channel or two, a locale or three) rather
     * than the default 16 slots: two such maps a value, about 2 KB less garbage a product.
     */
    private static ObjectNode level(ObjectNode parent, String key) {
        ObjectNode level = new ObjectNode(JsonNodeFactory.instance, new LinkedHashMap<>(4));
        parent.set(key, level);
        return level;
    }

    /** Removes one value, and the attribute or scope level when it becomes empty. */
    public static void remove(ObjectNode values, String attribute, String scope, String locale) {
        JsonNode byScope = values.get(attribute);
        if (!(byScope instanceof ObjectNode scopes)) {
            return;
        }
        JsonNode byLocale = scopes.get(scopeKey(scope));
        if (byLocale instanceof ObjectNode locales) {
            locales.remove(localeKey(locale));
            if (locales.isEmpty()) {
                scopes.remove(scopeKey(scope));
            }
        }
        if (scopes.isEmpty()) {
            values.remove(attribute);
        }
    }

    /** Every value, flattened. */
    public static List<Entry> entries(ObjectNode values) {
        List<Entry> out = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> attributes = values.fields();
        while (attributes.hasNext()) {
            Map.Entry<String, JsonNode> a = attributes.next();
            Iterator<Map.Entry<String, JsonNode>> scopes = a.getValue().fields();
            while (scopes.hasNext()) {
                Map.Entry<String, JsonNode> s = scopes.next();
                Iterator<Map.Entry<String, JsonNode>> locales = s.getValue().fields();
                while (locales.hasNext()) {
                    Map.Entry<String, JsonNode> l = locales.next();
                    if (!l.getValue().isNull()) {
                        out.add(new Entry(a.getKey(), nullIfAll(s.getKey(), ALL_CHANNELS),
                                nullIfAll(l.getKey(), ALL_LOCALES), l.getValue()));
                    }
                }
            }
        }
        return out;
    }

    /** The effective values of a variant: its own over its parent's over its grandparent's. */
    public static ObjectNode merged(List<ObjectNode> ownFirst) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (int i = ownFirst.size() - 1; i >= 0; i--) {
            ObjectNode layer = ownFirst.get(i);
            if (layer != null) {
                for (Entry e : entries(layer)) {
                    put(out, e.attribute(), e.scope(), e.locale(), e.data());
                }
            }
        }
        return out;
    }

    private static String nullIfAll(String key, String all) {
        return all.equals(key) ? null : key;
    }

    /** One value. */
    public record Entry(String attribute, String scope, String locale, JsonNode data) {
    }
}
