package io.omnipim.ui.product;

import java.util.List;

import io.omnipim.ui.shell.Links;
import io.omnipim.ui.shell.Shell;

/**
 * The form that creates a variant product (or, below the root of a two-level family variant, a sub-model) from a
 * product model: a field per axis of the next level and the new identifier or code, with errors at their field.
 *
 * @param subModel the form creates a sub-model, asking for its code instead of an identifier
 * @param axes the axis fields, built as the product form builds its fields
 * @param axesError the combination is already taken by a sibling, or null
 * @param code what was typed as identifier or code
 * @param codeError why that identifier or code is refused, or null
 * @param problems errors that belong to no field
 * @param siblings the variants already there, with their axis values, to choose a new combination
 */
public record NewVariantPage(Shell shell, String model, String modelLabel, String channel, String locale,
        boolean subModel, List<FieldView> axes, String axesError, String code, String codeError,
        List<String> problems, List<String> siblings) {

    public String action() {
        return "/ui/product-models/" + Links.segment(model) + "/variants/new";
    }

    public String modelUrl() {
        return Links.model(model, channel, locale);
    }

    public boolean hasCodeError() {
        return codeError != null;
    }

    public String codeDescribedBy() {
        return hasCodeError() ? "new-code-hint new-code-error" : "new-code-hint";
    }
}
