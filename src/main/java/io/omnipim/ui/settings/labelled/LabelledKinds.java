package io.omnipim.ui.settings.labelled;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.structure.association.AssociationTypeKind;
import io.omnipim.catalog.structure.attribute.AttributeGroupKind;
import io.omnipim.catalog.structure.core.StructureKind;
import io.omnipim.ui.settings.FormInput;

/** The two kinds the labelled screens serve, and how their forms become the API's JSON. */
@ApplicationScoped
public class LabelledKinds {

    static final String GROUPS = "attribute-groups";
    static final String ASSOCIATIONS = "association-types";

    private final AttributeGroupKind groups;
    private final AssociationTypeKind associations;

    public LabelledKinds(AttributeGroupKind groups, AssociationTypeKind associations) {
        this.groups = groups;
        this.associations = associations;
    }

    /** The kind behind a section of the URL; an unknown section is a missing page. */
    StructureKind<?> kind(String section) {
        if (GROUPS.equals(section)) {
            return groups;
        }
        if (ASSOCIATIONS.equals(section)) {
            return associations;
        }
        throw new jakarta.ws.rs.NotFoundException();
    }

    static List<String> sections() {
        return List.of(GROUPS, ASSOCIATIONS);
    }

    /**
     * The JSON of the form: code on creation, labels, a group's sort order, an association type's flags on
     * creation (the API refuses to change them afterwards).
     */
    public static ObjectNode toJson(String section, FormInput in, boolean creating, Collection<String> locales) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        if (creating) {
            in.putText(json, "code");
        }
        in.putLabels(json, "labels", locales);
        if (GROUPS.equals(section)) {
            in.putInteger(json, "sort_order");
        } else if (creating) {
            in.putBoolean(json, "is_quantified");
            in.putBoolean(json, "is_two_way");
        }
        return json;
    }
}
