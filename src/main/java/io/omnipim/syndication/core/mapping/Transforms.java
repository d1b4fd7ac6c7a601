package io.omnipim.syndication.core.mapping;

import io.omnipim.syndication.core.definition.FieldMapping;
import io.omnipim.syndication.core.definition.Transform;

/** Applies a field's transforms in order; a transform that fails reports an issue and leaves no value. */
final class Transforms {

    private Transforms() {
    }

    static Object apply(FieldMapping field, Object value, MappingContext context) {
        Object current = value;
        for (Transform t : field.transforms()) {
            try {
                current = one(t, current, field, context);
            } catch (RuntimeException e) {
                context.issue(field.target(), t.name() + " could not use \"" + current + "\": " + e.getMessage());
                return null;
            }
        }
        return current;
    }

    private static Object one(Transform t, Object value, FieldMapping field, MappingContext context) {
        switch (t.name()) {
            case "option_label" :
            case "category_path" :
            case "image_url" :
                return CatalogTransforms.apply(t, value, field.source(), context);
            case "price_format" :
            case "stock_to_availability" :
            case "date_range" :
            case "unit_format" :
                return OfferTransforms.apply(t, value, context, field.target());
            default :
                return TextTransforms.apply(t, value);
        }
    }
}
