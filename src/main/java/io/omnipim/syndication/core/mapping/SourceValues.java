package io.omnipim.syndication.core.mapping;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.omnipim.catalog.read.IndexDocument;
import io.omnipim.syndication.core.definition.FieldSource;
import io.omnipim.syndication.core.definition.Templates;

/** The value a field's source gives for one product, before transforms. */
final class SourceValues {

    private SourceValues() {
    }

    static Object of(FieldSource source, MappingContext context) {
        switch (source.kind()) {
            case ATTRIBUTE :
                if (!source.isList()) {
                    return AttributeValues.raw(context, source.attributes().get(0));
                }
                // keeps positions (date_range needs start and end), an absent value being ""
                List<String> values = new ArrayList<>();
                for (String code : source.attributes()) {
                    Object value = AttributeValues.raw(context, code);
                    values.add(value == null ? "" : String.join(",", Values.texts(value)));
                }
                return values;
            case CONSTANT :
                return source.text();
            case TEMPLATE :
                return Templates.render(source.text(), name -> placeholder(context, name));
            default :
                return property(context, source.text());
        }
    }

    /** A placeholder of a template: an attribute's display value, else a product property. */
    static String placeholder(MappingContext context, String name) {
        if (context.structure().attributes().containsKey(name)) {
            return AttributeValues.display(context, name);
        }
        Object value = property(context, name);
        return value == null ? null : String.join(", ", Values.texts(value));
    }

    static Object property(MappingContext context, String name) {
        IndexDocument d = context.document();
        switch (name) {
            case "identifier" :
                return d.identifier();
            case "uuid" :
                return d.id();
            case "family" :
                return d.family();
            case "family_label" :
                String label = d.family() == null
                        ? null
                        : context.structure().families().containsKey(d.family())
                                ? context.structure().families().get(d.family()).labels().get(context.locale())
                                : null;
                return label == null ? d.family() : label;
            case "categories" :
                return d.categories() == null ? List.of() : List.copyOf(d.categories());
            case "parent" :
                return d.parent();
            case "item_group" :
                return context.itemGroup();
            case "url" :
                return url(context);
            case "label" :
                return d.labels() == null ? null : d.labels().get(context.locale());
            case "image" :
                return d.image();
            case "enabled" :
                return String.valueOf(d.enabled());
            default :
                return null;
        }
    }

    /** The link template with each placeholder's value URL-encoded (spaces as %20). */
    private static String url(MappingContext context) {
        String template = context.definition().linkTemplate();
        if (template == null) {
            return null;
        }
        return Templates.render(template, name -> {
            String value = placeholder(context, name);
            return value == null
                    ? null
                    : URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
        });
    }
}
