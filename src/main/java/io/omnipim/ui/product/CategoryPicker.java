package io.omnipim.ui.product;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.category.Category;

/**
 * The category trees of the product form, the channel's tree first: every category with a checkbox, the
 * product's own categories ticked, those it inherits from its models ticked and locked. Branches holding a ticked
 * category start open, the others closed. The trees come flattened as rows that open and close nested lists, so
 * the template needs no recursion.
 *
 * @param rows the trees, depth first: a {@code close} row ends the children of the last open branch
 * @param chosen the ticked categories with their path, for the summary above the trees
 * @param inheritedFrom the model the locked categories come from, or null
 */
public record CategoryPicker(List<Row> rows, List<Chosen> chosen, boolean editable, String inheritedFrom) {

    static final String FIELD = "categories";
    static final String SHOWN = "categories_shown";

    /** One category, or the end of a branch's children. */
    public record Row(boolean close, String code, String label, boolean checked, boolean inherited, boolean branch,
            boolean expanded, boolean channelTree, int depth) {

        public String id() {
            return "cat-" + code.replaceAll("[^A-Za-z0-9_-]", "_");
        }
    }

    /** A ticked category: "Master catalog › Shoes › Running shoes". */
    public record Chosen(String code, String path, boolean inherited) {
    }

    static CategoryPicker of(CatalogStructure catalog, String channelTree, Set<String> own, Set<String> inherited,
            String labelLocale, boolean editable, String inheritedFrom) {
        Map<String, Category> all = catalog.categories();
        Comparator<Category> byLabel = Comparator.comparing((Category c) -> c.code().equals(channelTree) ? 0 : 1)
                .thenComparing(c -> label(c, labelLocale).toLowerCase(java.util.Locale.ROOT));
        List<Category> roots = all.values().stream().filter(c -> c.parent() == null || !all.containsKey(c.parent()))
                .sorted(byLabel).toList();
        // branches above a ticked category open, so every tick shows
        Set<String> open = new java.util.HashSet<>();
        own.forEach(code -> open.addAll(catalog.ancestors(code)));
        inherited.forEach(code -> open.addAll(catalog.ancestors(code)));
        List<Row> rows = new ArrayList<>();
        for (Category root : roots) {
            add(rows, root, new Tree(catalog, own, inherited, open, labelLocale, root.code().equals(channelTree)), 0);
        }
        List<Chosen> chosen = new ArrayList<>();
        for (String code : all.keySet().stream().sorted().toList()) {
            if (own.contains(code) || inherited.contains(code)) {
                chosen.add(new Chosen(code, path(catalog, code, labelLocale), inherited.contains(code)));
            }
        }
        chosen.sort(Comparator.comparing(Chosen::path));
        return new CategoryPicker(rows, chosen, editable, inheritedFrom);
    }

    /** What the walk of one tree needs. */
    private record Tree(CatalogStructure catalog, Set<String> own, Set<String> inherited, Set<String> open,
            String labelLocale, boolean channelTree) {
    }

    private static void add(List<Row> rows, Category c, Tree t, int depth) {
        List<String> children = t.catalog().childrenOf(c.code());
        boolean branch = !children.isEmpty() && depth < 20;
        boolean expanded = branch && (depth == 0 && t.channelTree() || t.open().contains(c.code()));
        boolean inherited = t.inherited().contains(c.code());
        rows.add(new Row(false, c.code(), label(c, t.labelLocale()), inherited || t.own().contains(c.code()),
                inherited, branch, expanded, t.channelTree(), depth));
        if (branch) {
            for (String child : children) {
                Category next = t.catalog().categories().get(child);
                if (next != null) {
                    add(rows, next, t, depth + 1);
                }
            }
            rows.add(new Row(true, c.code(), null, false, false, false, false, t.channelTree(), depth));
        }
    }

    static String path(CatalogStructure catalog, String code, String labelLocale) {
        List<String> parts = new ArrayList<>();
        List<String> ancestors = new ArrayList<>(catalog.ancestors(code));
        java.util.Collections.reverse(ancestors);
        ancestors.add(code);
        for (String a : ancestors) {
            Category c = catalog.categories().get(a);
            parts.add(c == null ? a : label(c, labelLocale));
        }
        return String.join(" › ", parts);
    }

    static String label(Category c, String labelLocale) {
        String label = c.labels() == null ? null : c.labels().get(labelLocale);
        return label == null || label.isBlank() ? c.code() : label;
    }
}
