package io.omnipim.ui.product;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.attribute.Attribute;
import io.omnipim.catalog.structure.attribute.AttributeGroup;
import io.omnipim.catalog.structure.attribute.AttributeOption;
import io.omnipim.catalog.structure.family.Family;
import io.omnipim.catalog.structure.measurement.MeasurementFamily;
import io.omnipim.platform.errors.FieldError;
import io.omnipim.ui.shell.ContextChoice;
import io.omnipim.ui.shell.Links;
import io.omnipim.ui.shell.Messages;

/**
 * Builds the form's fields, grouped as the catalog groups its attributes: the value in the chosen channel and
 * locale (or what the user typed, after a refused save), a widget per attribute type, the required marker, the
 * inherited values read-only with a link to the model that owns them, and errors at their field.
 */
final class FieldBuilder {

    private final CatalogStructure catalog;
    private final ContextChoice context;
    private final String labelLocale;
    private final Messages msg;

    FieldBuilder(CatalogStructure catalog, ContextChoice context, String labelLocale, Messages msg) {
        this.catalog = catalog;
        this.context = context;
        this.labelLocale = labelLocale;
        this.msg = msg;
    }

    /** The attributes shown: the family's (or, without family, those with a value), in group then own order. */
    List<Attribute> attributes(Family family, ObjectNode values, Ownership ownership) {
        List<String> codes = family != null ? family.attributes() : iterable(values);
        Comparator<Attribute> order = Comparator.comparing((Attribute a) -> groupOrder(a.group()))
                .thenComparing(a -> a.sortOrder() == null ? 0 : a.sortOrder()).thenComparing(Attribute::code);
        return codes.stream().map(catalog.attributes()::get).filter(a -> a != null)
                .filter(a -> ownership.shown(a.code())).filter(this::inThisLocale).sorted(order).toList();
    }

    /** Whether the attribute's own value (not inherited) can be changed on this form. */
    boolean editable(Attribute a, Ownership ownership, boolean canEdit) {
        return canEdit && ownership.owner(a.code()) == null && !a.attributeType().isMedia()
                && a.attributeType() != io.omnipim.catalog.structure.attribute.AttributeType.IDENTIFIER
                && a.attributeType() != io.omnipim.catalog.structure.attribute.AttributeType.TABLE;
    }

    List<GroupView> groups(List<Attribute> attributes, ObjectNode values, Ownership ownership, boolean canEdit,
            Set<String> required, Set<String> missing, Map<String, List<String>> typed, List<FieldError> errors) {
        Map<String, List<FieldView>> byGroup = new LinkedHashMap<>();
        for (Attribute a : attributes) {
            JsonNode data = value(values, a);
            boolean editable = editable(a, ownership, canEdit);
            Map<String, List<String>> shown = typed != null && editable
                    ? typed
                    : ValueForm.fields(a, data, currencies());
            byGroup.computeIfAbsent(a.group() == null ? "" : a.group(), g -> new ArrayList<>())
                    .add(field(a, data, shown, editable, ownership, required, missing, errors));
        }
        List<GroupView> out = new ArrayList<>();
        byGroup.forEach((code, fields) -> out.add(new GroupView(code, groupLabel(code), fields)));
        return out;
    }

    private FieldView field(Attribute a, JsonNode data, Map<String, List<String>> shown, boolean editable,
            Ownership ownership, Set<String> required, Set<String> missing, List<FieldError> errors) {
        String name = ValueForm.field(a.code());
        String owner = ownership.owner(a.code());
        List<FieldView.Option> options = List.of();
        String value = ValueForm.first(shown, name);
        String unit = null;
        String image = null;
        String widget;
        switch (a.attributeType()) {
            case IDENTIFIER :
                widget = "identifier";
                break;
            case TEXTAREA :
                widget = "textarea";
                break;
            case NUMBER :
                widget = "number";
                break;
            case BOOLEAN :
                widget = "boolean";
                break;
            case DATE :
                widget = "date";
                break;
            case METRIC :
                widget = "metric";
                value = ValueForm.first(shown, name + ".amount");
                unit = ValueForm.first(shown, name + ".unit");
                options = units(a, unit);
                break;
            case PRICE_COLLECTION :
                widget = "prices";
                options = currencies().stream()
                        .map(c -> new FieldView.Option(c, ValueForm.first(shown, name + "." + c), false)).toList();
                break;
            case SIMPLE_SELECT :
                widget = "select";
                options = options(a, List.of(value));
                break;
            case MULTI_SELECT :
                widget = "multiselect";
                options = options(a, shown.getOrDefault(name, List.of()));
                break;
            case IMAGE :
            case FILE :
                widget = "image";
                image = data == null || data.isNull() ? null : Links.media(data.asText());
                break;
            default :
                widget = "text";
        }
        String hint = a.attributeType() == io.omnipim.catalog.structure.attribute.AttributeType.TEXTAREA
                && Boolean.TRUE.equals(a.wysiwygEnabled()) ? msg.form_html_hint() : null;
        return new FieldView(a.code(), a.labels() == null ? a.code() : a.labels().getOrDefault(labelLocale, a.code()),
                widget, value, unit, options, required.contains(a.code()), missing.contains(a.code()),
                a.isLocalizable(), a.isScopable(), editable, owner,
                owner == null ? null : Links.model(owner, context.channel(), context.locale()), image, hint,
                a.maxCharacters(), error(a, errors));
    }

    /** The value of the attribute in the form's channel and locale, own or inherited. */
    JsonNode value(ObjectNode values, Attribute a) {
        for (JsonNode entry : values.path(a.code())) {
            String locale = entry.path("locale").asText(null);
            String scope = entry.path("scope").asText(null);
            boolean localeOk = a.isLocalizable() ? context.locale().equals(locale) : locale == null;
            boolean scopeOk = a.isScopable() ? context.channel().equals(scope) : scope == null;
            if (localeOk && scopeOk) {
                return entry.get("data");
            }
        }
        return null;
    }

    /** Prices are edited in every activated currency, the channel's first. */
    List<String> currencies() {
        List<String> channel = catalog.channels().get(context.channel()).currencies();
        List<String> out = new ArrayList<>(channel);
        catalog.currencies().values().stream().filter(c -> Boolean.TRUE.equals(c.enabled()))
                .map(c -> c.code()).sorted().filter(c -> !out.contains(c)).forEach(out::add);
        return out;
    }

    private List<FieldView.Option> options(io.omnipim.catalog.structure.attribute.Attribute a,
            List<String> selected) {
        List<FieldView.Option> out = new ArrayList<>();
        for (AttributeOption o : catalog.optionsOf(a.code()).values()) {
            String label = o.labels() == null ? null : o.labels().get(labelLocale);
            out.add(new FieldView.Option(o.code(), label == null || label.isBlank() ? o.code() : label,
                    selected.contains(o.code())));
        }
        return out;
    }

    private List<FieldView.Option> units(Attribute a, String unit) {
        MeasurementFamily family = a.metricFamily() == null
                ? null
                : catalog.measurementFamilies()
                        .get(a.metricFamily());
        if (family == null) {
            return List.of(new FieldView.Option(unit, unit, true));
        }
        List<FieldView.Option> out = new ArrayList<>();
        family.units().values().forEach(u -> {
            String label = u.labels() == null ? null : u.labels().get(labelLocale);
            out.add(new FieldView.Option(u.code(), (label == null ? u.code() : label)
                    + (u.symbol() == null || u.symbol().isBlank() ? "" : " (" + u.symbol() + ")"),
                    u.code().equals(unit)));
        });
        return out;
    }

    private String error(Attribute a, List<FieldError> errors) {
        List<String> messages = errors.stream().filter(e -> a.code().equals(e.attribute()))
                .filter(e -> e.locale() == null || e.locale().equals(context.locale()))
                .filter(e -> e.scope() == null || e.scope().equals(context.channel())).map(FieldError::message)
                .toList();
        return messages.isEmpty() ? null : String.join(" ", messages);
    }

    private boolean inThisLocale(Attribute a) {
        return a.availableLocales() == null || a.availableLocales().isEmpty()
                || a.availableLocales().contains(context.locale());
    }

    private int groupOrder(String group) {
        AttributeGroup g = group == null ? null : catalog.attributeGroups().get(group);
        return g == null || g.sortOrder() == null ? Integer.MAX_VALUE : g.sortOrder();
    }

    private String groupLabel(String code) {
        AttributeGroup g = catalog.attributeGroups().get(code);
        if (g == null) {
            return msg.form_other_group();
        }
        String label = g.labels() == null ? null : g.labels().get(labelLocale);
        return label == null || label.isBlank() ? code : label;
    }

    private static List<String> iterable(ObjectNode values) {
        List<String> out = new ArrayList<>();
        values.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
