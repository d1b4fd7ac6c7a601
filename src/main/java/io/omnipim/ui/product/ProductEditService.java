package io.omnipim.ui.product;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.product.OutputOptions;
import io.omnipim.catalog.product.ProductCommand;
import io.omnipim.catalog.product.ProductOutcome;
import io.omnipim.catalog.product.ProductReadService;
import io.omnipim.catalog.product.ProductWriteService;
import io.omnipim.catalog.product.completeness.CompletenessRow;
import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.attribute.Attribute;
import io.omnipim.catalog.structure.core.StructureCache;
import io.omnipim.catalog.structure.family.Family;
import io.omnipim.platform.errors.FieldError;
import io.omnipim.platform.errors.PimException;
import io.omnipim.platform.security.Author;
import io.omnipim.ui.shell.ContextChoice;
import io.omnipim.ui.shell.Links;
import io.omnipim.ui.shell.Messages;
import io.omnipim.ui.shell.Shell;
import io.omnipim.ui.shell.Texts;

/**
 * The product page: reads a product through the catalog's read service, and saves the fields the user changed
 * through the write service, with the version the form was read at, so someone else's save in between is
 * reported (412) instead of overwritten.
 */
@ApplicationScoped
public class ProductEditService {

    private final ProductReadService products;
    private final ProductWriteService writer;
    private final StructureCache structure;
    private final PageReader pages;
    private final AssociationsEditor associations;
    private final ObjectMapper json;

    public ProductEditService(ProductReadService products, ProductWriteService writer, StructureCache structure,
            PageReader pages, AssociationsEditor associations, ObjectMapper json) {
        this.products = products;
        this.writer = writer;
        this.structure = structure;
        this.pages = pages;
        this.associations = associations;
        this.json = json;
    }

    /**
     * What the form is built from: the product, its structure, the chosen context, and the categories it inherits
     * from its models ({@code inherited}, empty for a simple product).
     */
    private record Loaded(ProductReadService.Found found, CatalogStructure catalog, ContextChoice context,
            Family family, Ownership ownership, FieldBuilder fields, List<Attribute> attributes,
            Set<String> inherited) {

        /** The product's own categories: those it shows minus those its models give it. */
        Set<String> ownCategories() {
            Set<String> own = new TreeSet<>();
            found.body().path("categories").forEach(c -> own.add(c.asText()));
            own.removeAll(inherited);
            return own;
        }
    }

    public EditorView view(String identifier, String channel, String locale, Shell shell) {
        return render(load(identifier, channel, locale, shell), shell, null, List.of(), null, null);
    }

    /** The page with errors placed at their fields (an image the media service refused). */
    public EditorView viewWithErrors(String identifier, String channel, String locale, Shell shell,
            List<FieldError> errors) {
        return render(load(identifier, channel, locale, shell), shell, null, errors, null, null);
    }

    /**
     * Saves what changed on the form ({@code form}: every field as sent). Answers the page to show next: fresh
     * after a save, or what the user typed with the errors or the conflict.
     */
    public EditorView save(String identifier, long version, String channel, String locale,
            Map<String, List<String>> form, Shell shell, Author author) {
        Loaded loaded = load(identifier, channel, locale, shell);
        Messages msg = Texts.of(shell);
        ObjectNode patch = patch(loaded, form, shell);
        if (patch.isEmpty()) {
            return render(loaded, shell, null, List.of(), Banner.notice(msg.form_unchanged()), null);
        }
        ProductOutcome outcome = writer.upsert(List.of(new ProductCommand(1, identifier, null, patch, version)),
                author).get(0);
        if (outcome.ok()) {
            return render(load(identifier, channel, locale, shell), shell, null, List.of(),
                    Banner.success(msg.form_saved()), null);
        }
        PimException error = outcome.error();
        if (error.status() == 412) {
            return render(loaded, shell, form, List.of(), Banner.conflict(msg.form_conflict()), version);
        }
        List<String> elsewhere = new ArrayList<>();
        for (FieldError e : error.errors()) {
            if (e.attribute() == null || loaded.attributes().stream().noneMatch(a -> a.code().equals(e.attribute()))) {
                elsewhere.add((e.attribute() != null ? e.attribute() : e.property()) + ": " + e.message());
            }
        }
        if (error.errors().isEmpty()) {
            elsewhere.add(error.getMessage());
        }
        return render(loaded, shell, form, error.errors(), Banner.invalid(msg.form_invalid(), elsewhere), version);
    }

    private Loaded load(String identifier, String channel, String locale, Shell shell) {
        ProductReadService.Found found = products.byIdentifier(identifier, OutputOptions.ALL);
        CatalogStructure catalog = structure.forRead();
        ContextChoice context = ContextChoice.of(catalog, channel, locale, shell);
        ObjectNode body = found.body();
        Family family = catalog.families().get(body.path("family").asText(""));
        String parent = body.path("parent").asText(null);
        Ownership ownership = Ownership.SIMPLE;
        Set<String> inherited = Set.of();
        if (parent != null) {
            PageReader.Lineage lineage = pages.lineage(parent);
            ownership = Ownership.ofProduct(catalog, lineage.familyVariant(), lineage.codes());
            inherited = lineage.categories();
        }
        FieldBuilder fields = new FieldBuilder(catalog, context, ContextChoice.labelLocale(shell), Texts.of(shell));
        return new Loaded(found, catalog, context, family, ownership, fields,
                fields.attributes(family, (ObjectNode) body.path("values"), ownership), inherited);
    }

    /** The changed fields as a PATCH of the product: values in the form's channel and locale, and enabled. */
    private ObjectNode patch(Loaded loaded, Map<String, List<String>> form, Shell shell) {
        ObjectNode patch = json.createObjectNode();
        ObjectNode values = (ObjectNode) loaded.found().body().path("values");
        ContextChoice context = loaded.context();
        List<String> currencies = loaded.fields().currencies();
        for (Attribute a : loaded.attributes()) {
            if (!loaded.fields().editable(a, loaded.ownership(), shell.canEdit())) {
                continue;
            }
            Map<String, List<String>> shown = ValueForm.fields(a, loaded.fields().value(values, a), currencies);
            if (!ValueForm.changed(shown, form, a)) {
                continue;
            }
            ObjectNode entry = json.createObjectNode();
            entry.put("locale", a.isLocalizable() ? context.locale() : null);
            entry.put("scope", a.isScopable() ? context.channel() : null);
            entry.set("data", ValueForm.data(a, form, currencies));
            ObjectNode patchValues = patch.has("values") ? (ObjectNode) patch.get("values") : patch.putObject("values");
            ArrayNode list = patchValues.putArray(a.code());
            list.add(entry);
        }
        List<String> enabled = form.get("enabled");
        if (shell.canEdit() && enabled != null && !enabled.isEmpty()) {
            boolean wanted = Boolean.parseBoolean(enabled.get(0));
            if (wanted != loaded.found().body().path("enabled").asBoolean()) {
                patch.put("enabled", wanted);
            }
        }
        if (shell.canEdit() && form.containsKey(CategoryPicker.SHOWN)) {
            Set<String> sent = new TreeSet<>(form.getOrDefault(CategoryPicker.FIELD, List.of()));
            sent.removeAll(loaded.inherited());
            if (!sent.equals(loaded.ownCategories())) {
                ArrayNode categories = patch.putArray("categories");
                sent.forEach(categories::add);
            }
        }
        if (shell.canEdit() && form.containsKey(AssociationForm.SHOWN)) {
            AssociationForm.patch(patch, AssociationForm.of(loaded.found().body(), loaded.catalog()),
                    AssociationForm.of(form, loaded.catalog()), loaded.catalog());
        }
        return patch;
    }

    private EditorView render(Loaded loaded, Shell shell, Map<String, List<String>> typed, List<FieldError> errors,
            Banner banner, Long formVersion) {
        ObjectNode body = loaded.found().body();
        ObjectNode values = (ObjectNode) body.path("values");
        CatalogStructure catalog = loaded.catalog();
        ContextChoice context = loaded.context();
        String labelLocale = ContextChoice.labelLocale(shell);
        String identifier = body.path("identifier").asText();
        List<CompletenessRow> completeness = loaded.family() == null
                ? List.of()
                : PageReader.completeness(loaded.family().code(), values, catalog);
        CompletenessRow current = PageReader.row(completeness, context);
        List<GroupView> groups = loaded.fields().groups(loaded.attributes(), values, loaded.ownership(),
                shell.canEdit(), PageReader.required(loaded.family(), context),
                current == null ? java.util.Set.of() : new HashSet<>(current.missingAttributes()), typed, errors);
        List<String> editable = loaded.attributes().stream()
                .filter(a -> loaded.fields().editable(a, loaded.ownership(), shell.canEdit())).map(Attribute::code)
                .toList();
        Family family = loaded.family();
        String label = PageReader.shown(loaded.fields(), family, values,
                family == null ? null : family.attributeAsLabel(), catalog);
        String image = PageReader.shown(loaded.fields(), family, values,
                family == null ? null : family.attributeAsImage(), catalog);
        String parent = body.path("parent").asText(null);
        boolean enabled = typed != null && typed.containsKey("enabled")
                ? Boolean.parseBoolean(typed.get("enabled").get(0))
                : body.path("enabled").asBoolean();
        boolean typedExtras = typed != null && typed.containsKey(CategoryPicker.SHOWN);
        Set<String> ownCategories = typedExtras
                ? new TreeSet<>(typed.getOrDefault(CategoryPicker.FIELD, List.of()))
                : loaded.ownCategories();
        CategoryPicker picker = CategoryPicker.of(catalog, catalog.channel(context.channel())
                .map(c -> c.categoryTree()).orElse(null), ownCategories, loaded.inherited(), labelLocale,
                shell.canEdit(), parent);
        List<AssociationView> linked = associations.view(typed != null && typed.containsKey(AssociationForm.SHOWN)
                ? AssociationForm.of(typed, catalog)
                : AssociationForm.of(body, catalog), catalog, context, labelLocale, errors);
        return new EditorView(shell, context, false, identifier, label == null ? identifier : label,
                Links.media(image), PageReader.familyLabel(family, labelLocale), parent,
                parent == null ? null : Links.model(parent, context.channel(), context.locale()),
                formVersion != null ? formVersion : loaded.found().version(), PageReader.date(body.get("updated")),
                enabled, groups, current == null ? null : current.ratio(),
                PageReader.missing(current, catalog, labelLocale),
                PageReader.matrix(completeness, catalog, context, identifier, labelLocale), banner, editable,
                List.of(), picker, linked);
    }
}
