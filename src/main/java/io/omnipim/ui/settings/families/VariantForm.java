package io.omnipim.ui.settings.families;

import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.ui.settings.FormInput;

/**
 * The family variant form as the API's JSON: level 1 always, level 2 when it has axes or attributes. The axes of a
 * level are among its attributes already (the service adds them), so they need not be chosen twice.
 */
public final class VariantForm {

    private VariantForm() {
    }

    public static ObjectNode toJson(FormInput in, String family, Collection<String> locales) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        in.putText(json, "code");
        json.put("family", family);
        in.putLabels(json, "labels", locales);
        ArrayNode sets = json.putArray("variant_attribute_sets");
        level(sets, 1, in.list("axes_1"), in.list("attributes_1"));
        if (!in.list("axes_2").isEmpty() || !in.list("attributes_2").isEmpty()) {
            level(sets, 2, in.list("axes_2"), in.list("attributes_2"));
        }
        return json;
    }

    /**
     * An existing variant as a PATCH: labels and each level's attributes; the axes and the number of levels are
     * the stored ones (Akeneo fixes them at creation), sent again because the levels list is replaced whole.
     */
    public static ObjectNode toPatch(FormInput in, List<List<String>> storedAxes, Collection<String> locales) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        in.putLabels(json, "labels", locales);
        ArrayNode sets = json.putArray("variant_attribute_sets");
        for (int i = 0; i < storedAxes.size(); i++) {
            level(sets, i + 1, storedAxes.get(i), in.list("attributes_" + (i + 1)));
        }
        return json;
    }

    private static void level(ArrayNode sets, int level, List<String> axes, List<String> attributes) {
        ObjectNode set = sets.addObject();
        set.put("level", level);
        axes.forEach(set.putArray("axes")::add);
        attributes.forEach(set.putArray("attributes")::add);
    }
}
