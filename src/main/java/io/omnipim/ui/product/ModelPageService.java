package io.omnipim.ui.product;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.product.OutputOptions;
import io.omnipim.catalog.product.ProductModelReadService;
import io.omnipim.catalog.product.ProductReadService;
import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.attribute.Attribute;
import io.omnipim.catalog.structure.core.StructureCache;
import io.omnipim.catalog.structure.family.Family;
import io.omnipim.ui.shell.ContextChoice;
import io.omnipim.ui.shell.Links;
import io.omnipim.ui.shell.Shell;
import io.omnipim.ui.shell.Texts;

/**
 * A product model's page: its values (its own and those of the root model above it) and its sub-models and
 * variants with their completeness, so a merchandiser following an inherited value lands where it is set.
 */
@ApplicationScoped
public class ModelPageService {

    private static final int MAX_CHILDREN = 100;

    private final ProductModelReadService models;
    private final ProductReadService products;
    private final StructureCache structure;
    private final PageReader pages;

    public ModelPageService(ProductModelReadService models, ProductReadService products, StructureCache structure,
            PageReader pages) {
        this.models = models;
        this.products = products;
        this.structure = structure;
        this.pages = pages;
    }

    public EditorView view(String code, String channel, String locale, Shell shell) {
        ObjectNode model = models.get(code, OutputOptions.ALL);
        CatalogStructure catalog = structure.forRead();
        ContextChoice context = ContextChoice.of(catalog, channel, locale, shell);
        String labelLocale = ContextChoice.labelLocale(shell);
        Family family = catalog.families().get(model.path("family").asText(""));
        String parent = model.path("parent").asText(null);
        List<String> lineage = parent == null ? List.of() : pages.lineage(parent).codes();
        Ownership ownership = Ownership.ofModel(catalog, model.path("family_variant").asText(null), lineage);
        FieldBuilder fields = new FieldBuilder(catalog, context, labelLocale, Texts.of(shell));
        ObjectNode values = (ObjectNode) model.path("values");
        List<Attribute> attributes = fields.attributes(family, values, ownership);
        List<GroupView> groups = fields.groups(attributes, values, ownership, false, PageReader.required(family,
                context), java.util.Set.of(), null, List.of());
        String label = PageReader.shown(fields, family, values, family == null ? null : family.attributeAsLabel(),
                catalog);
        String image = PageReader.shown(fields, family, values, family == null ? null : family.attributeAsImage(),
                catalog);
        return new EditorView(shell, context, true, code, label == null ? code : label, Links.media(image),
                PageReader.familyLabel(family, labelLocale), parent,
                parent == null ? null : Links.model(parent, context.channel(), context.locale()), 0,
                PageReader.date(model.get("updated")), true, groups, null, List.of(), List.of(), null, List.of(),
                children(code, context, family, catalog), null, List.of());
    }

    private List<EditorView.Child> children(String code, ContextChoice context, Family family,
            CatalogStructure catalog) {
        List<EditorView.Child> out = new ArrayList<>();
        String parentFilter = "{\"parent\":[{\"operator\":\"IN\",\"value\":[\"" + code.replace("\"", "") + "\"]}]}";
        for (ObjectNode sub : models.list(parentFilter, null, null, 1, null, MAX_CHILDREN, OutputOptions.ALL)
                .items()) {
            String subCode = sub.path("code").asText();
            out.add(new EditorView.Child(subCode, label(sub, family, context, subCode), Links.model(subCode,
                    context.channel(), context.locale()), true, null));
        }
        ProductReadService.Page variants = products.list(parentFilter, null, null, 1, null, MAX_CHILDREN, false,
                new OutputOptions(null, null, null, true));
        for (ObjectNode p : variants.items()) {
            String identifier = p.path("identifier").asText();
            Integer ratio = null;
            for (JsonNode c : p.path("completenesses")) {
                if (context.channel().equals(c.path("scope").asText())
                        && context.locale().equals(c.path("locale").asText())) {
                    ratio = c.path("data").asInt();
                }
            }
            out.add(new EditorView.Child(identifier, label(p, family, context, identifier),
                    Links.product(identifier, context.channel(), context.locale()), false, ratio));
        }
        return out;
    }

    private static String label(ObjectNode item, Family family, ContextChoice context, String fallback) {
        if (family == null || family.attributeAsLabel() == null) {
            return fallback;
        }
        for (JsonNode v : item.path("values").path(family.attributeAsLabel())) {
            String locale = v.path("locale").asText(null);
            if (locale == null || locale.equals(context.locale())) {
                return v.path("data").asText(fallback);
            }
        }
        return fallback;
    }
}
