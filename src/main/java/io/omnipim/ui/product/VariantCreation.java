package io.omnipim.ui.product;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.product.OutputOptions;
import io.omnipim.catalog.product.ProductModelReadService;
import io.omnipim.catalog.product.ProductOutcome;
import io.omnipim.catalog.product.ProductReadService;
import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.attribute.Attribute;
import io.omnipim.catalog.structure.core.StructureCache;
import io.omnipim.catalog.structure.family.FamilyVariant;
import io.omnipim.platform.errors.FieldError;
import io.omnipim.platform.errors.PimException;
import io.omnipim.platform.security.Author;
import io.omnipim.ui.shell.ContextChoice;
import io.omnipim.ui.shell.Links;
import io.omnipim.ui.shell.MoreMessages;
import io.omnipim.ui.shell.Shell;
import io.omnipim.ui.shell.Texts;

/**
 * Creates a variant from a product model's page: the axes of the level below the model (asked with the product
 * form's widgets), and the identifier of the new variant product, or the code of the new sub-model below the root
 * of a two-level family variant. A combination a sibling already has and an identifier already used are told at
 * their field before anything is written; the catalog's own checks stay the last word.
 */
@ApplicationScoped
public class VariantCreation {

    private static final int MAX_SIBLINGS = 200;

    private final ProductModelReadService models;
    private final ProductReadService products;
    private final StructureCache structure;
    private final NewVariantWriter writer;
    private final ObjectMapper json;

    public VariantCreation(ProductModelReadService models, ProductReadService products, StructureCache structure,
            NewVariantWriter writer, ObjectMapper json) {
        this.models = models;
        this.products = products;
        this.structure = structure;
        this.writer = writer;
        this.json = json;
    }

    /** The outcome of a creation: where to go next, or the form again with its errors. */
    public record Result(String next, NewVariantPage page) {
    }

    /** What the form needs from the model: its level below, the axes there and the siblings already there. */
    private record Level(ObjectNode model, CatalogStructure catalog, ContextChoice context, boolean subModel,
            List<Attribute> axes, List<ObjectNode> siblings) {
    }

    public NewVariantPage form(String model, String channel, String locale, Shell shell) {
        return page(level(model, channel, locale, shell), shell, null, "", null, null, List.of(), List.of());
    }

    public Result create(String model, String channel, String locale, Map<String, List<String>> form, Shell shell,
            Author author) {
        Level level = level(model, channel, locale, shell);
        MoreMessages more = Texts.more(shell);
        String code = ValueForm.first(form, "code").trim();
        List<FieldError> errors = new ArrayList<>();
        ObjectNode values = json.createObjectNode();
        for (Attribute axis : level.axes()) {
            JsonNode data = ValueForm.data(axis, form, List.of());
            if (data == null || data.isNull() || data.isArray() && data.isEmpty()) {
                errors.add(new FieldError("values", more.var_axis_required(label(axis, shell)), axis.code(), null,
                        null));
            } else {
                values.putArray(axis.code()).addObject().putNull("locale").putNull("scope").set("data", data);
            }
        }
        String codeError = code.isEmpty() ? more.var_identifier_required() : null;
        String axesError = errors.isEmpty() ? taken(level, values, shell) : null;
        if (!errors.isEmpty() || codeError != null || axesError != null) {
            return new Result(null, page(level, shell, form, code, codeError, axesError, errors, List.of()));
        }
        ObjectNode patch = json.createObjectNode();
        patch.put("parent", model);
        patch.set("values", values);
        try {
            PimException refused = level.subModel()
                    ? writer.model(code, patch, author).error()
                    : error(writer.product(code, patch, author));
            if (refused == null) {
                return new Result(level.subModel()
                        ? Links.model(code, level.context().channel(), level.context().locale())
                        : Links.product(code, level.context().channel(), level.context().locale()), null);
            }
            return new Result(null, refused(level, shell, form, code, refused));
        } catch (NewVariantWriter.Taken e) {
            String taken = level.subModel() ? more.var_code_taken(code) : more.var_identifier_taken(code);
            return new Result(null, page(level, shell, form, code, taken, null, List.of(), List.of()));
        }
    }

    private static PimException error(ProductOutcome outcome) {
        return outcome.error();
    }

    /** The catalog's refusal placed at the fields: the identifier, an axis, the combination, or elsewhere. */
    private NewVariantPage refused(Level level, Shell shell, Map<String, List<String>> form, String code,
            PimException error) {
        String codeError = null;
        String axesError = null;
        List<String> elsewhere = new ArrayList<>();
        Set<String> axes = new HashSet<>(level.axes().stream().map(Attribute::code).toList());
        for (FieldError e : error.errors()) {
            if ("identifier".equals(e.property()) || "code".equals(e.property())) {
                codeError = e.message();
            } else if (e.attribute() != null && axes.contains(e.attribute())) {
                continue; // FieldBuilder shows it at the axis
            } else if ("values".equals(e.property()) && e.attribute() == null) {
                axesError = e.message();
            } else {
                elsewhere.add(e.message());
            }
        }
        if (error.errors().isEmpty()) {
            elsewhere.add(error.getMessage());
        }
        return page(level, shell, form, code, codeError, axesError, error.errors(), elsewhere);
    }

    /** The sibling that already has this combination, told before the catalog would refuse it. */
    private String taken(Level level, ObjectNode values, Shell shell) {
        String wanted = combination(level.axes(), values);
        for (ObjectNode sibling : level.siblings()) {
            if (wanted.equals(combination(level.axes(), (ObjectNode) sibling.path("values")))) {
                return Texts.more(shell).var_axis_taken(level.model().path("code").asText(),
                        shown(level, sibling, shell));
            }
        }
        return null;
    }

    /** The axis values of standard-format values as one comparable text ("blue|m"). */
    static String combination(List<Attribute> axes, ObjectNode values) {
        List<String> parts = new ArrayList<>();
        for (Attribute axis : axes) {
            JsonNode data = values.path(axis.code()).path(0).path("data");
            parts.add(data.isObject()
                    ? amount(data.path("amount").asText()) + " " + data.path("unit").asText()
                    : data.asText().toLowerCase(java.util.Locale.ROOT));
        }
        return String.join("|", parts);
    }

    /** "42.50" and "42.5" are the same amount. */
    private static String amount(String text) {
        try {
            return new java.math.BigDecimal(ValueForm.decimal(text)).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private Level level(String code, String channel, String locale, Shell shell) {
        ObjectNode model = models.get(code, OutputOptions.ALL);
        CatalogStructure catalog = structure.forRead();
        ContextChoice context = ContextChoice.of(catalog, channel, locale, shell);
        FamilyVariant fv = catalog.familyVariants().get(model.path("family_variant").asText(""));
        int below = model.path("parent").isTextual() ? 2 : 1;
        if (fv == null || fv.level(below) == null) {
            throw PimException.notFound("The product model \"" + code + "\" has no level below it.");
        }
        boolean subModel = below < fv.levels();
        List<Attribute> axes = fv.level(below).axes().stream().map(catalog.attributes()::get)
                .filter(a -> a != null).toList();
        String filter = "{\"parent\":[{\"operator\":\"IN\",\"value\":[" + json.valueToTree(code) + "]}]}";
        List<ObjectNode> siblings = subModel
                ? models.list(filter, null, null, 1, null, MAX_SIBLINGS, OutputOptions.ALL).items()
                : products.list(filter, null, null, 1, null, MAX_SIBLINGS, false, OutputOptions.ALL).items();
        return new Level(model, catalog, context, subModel, axes, siblings);
    }

    private NewVariantPage page(Level level, Shell shell, Map<String, List<String>> typed, String code,
            String codeError, String axesError, List<FieldError> errors, List<String> problems) {
        FieldBuilder fields = new FieldBuilder(level.catalog(), level.context(), ContextChoice.labelLocale(shell),
                Texts.of(shell));
        Set<String> required = new HashSet<>(level.axes().stream().map(Attribute::code).toList());
        List<FieldView> axes = new ArrayList<>();
        fields.groups(level.axes(), json.createObjectNode(), Ownership.SIMPLE, true, required, Set.of(), typed, errors)
                .forEach(g -> axes.addAll(g.fields()));
        List<String> siblings = level.siblings().stream().map(s -> shown(level, s, shell)).toList();
        String code0 = level.model().path("code").asText();
        String label = AssociationsEditor.label(level.model(), level.catalog(), level.context());
        return new NewVariantPage(shell, code0, label == null ? code0 : label, level.context().channel(),
                level.context().locale(), level.subModel(), axes, axesError, code, codeError, problems, siblings);
    }

    /** A sibling as "MLR-TSE-WHT-M: M" (its identifier or code, then its axis values). */
    private static String shown(Level level, ObjectNode sibling, Shell shell) {
        String id = sibling.has("identifier") ? sibling.path("identifier").asText() : sibling.path("code").asText();
        List<String> parts = new ArrayList<>();
        for (Attribute axis : level.axes()) {
            JsonNode data = sibling.path("values").path(axis.code()).path(0).path("data");
            String text = data.isObject()
                    ? data.path("amount").asText() + " " + data.path("unit").asText()
                    : level.catalog().option(axis.code(), data.asText())
                            .map(o -> o.label(ContextChoice.labelLocale(shell))).orElse(data.asText());
            parts.add(text);
        }
        return id + ": " + String.join(", ", parts);
    }

    private static String label(Attribute a, Shell shell) {
        String label = a.labels() == null ? null : a.labels().get(ContextChoice.labelLocale(shell));
        return label == null || label.isBlank() ? a.code() : label;
    }
}
