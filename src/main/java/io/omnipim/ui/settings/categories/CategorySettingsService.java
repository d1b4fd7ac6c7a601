package io.omnipim.ui.settings.categories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.category.Category;
import io.omnipim.catalog.structure.category.CategoryKind;
import io.omnipim.catalog.structure.core.StructureCache;
import io.omnipim.catalog.structure.core.StructureService;
import io.omnipim.ui.settings.Choice;
import io.omnipim.ui.settings.FormInput;
import io.omnipim.ui.settings.SettingsForm;

/** The category trees: shown nested, a category's labels, a new child or tree, a move under another parent. */
@ApplicationScoped
public class CategorySettingsService {

    /** Levels unfolded when the tree is first shown; deeper ones open on demand. */
    static final int OPEN_LEVELS = 2;

    private final StructureService structure;
    private final CategoryKind kind;
    private final StructureCache cache;
    private final ObjectMapper json;

    public CategorySettingsService(StructureService structure, CategoryKind kind, StructureCache cache,
            ObjectMapper json) {
        this.structure = structure;
        this.kind = kind;
        this.cache = cache;
        this.json = json;
    }

    /** Every tree, roots by code; the way to {@code current} is unfolded. */
    public List<CategoryNode> trees(String locale, String current) {
        CatalogStructure catalog = cache.current();
        Set<String> path = current == null || !catalog.categories().containsKey(current)
                ? Set.of()
                : Set.copyOf(catalog.ancestors(current));
        return catalog.categories().values().stream().filter(c -> c.parent() == null)
                .sorted(Comparator.comparing(Category::code)).map(c -> node(c, 0, catalog, locale, path, current))
                .toList();
    }

    private CategoryNode node(Category c, int depth, CatalogStructure catalog, String locale, Set<String> path,
            String current) {
        List<CategoryNode> children = new ArrayList<>();
        for (String child : catalog.childrenOf(c.code())) {
            Category category = catalog.categories().get(child);
            if (category != null) {
                children.add(node(category, depth + 1, catalog, locale, path, current));
            }
        }
        children.sort(Comparator.comparing(CategoryNode::label, String.CASE_INSENSITIVE_ORDER));
        return new CategoryNode(c.code(), Choice.label(c.labels(), locale, c.code()), children,
                depth < OPEN_LEVELS || path.contains(c.code()), c.code().equals(current));
    }

    public CategoryPage page(String code, String locale, String saved) {
        Category category = structure.get(kind, code);
        return page(category, SettingsForm.of(category, json), SettingsForm.empty(), SettingsForm.empty(), locale,
                saved);
    }

    public CategoryPage page(Category category, SettingsForm form, SettingsForm move, SettingsForm child, String locale,
            String saved) {
        CatalogStructure catalog = cache.current();
        List<Choice> path = new ArrayList<>();
        List<String> ancestors = new ArrayList<>(catalog.ancestors(category.code()));
        java.util.Collections.reverse(ancestors);
        for (String a : ancestors) {
            Category c = catalog.categories().get(a);
            path.add(Choice.of(a, c == null ? null : c.labels(), locale));
        }
        String root = catalog.rootOf(category.code());
        Set<String> below = catalog.withDescendants(category.code());
        List<Choice> parents = catalog.withDescendants(root).stream().filter(c -> !below.contains(c))
                .map(c -> Choice.of(c, catalog.categories().get(c).labels(), locale)).sorted(Choice.BY_LABEL)
                .toList();
        CategoryNode tree = trees(locale, category.code()).stream().filter(t -> t.code().equals(root)).findFirst()
                .orElse(null);
        return new CategoryPage(category.code(), Choice.label(category.labels(), locale, category.code()),
                category.parent() == null, path, form, Choice.locales(labelLocales(), locale), parents,
                move.values().isEmpty()
                        ? SettingsForm.of(java.util.Map.of("parent",
                                category.parent() == null ? List.of() : List.of(category.parent())))
                        : move,
                child, tree, saved);
    }

    /** A new category: a child when {@code parent} is given, else a new tree. */
    public String create(String parent, FormInput input) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        input.putText(body, "code");
        if (parent != null) {
            structure.get(kind, parent);
            body.put("parent", parent);
        }
        input.putLabels(body, "labels", labelLocales());
        return structure.create(kind, body).code();
    }

    public void relabel(String code, FormInput input) {
        structure.get(kind, code);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        input.putLabels(body, "labels", labelLocales());
        structure.upsert(kind, code, body);
    }

    /** Moves the category (and what is below it) under {@code parent}; the service refuses cycles and other trees. */
    public void move(String code, FormInput input) {
        structure.get(kind, code);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        input.putText(body, "parent");
        structure.upsert(kind, code, body);
    }

    /**
     * Deletes through the API's service, which refuses while the category has sub-categories or products;
     * answers its parent (null for a tree) so the screen can go back there.
     */
    public String delete(String code) {
        String parent = structure.get(kind, code).parent();
        structure.delete(kind, code);
        return parent;
    }

    /** The form values of a category as stored. */
    public SettingsForm stored(Category category) {
        return SettingsForm.of(category, json);
    }

    public Category category(String code) {
        return structure.get(kind, code);
    }

    public List<String> labelLocales() {
        return cache.current().enabledLocales().stream().sorted().toList();
    }
}
