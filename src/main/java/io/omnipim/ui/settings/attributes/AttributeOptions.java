package io.omnipim.ui.settings.attributes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.omnipim.catalog.structure.attribute.AttributeOption;
import io.omnipim.catalog.structure.attribute.AttributeOptionService;
import io.omnipim.platform.errors.FieldError;
import io.omnipim.platform.errors.PimException;
import io.omnipim.ui.settings.FormInput;

/** The options of a select attribute on its settings page: listed in order, added, relabelled, moved. */
@ApplicationScoped
public class AttributeOptions {

    /** Akeneo catalogs keep options by the thousand; the page lists the first ones in order. */
    static final int MAX_OPTIONS = 1000;

    private final AttributeOptionService options;

    public AttributeOptions(AttributeOptionService options) {
        this.options = options;
    }

    public List<AttributePage.OptionRow> rows(String attribute, String locale) {
        List<AttributeOption> all = options.page(attribute, 1, MAX_OPTIONS);
        List<AttributePage.OptionRow> rows = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            AttributeOption o = all.get(i);
            rows.add(new AttributePage.OptionRow(o.code(), o.sortOrder(), o.label(locale), o.labels(), i == 0,
                    i == all.size() - 1));
        }
        return rows;
    }

    /** A new option, placed last. */
    public void add(String attribute, FormInput input, Collection<String> locales) {
        String code = input.text("code");
        if (code == null) {
            throw PimException.unprocessable("Validation failed.",
                    List.of(FieldError.of("code", "This value should not be blank.")));
        }
        List<AttributeOption> all = options.page(attribute, 1, MAX_OPTIONS);
        int last = all.stream().mapToInt(AttributeOption::sortOrder).max().orElse(0);
        ObjectNode body = labels(input, locales);
        body.put("sort_order", all.isEmpty() ? 1 : last + 1);
        options.merge(attribute, code, body, true);
    }

    public void relabel(String attribute, String code, FormInput input, Collection<String> locales) {
        options.get(attribute, code);
        options.merge(attribute, code, labels(input, locales), false);
    }

    public void delete(String attribute, String code) {
        options.delete(attribute, code);
    }

    /**
     * Moves an option one place up or down, numbering every option 1, 2, 3… in the new order (options imported
     * without an order all have 0, so swapping two numbers would not be enough).
     */
    @Transactional
    public void move(String attribute, String code, boolean up) {
        List<AttributeOption> all = new ArrayList<>(options.page(attribute, 1, MAX_OPTIONS));
        int at = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).code().equals(code)) {
                at = i;
            }
        }
        if (at < 0) {
            options.get(attribute, code);
            return;
        }
        int to = up ? at - 1 : at + 1;
        if (to < 0 || to >= all.size()) {
            return;
        }
        all.add(to, all.remove(at));
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).sortOrder() != i + 1) {
                options.merge(attribute, all.get(i).code(), JsonNodeFactory.instance.objectNode().put("sort_order",
                        i + 1), false);
            }
        }
    }

    private static ObjectNode labels(FormInput input, Collection<String> locales) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        input.putLabels(body, "labels", locales);
        return body;
    }
}
