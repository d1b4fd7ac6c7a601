package io.omnipim.ui.products;

import java.util.List;

/** A block of checkboxes of the grid's sidebar, with the count each choice would give. */
public record GridFacet(String name, String legend, List<Choice> choices, boolean scroll) {

    /** One checkbox; {@code id} is stable so htmx keeps the focus on it across refreshes. */
    public record Choice(String id, String code, String label, long count, boolean checked) {
    }
}
