package io.omnipim.ui.product;

import java.util.List;

/** An attribute group of the form, in the group's order. */
public record GroupView(String code, String label, List<FieldView> fields) {
}
