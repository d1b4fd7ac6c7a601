package io.omnipim.ui.settings.channels;

import java.util.Collection;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.ui.settings.FormInput;

/**
 * The channel form as the API's JSON: labels, locales, currencies and category tree. Conversion units are not on
 * the form and are left as they are (a PATCH keeps what it does not mention).
 */
public final class ChannelForm {

    private ChannelForm() {
    }

    public static ObjectNode toJson(FormInput in, boolean creating, Collection<String> locales) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        if (creating) {
            in.putText(json, "code");
        }
        in.putLabels(json, "labels", locales);
        in.putList(json, "locales");
        in.putList(json, "currencies");
        in.putText(json, "category_tree");
        return json;
    }
}
