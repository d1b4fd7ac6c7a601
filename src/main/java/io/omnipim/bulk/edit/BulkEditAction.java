package io.omnipim.bulk.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.product.ProductState;
import io.omnipim.platform.errors.FieldError;
import io.omnipim.platform.errors.PimException;

/**
 * The one change a bulk edit applies to every selected product, and the PATCH body that makes it on one product
 * (null when the product already is as asked, so it counts as unchanged and is not written).
 *
 * @param attribute, locale, scope, data the value to set ({@link Type#SET_VALUE}), {@code data} in the API's standard
 *        format
 * @param categories the category codes to add or remove
 * @param family the new family ({@link Type#CHANGE_FAMILY})
 */
public record BulkEditAction(Type type, String attribute, String locale, String scope, JsonNode data,
        List<String> categories, String family) {

    /** What can be done to many products at once. */
    public enum Type {

        SET_VALUE, ADD_CATEGORIES, REMOVE_CATEGORIES, ENABLE, DISABLE, CHANGE_FAMILY;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Type of(String code) {
            for (Type t : values()) {
                if (t.code().equals(code)) {
                    return t;
                }
            }
            throw invalid("action.type", "The action \"" + code + "\" is unknown; use one of set_value,"
                    + " add_categories, remove_categories, enable, disable, change_family.");
        }
    }

    public BulkEditAction {
        categories = categories == null ? List.of() : List.copyOf(categories);
        data = data == null ? NullNode.getInstance() : data;
    }

    public static BulkEditAction parse(JsonNode action) {
        if (action == null || !action.isObject() || !action.hasNonNull("type")) {
            throw invalid("action", "Say what to do in \"action\", e.g. {\"type\":\"enable\"} or"
                    + " {\"type\":\"add_categories\",\"categories\":[\"summer\"]}.");
        }
        Type type = Type.of(action.path("type").asText());
        List<String> categories = new ArrayList<>();
        action.path("categories").forEach(c -> categories.add(c.asText()));
        BulkEditAction parsed = new BulkEditAction(type, text(action, "attribute"), text(action, "locale"),
                text(action, "scope"), action.get("data"), categories, text(action, "family"));
        parsed.checkComplete();
        return parsed;
    }

    private void checkComplete() {
        if (type == Type.SET_VALUE && attribute == null) {
            throw invalid("action.attribute", "Choose the attribute whose value to set.");
        }
        if ((type == Type.ADD_CATEGORIES || type == Type.REMOVE_CATEGORIES) && categories.isEmpty()) {
            throw invalid("action.categories", "Choose at least one category to "
                    + (type == Type.ADD_CATEGORIES ? "add." : "remove."));
        }
        if (type == Type.CHANGE_FAMILY && family == null) {
            throw invalid("action.family", "Choose the family the products move to.");
        }
    }

    public ObjectNode toJson() {
        ObjectNode out = JsonNodeFactory.instance.objectNode().put("type", type.code());
        switch (type) {
            case SET_VALUE :
                out.put("attribute", attribute).put("locale", locale).put("scope", scope).set("data", data);
                break;
            case ADD_CATEGORIES :
            case REMOVE_CATEGORIES :
                categories.forEach(out.putArray("categories")::add);
                break;
            case CHANGE_FAMILY :
                out.put("family", family);
                break;
            default :
                break;
        }
        return out;
    }

    /** The PATCH for this product, or null when it already is as asked. */
    public ObjectNode patchFor(ProductState product) {
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        switch (type) {
            case SET_VALUE :
                patch.putObject("values").putArray(attribute).addObject().put("locale", locale).put("scope", scope)
                        .set("data", data);
                return patch; // the write path compares values: the same value again is unchanged
            case ADD_CATEGORIES : {
                List<String> next = new ArrayList<>(product.categories());
                categories.stream().filter(c -> !next.contains(c)).forEach(next::add);
                return next.size() == product.categories().size() ? null : withCategories(patch, next);
            }
            case REMOVE_CATEGORIES : {
                List<String> next = product.categories().stream().filter(c -> !categories.contains(c)).toList();
                return next.size() == product.categories().size() ? null : withCategories(patch, next);
            }
            case ENABLE :
            case DISABLE :
                boolean enabled = type == Type.ENABLE;
                return product.enabled() == enabled ? null : patch.put("enabled", enabled);
            case CHANGE_FAMILY :
                return family.equals(product.family()) ? null : patch.put("family", family);
            default :
                throw new IllegalStateException("unknown action " + type);
        }
    }

    private static ObjectNode withCategories(ObjectNode patch, List<String> categories) {
        categories.forEach(patch.putArray("categories")::add);
        return patch;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().trim();
    }

    static PimException invalid(String property, String message) {
        return PimException.unprocessable(message, List.of(FieldError.of(property, message)));
    }
}
