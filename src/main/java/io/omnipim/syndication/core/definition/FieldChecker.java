package io.omnipim.syndication.core.definition;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.omnipim.catalog.read.ReadStructure;
import io.omnipim.catalog.read.ValueKind;
import io.omnipim.platform.text.DidYouMean;
import io.omnipim.syndication.core.ChannelType;

/** The catalog checks of one field: its target, its source's attributes, and whether its transforms fit them. */
final class FieldChecker {

    private final ReadStructure structure;
    private final ConnectorDefinition definition;
    private final ChannelType type;
    private final List<DefinitionProblem> problems;

    FieldChecker(ReadStructure structure, ConnectorDefinition definition, ChannelType type,
            List<DefinitionProblem> problems) {
        this.structure = structure;
        this.definition = definition;
        this.type = type;
        this.problems = problems;
    }

    void check(FieldMapping field, String path) {
        Set<String> known = type.knownTargets();
        if (!type.acceptsTarget(field.target())) {
            add(path + ".target", "unknown " + type.type() + " field \"" + field.target() + "\""
                    + DidYouMean.hint(field.target(), known));
        }
        FieldSource source = field.source();
        if (source.kind() == FieldSource.Kind.ATTRIBUTE) {
            for (int i = 0; i < source.attributes().size(); i++) {
                attribute(source.attributes().get(i),
                        source.isList() ? path + ".sources[" + i + "]" : path + ".source");
            }
        } else if (source.kind() == FieldSource.Kind.TEMPLATE) {
            placeholders(source.text(), path + ".template");
        } else if (source.kind() == FieldSource.Kind.PROPERTY && "url".equals(source.text())
                && definition.linkTemplate() == null) {
            add(path + ".property", "the url property needs link_template, e.g. link_template: "
                    + "\"https://shop.example/p/{identifier}\"");
        }
        for (int i = 0; i < field.transforms().size(); i++) {
            transform(field.transforms().get(i), source, path + ".transforms[" + i + "]");
        }
    }

    void placeholders(String template, String path) {
        for (String name : Templates.placeholders(template)) {
            if (!structure.attributes().containsKey(name) && !FieldSource.PROPERTIES.contains(name)) {
                add(path, "unknown attribute or property \"{" + name + "}\"" + DidYouMean.hint(name, known()));
            }
        }
    }

    private void attribute(String code, String path) {
        if (!structure.attributes().containsKey(code)) {
            add(path, "unknown attribute \"" + code + "\"" + DidYouMean.hint(code, structure.attributes().keySet()));
        }
    }

    private void transform(Transform t, FieldSource source, String path) {
        switch (t.name()) {
            case "option_label" :
                expect(t, source, path, "a simple or multi select attribute", ValueKind.SIMPLE_SELECT,
                        ValueKind.MULTI_SELECT);
                break;
            case "price_format" :
                expect(t, source, path, "a price or number attribute", ValueKind.PRICE, ValueKind.NUMBER);
                break;
            case "stock_to_availability" :
                expect(t, source, path, "a number attribute (the stock)", ValueKind.NUMBER);
                String availability = t.option("availability_attribute").asText(null);
                if (availability != null) {
                    attribute(availability, path + ".availability_attribute");
                }
                break;
            case "unit_format" :
                expect(t, source, path, "a metric attribute", ValueKind.METRIC);
                break;
            case "date_range" :
                expect(t, source, path, "two date attributes (sources: [start, end])", ValueKind.DATE);
                if (source.attributes().size() != 2) {
                    add(path, "date_range needs two date attributes: sources: [sale_start_date, sale_end_date]");
                }
                break;
            case "image_url" :
                image(t, source, path);
                break;
            case "category_path" :
                if (source.kind() != FieldSource.Kind.PROPERTY || !"categories".equals(source.text())) {
                    add(path, "category_path applies to property: categories");
                }
                break;
            default :
                break;
        }
    }

    private void image(Transform t, FieldSource source, String path) {
        boolean property = source.kind() == FieldSource.Kind.PROPERTY && "image".equals(source.text());
        if (!property) {
            expect(t, source, path, "an image or file attribute (or property: image)", ValueKind.MEDIA);
        }
        if (t.text("base_url", definition.mediaBaseUrl()) == null) {
            add(path, "image_url needs a base URL: set media_base_url, or image_url: {base_url: https://…}");
        }
    }

    private void expect(Transform t, FieldSource source, String path, String what, ValueKind... kinds) {
        if (source.kind() != FieldSource.Kind.ATTRIBUTE) {
            add(path, t.name() + " applies to " + what + ", not to a " + source.describe());
            return;
        }
        for (String code : source.attributes()) {
            ReadStructure.AttributeInfo a = structure.attributes().get(code);
            if (a != null && !List.of(kinds).contains(a.kind())) {
                add(path, t.name() + " applies to " + what + "; \"" + code + "\" is " + a.kind().name().toLowerCase()
                        .replace('_', ' '));
            }
        }
    }

    private List<String> known() {
        List<String> out = new ArrayList<>(structure.attributes().keySet());
        out.addAll(FieldSource.PROPERTIES);
        return out;
    }

    private void add(String path, String message) {
        problems.add(new DefinitionProblem(path, message));
    }
}
