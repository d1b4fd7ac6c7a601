package io.omnipim.catalog.structure.category;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.omnipim.catalog.structure.CatalogStructure;
import io.omnipim.catalog.structure.core.Codes;
import io.omnipim.catalog.structure.core.Maps;
import io.omnipim.catalog.structure.core.StructureKind;
import io.omnipim.catalog.structure.core.StructureUsage;
import io.omnipim.platform.errors.FieldError;

/** Categories: trees of any depth; moving a category under itself or its descendants is refused. */
@ApplicationScoped
public class CategoryKind implements StructureKind<Category> {

    @Override
    public String name() {
        return "category";
    }

    @Override
    public String label() {
        return "Category";
    }

    @Override
    public Class<Category> type() {
        return Category.class;
    }

    @Override
    public String codeOf(Category value) {
        return value.code();
    }

    @Override
    public String parentOf(Category value) {
        return value.parent();
    }

    @Override
    public Category normalize(Category c, CatalogStructure catalog) {
        String updated = OffsetDateTime.now(ZoneOffset.UTC).withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        return new Category(c.code(), c.parent(), updated, c.position(), Maps.clean(c.labels()));
    }

    @Override
    public List<FieldError> validate(Category c, Category previous, CatalogStructure catalog) {
        List<FieldError> errors = Codes.errors();
        Codes.check(c.code(), errors);
        Codes.checkLabels(c.labels(), catalog.locales(), errors);
        if (c.parent() == null) {
            if (previous != null && previous.parent() != null) {
                errors.add(FieldError.of("parent", "A category cannot become a tree root."));
            }
            return errors;
        }
        if (!catalog.categories().containsKey(c.parent())) {
            errors.add(FieldError.of("parent", "The category \"" + c.parent() + "\" does not exist."));
        } else if (c.parent().equals(c.code()) || catalog.ancestors(c.parent()).contains(c.code())) {
            errors.add(FieldError.of("parent", "The category \"" + c.code() + "\" cannot be moved under \""
                    + c.parent() + "\": that would make a cycle."));
        } else if (previous != null && previous.parent() == null) {
            errors.add(FieldError.of("parent", "A tree root cannot be moved into another tree."));
        }
        return errors;
    }

    @Override
    public String deletionBlocker(Category c, CatalogStructure catalog, StructureUsage usage) {
        if (!catalog.childrenOf(c.code()).isEmpty()) {
            return "Category \"" + c.code() + "\" has sub-categories: delete or move them first.";
        }
        boolean treeOfChannel = catalog.channels().values().stream().anyMatch(ch -> c.code().equals(ch.categoryTree()));
        if (treeOfChannel) {
            return "Category \"" + c.code() + "\" is the category tree of a channel.";
        }
        long products = usage.productsInCategory(c.code());
        return products > 0 ? "Category \"" + c.code() + "\" classifies " + products + " products." : null;
    }
}
