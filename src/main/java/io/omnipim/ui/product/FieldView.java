package io.omnipim.ui.product;

import java.util.List;

/**
 * One attribute on the form, in the chosen channel and locale.
 *
 * @param widget text, textarea, number, boolean, date, metric, prices, select, multiselect, image, identifier
 * @param value the field's text (text, number, date, boolean, select, metric amount)
 * @param unit the metric's unit
 * @param options select options, metric units, or one entry per currency (code = currency, label = amount)
 * @param inheritedFrom the model that owns this value (read-only here), or null
 * @param missing required in this channel and locale and empty
 */
public record FieldView(String code, String label, String widget, String value, String unit, List<Option> options,
        boolean required, boolean missing, boolean localizable, boolean scopable, boolean editable,
        String inheritedFrom, String inheritedUrl, String imageUrl, String hint, Integer maxLength, String error) {

    /** One choice of a select, a unit, or a price per currency. */
    public record Option(String code, String label, boolean selected) {
    }

    public String id() {
        return "field-" + code;
    }

    public String name() {
        return ValueForm.field(code);
    }

    public boolean hasError() {
        return error != null;
    }

    /** Ids the input is described by: its hint and its error. */
    public String describedBy() {
        String ids = (hint != null ? id() + "-hint " : "") + (error != null ? id() + "-error" : "");
        return ids.isBlank() ? null : ids.trim();
    }
}
