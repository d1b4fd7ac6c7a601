package io.omnipim.ui.product;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.product.OutputOptions;
import io.omnipim.catalog.product.ProductModelReadService;
import io.omnipim.catalog.product.ProductReadService;
import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.association.AssociationType;
import io.omnipim.catalog.structure.core.StructureCache;
import io.omnipim.catalog.structure.family.Family;
import io.omnipim.platform.errors.FieldError;
import io.omnipim.platform.errors.PimException;
import io.omnipim.search.index.SearchUnavailable;
import io.omnipim.search.query.SearchItem;
import io.omnipim.search.query.SearchRequest;
import io.omnipim.search.query.SearchService;
import io.omnipim.ui.shell.ContextChoice;
import io.omnipim.ui.shell.Links;
import io.omnipim.ui.shell.Shell;

/**
 * The associations widget of the product form: each type with its products and models labelled in the form's
 * locale, the search that finds more to add (by identifier, code or label, through the search index), and the row
 * of one item added.
 */
@ApplicationScoped
public class AssociationsEditor {

    private static final int RESULTS = 8;

    private final ProductReadService products;
    private final ProductModelReadService models;
    private final SearchService search;
    private final StructureCache structure;
    private final ObjectMapper json;

    public AssociationsEditor(ProductReadService products, ProductModelReadService models, SearchService search,
            StructureCache structure, ObjectMapper json) {
        this.products = products;
        this.models = models;
        this.search = search;
        this.structure = structure;
        this.json = json;
    }

    /** The widget's search: {@code form} holds the items the type lists now, left out of the results. */
    public AssociationResults search(String product, String type, String q, Map<String, List<String>> form,
            String channel, String locale, Shell shell) {
        CatalogStructure catalog = structure.forRead();
        ContextChoice context = ContextChoice.of(catalog, channel, locale, shell);
        return search(product, type, q, AssociationForm.of(form, catalog).getOrDefault(type, List.of()), catalog,
                context, ContextChoice.labelLocale(shell));
    }

    /** The row of an item the user chose in the search results. */
    public AssociationView.Item added(String type, String kind, String code, String channel, String locale,
            Shell shell) {
        CatalogStructure catalog = structure.forRead();
        return added(type, kind, code, catalog, ContextChoice.of(catalog, channel, locale, shell));
    }

    /** Every association type with its items; errors of the last save shown at the type they name. */
    List<AssociationView> view(Map<String, List<AssociationForm.Entry>> entries, CatalogStructure catalog,
            ContextChoice context, String labelLocale, List<FieldError> errors) {
        List<AssociationForm.Entry> all = new ArrayList<>();
        entries.values().forEach(all::addAll);
        Map<String, String> labels = labels(all, catalog, context);
        List<AssociationView> out = new ArrayList<>();
        for (AssociationType type : catalog.associationTypes().values()) {
            boolean quantified = Boolean.TRUE.equals(type.isQuantified());
            List<AssociationView.Item> items = new ArrayList<>();
            for (AssociationForm.Entry e : AssociationForm.sorted(entries.getOrDefault(type.code(), List.of()))) {
                items.add(item(type.code(), quantified, e, labels.get(e.kind() + ":" + e.code()), context));
            }
            out.add(new AssociationView(type.code(), label(type, labelLocale), quantified, items,
                    errorOf(type.code(), errors)));
        }
        return out;
    }

    /** Products and models matching {@code q}, without the product itself and what the type already holds. */
    AssociationResults search(String product, String type, String q, List<AssociationForm.Entry> present,
            CatalogStructure catalog, ContextChoice context, String labelLocale) {
        AssociationType definition = known(type, catalog);
        Set<String> skip = new HashSet<>();
        skip.add(AssociationForm.PRODUCTS + ":" + product);
        present.forEach(e -> skip.add(e.kind() + ":" + e.code()));
        String typeLabel = label(definition, labelLocale);
        String wanted = q == null ? "" : q.trim();
        if (wanted.isEmpty()) {
            return new AssociationResults(product, type, typeLabel, wanted, List.of(), false);
        }
        List<AssociationView.Item> found = new ArrayList<>();
        boolean quantified = Boolean.TRUE.equals(definition.isQuantified());
        try {
            for (SearchItem hit : search.search(new SearchRequest(wanted, context.locale(), context.channel(), null,
                    null, null, RESULTS + skip.size(), null)).items()) {
                boolean model = hit.code() != null;
                AssociationForm.Entry e = new AssociationForm.Entry(
                        model ? AssociationForm.MODELS : AssociationForm.PRODUCTS,
                        model ? hit.code() : hit.identifier(), quantified ? "1" : null);
                if (e.code() != null && !skip.contains(e.kind() + ":" + e.code()) && found.size() < RESULTS) {
                    found.add(item(type, quantified, e, hit.label(), context));
                }
            }
        } catch (SearchUnavailable e) {
            return new AssociationResults(product, type, typeLabel, wanted, List.of(), true);
        } catch (PimException e) {
            if (e.status() != 503) {
                throw e;
            }
            return new AssociationResults(product, type, typeLabel, wanted, List.of(), true);
        }
        return new AssociationResults(product, type, typeLabel, wanted, found, false);
    }

    /** The row of one product or model just added to a type (quantity 1 when quantified). */
    AssociationView.Item added(String type, String kind, String code, CatalogStructure catalog,
            ContextChoice context) {
        AssociationType definition = known(type, catalog);
        boolean quantified = Boolean.TRUE.equals(definition.isQuantified());
        String k = AssociationForm.MODELS.equals(kind) ? AssociationForm.MODELS : AssociationForm.PRODUCTS;
        AssociationForm.Entry e = new AssociationForm.Entry(k, code, quantified ? "1" : null);
        return item(type, quantified, e, labels(List.of(e), catalog, context).get(k + ":" + code), context);
    }

    private static AssociationView.Item item(String type, boolean quantified, AssociationForm.Entry e, String label,
            ContextChoice context) {
        String url = e.model()
                ? Links.model(e.code(), context.channel(), context.locale())
                : Links.product(e.code(), context.channel(), context.locale());
        return new AssociationView.Item(e.kind(), e.code(), label == null || label.isBlank() ? e.code() : label, url,
                e.quantity(), e.field(type, quantified));
    }

    /** Labels of the items in the form's locale: one query for the products, one read per model. */
    private Map<String, String> labels(List<AssociationForm.Entry> entries, CatalogStructure catalog,
            ContextChoice context) {
        Map<String, String> out = new HashMap<>();
        List<String> identifiers = entries.stream().filter(e -> !e.model()).map(AssociationForm.Entry::code)
                .distinct().toList();
        if (!identifiers.isEmpty()) {
            ObjectNode filter = json.createObjectNode();
            ArrayNode in = filter.putArray("identifier").addObject().put("operator", "IN").putArray("value");
            identifiers.forEach(in::add);
            for (ObjectNode p : products.list(filter.toString(), null, null, 1, null, identifiers.size(), false,
                    OutputOptions.ALL).items()) {
                out.put(AssociationForm.PRODUCTS + ":" + p.path("identifier").asText(), label(p, catalog, context));
            }
        }
        entries.stream().filter(AssociationForm.Entry::model).map(AssociationForm.Entry::code).distinct()
                .forEach(code -> {
                    try {
                        out.put(AssociationForm.MODELS + ":" + code,
                                label(models.get(code, OutputOptions.ALL), catalog, context));
                    } catch (PimException e) {
                        // deleted meanwhile: listed by its code
                    }
                });
        return out;
    }

    /** The family's label attribute in the form's locale (or its only value when not localizable). */
    static String label(JsonNode item, CatalogStructure catalog, ContextChoice context) {
        Family family = catalog.families().get(item.path("family").asText(""));
        if (family == null || family.attributeAsLabel() == null) {
            return null;
        }
        String fallback = null;
        for (JsonNode v : item.path("values").path(family.attributeAsLabel())) {
            String locale = v.path("locale").asText(null);
            String scope = v.path("scope").asText(null);
            if (scope != null && !scope.equals(context.channel())) {
                continue;
            }
            if (locale == null || locale.equals(context.locale())) {
                return v.path("data").asText(null);
            }
            fallback = fallback == null ? v.path("data").asText(null) : fallback;
        }
        return fallback;
    }

    private static AssociationType known(String type, CatalogStructure catalog) {
        AssociationType definition = type == null ? null : catalog.associationTypes().get(type);
        if (definition == null) {
            throw PimException.notFound("The association type \"" + type + "\" does not exist.");
        }
        return definition;
    }

    static String label(AssociationType type, String labelLocale) {
        String label = type.labels() == null ? null : type.labels().get(labelLocale);
        return label == null || label.isBlank() ? type.code() : label;
    }

    private static String errorOf(String type, List<FieldError> errors) {
        return errors.stream()
                .filter(e -> ("associations".equals(e.property()) || "quantified_associations".equals(e.property()))
                        && e.message() != null && e.message().contains("\"" + type + "\""))
                .map(FieldError::message).findFirst().orElse(null);
    }
}
