package io.omnipim.ui.bulk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.omnipim.bulk.edit.BulkEditAction;
import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.attribute.Attribute;
import io.omnipim.catalog.structure.attribute.AttributeType;
import io.omnipim.catalog.structure.category.Category;
import io.omnipim.catalog.structure.core.StructureCache;
import io.omnipim.ui.shell.ContextChoice;
import io.omnipim.ui.shell.Shell;

/** Builds the bulk bar of the product grid from the catalog structure, labelled in the user's language. */
@ApplicationScoped
public class BulkBarService {

    private final StructureCache structure;

    public BulkBarService(StructureCache structure) {
        this.structure = structure;
    }

    /** The bar for an editor; null for a viewer, who sees no selection and no bulk action. */
    public BulkBar bar(Shell shell) {
        if (!shell.canEdit()) {
            return null;
        }
        CatalogStructure catalog = structure.forRead();
        String labels = ContextChoice.labelLocale(shell);
        List<String> actions = List.of(BulkEditAction.Type.values()).stream().map(BulkEditAction.Type::code)
                .toList();
        List<BulkBar.AttributeChoice> attributes = catalog.attributes().values().stream()
                .filter(a -> settable(a.attributeType()))
                .map(a -> new BulkBar.AttributeChoice(a.code(), label(a, labels), a.isLocalizable(), a.isScopable()))
                .sorted(Comparator.comparing(BulkBar.AttributeChoice::label, String.CASE_INSENSITIVE_ORDER)).toList();
        List<BulkBar.Choice> families = catalog.families().values().stream()
                .map(f -> choice("bulk-family-", f.code(), label(f.labels(), labels, f.code())))
                .sorted(Comparator.comparing(BulkBar.Choice::label, String.CASE_INSENSITIVE_ORDER)).toList();
        List<BulkBar.Choice> locales = catalog.activeLocales().stream().sorted()
                .map(l -> choice("bulk-locale-", l, ContextChoice.localeName(l, shell.locale()))).toList();
        List<BulkBar.Choice> channels = catalog.channels().values().stream()
                .map(c -> choice("bulk-scope-", c.code(), ContextChoice.label(c, labels)))
                .sorted(Comparator.comparing(BulkBar.Choice::label, String.CASE_INSENSITIVE_ORDER)).toList();
        return new BulkBar(actions, categories(catalog, labels), attributes, families, locales, channels);
    }

    /** Every category but the roots, each under its path ("Clothing › Women") in tree order. */
    private static List<BulkBar.Choice> categories(CatalogStructure catalog, String locale) {
        List<BulkBar.Choice> out = new ArrayList<>();
        catalog.categories().values().stream().filter(c -> c.parent() == null)
                .sorted(Comparator.comparing(Category::code))
                .forEach(root -> walk(catalog, root.code(), "", locale, out));
        return out;
    }

    private static void walk(CatalogStructure catalog, String parent, String path, String locale,
            List<BulkBar.Choice> out) {
        for (String code : catalog.childrenOf(parent)) {
            Category category = catalog.categories().get(code);
            String label = path + label(category.labels(), locale, code);
            out.add(choice("bulk-cat-", code, label));
            walk(catalog, code, label + " › ", locale, out);
        }
    }

    /** Identifiers are unique and files are uploaded one by one: neither is set on many products at once. */
    private static boolean settable(AttributeType type) {
        return type != AttributeType.IDENTIFIER && !type.isMedia() && type != AttributeType.TABLE;
    }

    private static String label(Attribute attribute, String locale) {
        String label = attribute.labels() == null ? null : attribute.labels().get(locale);
        return label == null || label.isBlank() ? attribute.code() : label;
    }

    private static String label(Map<String, String> labels, String locale, String code) {
        String label = labels == null ? null : labels.get(locale);
        return label == null || label.isBlank() ? code : label;
    }

    private static BulkBar.Choice choice(String prefix, String code, String label) {
        return new BulkBar.Choice(prefix + code.replaceAll("[^A-Za-z0-9_-]", "_"), code, label);
    }
}
