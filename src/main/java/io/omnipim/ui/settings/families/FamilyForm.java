package io.omnipim.ui.settings.families;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.ui.settings.FormInput;

/**
 * The family form as the API's JSON. The form lists the family's attributes (one hidden {@code attributes} field
 * per row of the matrix), rows ticked {@code remove} leave, attributes chosen in {@code add} join; each channel's
 * column of ticked boxes, {@code attribute_requirements.<channel>}, becomes that channel's requirements, limited
 * to the attributes that stay (a requirement on a removed attribute would be refused).
 */
public final class FamilyForm {

    private FamilyForm() {
    }

    public static ObjectNode toJson(FormInput in, boolean creating, Collection<String> channels,
            Collection<String> locales) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        if (creating) {
            in.putText(json, "code");
        }
        in.putLabels(json, "labels", locales);
        List<String> attributes = attributes(in);
        String label = in.text("attribute_as_label");
        if (creating && label != null && !attributes.contains(label)) {
            attributes.add(label);
        }
        ArrayNode list = json.putArray("attributes");
        attributes.forEach(list::add);
        in.putText(json, "attribute_as_label");
        if (!creating) {
            in.putText(json, "attribute_as_image");
            ObjectNode requirements = json.putObject("attribute_requirements");
            Set<String> kept = Set.copyOf(attributes);
            for (String channel : channels) {
                ArrayNode required = requirements.putArray(channel);
                in.list("attribute_requirements." + channel).stream().filter(kept::contains).forEach(required::add);
            }
        }
        return json;
    }

    /** The rows kept, then the ones added, each once. */
    static List<String> attributes(FormInput in) {
        Set<String> removed = Set.copyOf(in.list("remove"));
        LinkedHashSet<String> out = new LinkedHashSet<>();
        in.list("attributes").stream().filter(a -> !removed.contains(a)).forEach(out::add);
        out.addAll(in.list("add"));
        return new ArrayList<>(out);
    }
}
