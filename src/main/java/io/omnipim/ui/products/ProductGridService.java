package io.omnipim.ui.products;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.bulk.edit.BulkSelection;
import io.omnipim.catalog.product.ProductModelReadService;
import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.core.StructureCache;
import io.omnipim.catalog.structure.family.Family;
import io.omnipim.platform.errors.PimException;
import io.omnipim.search.index.SearchUnavailable;
import io.omnipim.search.query.FacetValue;
import io.omnipim.search.query.SearchItem;
import io.omnipim.search.query.SearchPage;
import io.omnipim.search.query.SearchRequest;
import io.omnipim.search.query.SearchService;
import io.omnipim.ui.shell.ContextChoice;
import io.omnipim.ui.shell.Links;
import io.omnipim.ui.shell.Messages;
import io.omnipim.ui.shell.Shell;
import io.omnipim.ui.shell.Texts;

/**
 * The product grid over the search index: one Elasticsearch request gives the page, the total and the facet
 * counts; one SQL query adds the variant counts of the models on the page.
 */
@ApplicationScoped
public class ProductGridService {

    static final int PAGE_SIZE = 25;
    static final String FACETS = "family,categories,enabled,completeness,type";

    private final SearchService search;
    private final StructureCache structure;
    private final ProductModelReadService models;
    private final ObjectMapper json;

    public ProductGridService(SearchService search, StructureCache structure, ProductModelReadService models,
            ObjectMapper json) {
        this.search = search;
        this.structure = structure;
        this.models = models;
        this.json = json;
    }

    public GridPage page(GridQuery query, Shell shell) {
        CatalogStructure catalog = structure.forRead();
        ContextChoice context = ContextChoice.of(catalog, query.channel(), query.locale(), shell);
        GridQuery q = new GridQuery(query.q(), context.channel(), context.locale(), query.families(),
                query.categories(), query.enabled(), query.completeness(), query.types(), query.sort(),
                query.after(), query.back());
        SearchPage found;
        try {
            found = search.search(new SearchRequest(q.q().isEmpty() ? null : q.q(), context.locale(),
                    context.channel(), filters(q, context), FACETS, q.sort(), PAGE_SIZE, q.after()));
        } catch (SearchUnavailable e) {
            return unavailable(shell, q, context);
        } catch (PimException e) {
            if (e.status() == 503 || e.status() == 422 && q.after() != null) {
                return unavailable(shell, q, context);
            }
            throw e;
        }
        Messages msg = Texts.of(shell);
        List<GridRow> rows = rows(found.items(), catalog, context);
        return new GridPage(shell, q, context, rows, facets(found.facets(), q, msg), found.totalLabel(),
                found.searchAfter() == null ? null : q.nextUrl(found.searchAfter()), q.previousUrl(), false,
                products(found.facets(), q));
    }

    private GridPage unavailable(Shell shell, GridQuery q, ContextChoice context) {
        return new GridPage(shell, q, context, List.of(), List.of(), "0", null, null, true, 0);
    }

    /**
     * The grid's search as a bulk edit selects by it: the same words, filters, channel and locale, so "all
     * products of this search" means what the grid shows (models aside).
     */
    public BulkSelection.Search selection(GridQuery query, Shell shell) {
        ContextChoice context = ContextChoice.of(structure.forRead(), query.channel(), query.locale(), shell);
        return new BulkSelection.Search(query.q().isEmpty() ? null : query.q(), context.locale(), context.channel(),
                filters(query, context));
    }

    /** How many products (not models) the search finds: the type facet counts them; none if products are untyped. */
    private static long products(Map<String, List<FacetValue>> facets, GridQuery q) {
        if (!q.types().isEmpty() && !q.types().contains("product")) {
            return 0;
        }
        return facets.getOrDefault("type", List.of()).stream().filter(f -> f.code().equals("product"))
                .mapToLong(FacetValue::count).sum();
    }

    /** The grid's selections as Akeneo search filters; a facet with every choice ticked filters nothing. */
    String filters(GridQuery q, ContextChoice context) {
        ObjectNode search = json.createObjectNode();
        in(search, "family", q.families());
        in(search, "categories", q.categories());
        in(search, "type", q.types());
        if (q.enabled().size() == 1) {
            search.putArray("enabled").addObject().put("operator", "=")
                    .put("value", Boolean.parseBoolean(q.enabled().get(0)));
        }
        if (q.completeness().size() == 1) {
            boolean complete = q.completeness().get(0).equals("complete");
            search.putArray("completeness").addObject().put("operator", complete ? "=" : "<").put("value", 100)
                    .put("scope", context.channel()).put("locale", context.locale());
        }
        if (!q.everyLevel()) {
            search.putArray("parent").addObject().put("operator", "EMPTY");
        }
        return search.isEmpty() ? null : search.toString();
    }

    private static void in(ObjectNode search, String field, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode codes = search.putArray(field).addObject().put("operator", "IN").putArray("value");
            values.forEach(codes::add);
        }
    }

    private List<GridRow> rows(List<SearchItem> items, CatalogStructure catalog, ContextChoice context) {
        List<String> modelCodes = items.stream().filter(i -> i.code() != null).map(SearchItem::code).toList();
        Map<String, Long> variants = models.variantCounts(modelCodes);
        List<GridRow> rows = new ArrayList<>();
        for (SearchItem item : items) {
            boolean model = item.code() != null;
            String code = model ? item.code() : item.identifier();
            String url = model
                    ? Links.model(code, context.channel(), context.locale())
                    : Links.product(code, context.channel(), context.locale());
            Family family = item.family() == null ? null : catalog.families().get(item.family());
            String familyLabel = family == null
                    ? item.family()
                    : family.labels().getOrDefault(context.locale(), family.code());
            rows.add(new GridRow(model, code, item.label() == null ? code : item.label(), url,
                    Links.media(item.image()), familyLabel, item.enabled(), model ? null : item.completeness(),
                    model ? variants.getOrDefault(code, 0L) : null));
        }
        return rows;
    }

    private static List<GridFacet> facets(Map<String, List<FacetValue>> facets, GridQuery q, Messages msg) {
        List<GridFacet> out = new ArrayList<>();
        out.add(facet("family", msg.family(), facets.get("family"), q.families(), null, msg, true));
        out.add(facet("completeness", msg.completeness(), facets.get("completeness"), q.completeness(),
                List.of("incomplete", "complete"), msg, false));
        out.add(facet("enabled", msg.status(), facets.get("enabled"), q.enabled(), List.of("true", "false"), msg,
                false));
        out.add(facet("type", msg.type(), facets.get("type"), q.types(), List.of("product_model", "product"), msg,
                false));
        out.add(facet("categories", msg.categories(), facets.get("categories"), q.categories(), null, msg, true));
        return out;
    }

    /**
     * The values of one facet; the ticked ones stay listed even when the other selections leave them no document,
     * so they can be unticked.
     */
    private static GridFacet facet(String name, String legend, List<FacetValue> values, List<String> selected,
            List<String> order, Messages msg, boolean scroll) {
        List<FacetValue> found = values == null ? List.of() : values;
        List<GridFacet.Choice> choices = new ArrayList<>();
        List<String> codes = order != null ? order : found.stream().map(FacetValue::code).toList();
        for (String code : codes) {
            FacetValue v = found.stream().filter(f -> f.code().equals(code)).findFirst().orElse(null);
            if (v == null && order != null && !selected.contains(code)) {
                continue;
            }
            choices.add(choice(name, code, v == null ? null : v.label(), v == null ? 0 : v.count(),
                    selected.contains(code), msg));
        }
        for (String code : selected) {
            if (choices.stream().noneMatch(c -> c.code().equals(code))) {
                choices.add(choice(name, code, null, 0, true, msg));
            }
        }
        return new GridFacet(name, legend, choices, scroll && choices.size() > 8);
    }

    private static GridFacet.Choice choice(String facet, String code, String label, long count, boolean checked,
            Messages msg) {
        return new GridFacet.Choice("f-" + facet + "-" + code.replaceAll("[^A-Za-z0-9_-]", "_"), code,
                label(facet, code, label, msg), count, checked);
    }

    private static String label(String facet, String code, String label, Messages msg) {
        switch (facet) {
            case "enabled" :
                return "true".equals(code) ? msg.enabled() : msg.disabled();
            case "completeness" :
                return "complete".equals(code) ? msg.complete() : msg.incomplete();
            case "type" :
                return "product".equals(code) ? msg.type_product() : msg.type_product_model();
            default :
                return label == null || label.isBlank() ? code : label;
        }
    }
}
