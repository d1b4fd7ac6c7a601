package io.omnipim.syndication.core.definition;

import java.util.List;

/**
 * Where a field's value comes from: exactly one of attribute values ({@code source} or {@code sources}), a constant,
 * a template such as {@code "{brand} {name}"}, or a product property ({@code identifier}, {@code url}…).
 */
public record FieldSource(Kind kind, List<String> attributes, String text) {

    /** The four kinds of source. */
    public enum Kind {
        ATTRIBUTE, CONSTANT, TEMPLATE, PROPERTY
    }

    /** Product properties a field can take as {@code property:}. */
    public static final List<String> PROPERTIES = List.of("identifier", "uuid", "family", "family_label",
            "categories", "parent", "item_group", "url", "label", "image", "enabled");

    public FieldSource {
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
    }

    public static FieldSource attributes(List<String> codes) {
        return new FieldSource(Kind.ATTRIBUTE, codes, null);
    }

    public static FieldSource constant(String value) {
        return new FieldSource(Kind.CONSTANT, List.of(), value);
    }

    public static FieldSource template(String template) {
        return new FieldSource(Kind.TEMPLATE, List.of(), template);
    }

    public static FieldSource property(String name) {
        return new FieldSource(Kind.PROPERTY, List.of(), name);
    }

    /** Several attributes ({@code sources:}): the value is the list of their values. */
    public boolean isList() {
        return kind == Kind.ATTRIBUTE && attributes.size() > 1;
    }

    /** For messages: {@code attribute "name"}, {@code template "{brand} {name}"}… */
    public String describe() {
        switch (kind) {
            case ATTRIBUTE :
                return (attributes.size() == 1 ? "attribute " : "attributes ") + String.join(", ",
                        attributes.stream().map(a -> "\"" + a + "\"").toList());
            case CONSTANT :
                return "constant \"" + text + "\"";
            case TEMPLATE :
                return "template \"" + text + "\"";
            default :
                return "property \"" + text + "\"";
        }
    }
}
