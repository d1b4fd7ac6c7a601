package io.omnipim.bulk.flat;

import static io.omnipim.bulk.flat.FlatCatalog.CATALOG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class FlatHeaderTest {

    private static List<String> problems(FlatType type, String... header) {
        FlatHeaderException e = assertThrows(FlatHeaderException.class,
                () -> FlatHeader.parse(type, List.of(header), CATALOG));
        return e.problems().stream().map(HeaderProblem::toString).toList();
    }

    @Test
    void readsEveryKindOfProductColumn() {
        FlatHeader header = FlatHeader.parse(FlatType.PRODUCT, List.of("\uFEFFsku", "family", "categories",
                "name-fr_FR", "description-de_DE-ecommerce", "price-EUR", "weight", "weight-unit", "picture",
                "X_SELL-product_models", "PACK-products", "PACK-products-quantity"), CATALOG);

        assertEquals(new FlatColumn.Property(1, "family", "family", null), header.column(1));
        FlatColumn.Value description = (FlatColumn.Value) header.column(4);
        assertEquals("de_DE", description.locale());
        assertEquals("ecommerce", description.scope());
        assertEquals("EUR", ((FlatColumn.Value) header.column(5)).currency());
        assertTrue(((FlatColumn.Value) header.column(7)).unit());
        assertEquals(new FlatColumn.Association(9, "X_SELL-product_models", "X_SELL", "product_models", false, false),
                header.column(9));
        assertEquals(new FlatColumn.Association(11, "PACK-products-quantity", "PACK", "products", true, true),
                header.column(11));
        assertEquals(List.of("picture"), header.mediaColumns().stream().map(FlatColumn.Value::name).toList());
        assertEquals("sku", header.column(0).name(), "the byte order mark of spreadsheets is dropped");
    }

    @Test
    void listsEveryProblemAtOnceWithColumnAndHint() {
        List<String> problems = problems(FlatType.PRODUCT, "family", "name-fr_FR", "colour-fr_FR", "name-fr_FX",
                "gtin-fr_FR", "name", "description-en_US-mobile", "price-GBP", "famly", "family", "care_fr-de_DE",
                "description-ecommerce-fr_FR", "weight-KILOGRAM");

        assertEquals(List.of("column 3 \"colour-fr_FR\": \"colour\" is not an attribute; did you mean \"color\"?",
                "column 4 \"name-fr_FX\": \"fr_FX\" is not an activated locale; did you mean \"fr_FR\"?",
                "column 5 \"gtin-fr_FR\": \"gtin\" is not localizable: remove \"-fr_FR\"",
                "column 6 \"name\": \"name\" is localizable: name the column like \"name-en_US\"",
                "column 7 \"description-en_US-mobile\": the channel \"mobile\" does not have the locale \"en_US\""
                        + " (it has fr_FR)",
                "column 8 \"price-GBP\": the currency \"GBP\" is not activated",
                "column 9 \"famly\": \"famly\" is neither a property nor an attribute of products; did you mean"
                        + " \"family\"?",
                "column 10 \"family\": the column appears twice (also column 1)",
                "column 11 \"care_fr-de_DE\": \"care_fr\" is only available in fr_FR",
                "column 12 \"description-ecommerce-fr_FR\": write the locale before the channel:"
                        + " \"description-fr_FR-ecommerce\"",
                "column 13 \"weight-KILOGRAM\": unexpected \"-KILOGRAM\": a metric has an amount column \"weight\""
                        + " and a unit column \"weight-unit\"",
                "missing column \"sku\": a products file needs the identifier column"), problems);
    }

    @Test
    void theExceptionMessageNamesTheFileTypeAndEachProblem() {
        FlatHeaderException e = assertThrows(FlatHeaderException.class,
                () -> FlatHeader.parse(FlatType.PRODUCT, List.of("identifier"), CATALOG));

        assertEquals("The header of the products file has 2 problems:\n"
                + "- column 1 \"identifier\": the identifier column is named after the identifier attribute: \"sku\"\n"
                + "- missing column \"sku\": a products file needs the identifier column", e.getMessage());
        assertEquals(422, e.status());
    }

    @Test
    void quantifiedAssociationsNeedTheirQuantities() {
        assertEquals(List.of("column 2 \"PACK-products\": \"PACK\" is quantified: add the column"
                + " \"PACK-products-quantity\" with one quantity per code, separated by |",
                "column 3 \"X_SELL-products-quantity\": \"X_SELL\" is not a quantified association: it has no"
                        + " quantities",
                "column 4 \"PACK-groups\": \"PACK\" is a quantified association: it links products and product"
                        + " models, not groups",
                "column 5 \"UP_SELL-products\": \"UP_SELL\" is not an association type; did you mean \"X_SELL\"?"),
                problems(FlatType.PRODUCT, "sku", "PACK-products", "X_SELL-products-quantity", "PACK-groups",
                        "UP_SELL-products"));
    }

    @Test
    void aUnitColumnNeedsItsAmount() {
        assertEquals(List.of("column 2 \"weight-unit\": a unit needs its amount column \"weight\""),
                problems(FlatType.PRODUCT, "sku", "weight-unit"));
    }

    @Test
    void productModelsAreIdentifiedByCode() {
        assertEquals(List.of("column 1 \"sku\": \"sku\" identifies products; a product model is identified by its"
                + " \"code\" column", "missing column \"code\": a product models file needs the code column"),
                problems(FlatType.PRODUCT_MODEL, "sku", "family_variant"));
        FlatHeader header = FlatHeader.parse(FlatType.PRODUCT_MODEL, List.of("code", "family_variant", "parent",
                "categories", "name-en_US"), CATALOG);
        assertEquals(5, header.size());
    }

    @Test
    void structureHeadersCheckLabelsRequirementsAndRequiredColumns() {
        assertEquals(List.of("column 1 \"label-fr_FX\": \"fr_FX\" is not a locale; did you mean \"fr_FR\"?",
                "column 2 \"requirements-ecomerce\": \"ecomerce\" is not a channel; did you mean \"ecommerce\"?",
                "column 3 \"attribute_as_labels\": \"attribute_as_labels\" is not a column of families files; did"
                        + " you mean \"attribute_as_label\"?",
                "missing column \"code\": required in families files"),
                problems(FlatType.FAMILY, "label-fr_FX", "requirements-ecomerce", "attribute_as_labels"));
        assertEquals(List.of("missing column \"attribute\": required in attribute_options files"),
                problems(FlatType.ATTRIBUTE_OPTION, "code", "label-de_DE"));
    }

    @Test
    void variantLevelsComeWithTheirAxes() {
        assertEquals(List.of("column 3 \"variant-attributes_2\": add the column \"variant-axes_2\": a level is sent"
                + " whole, with its axes"), problems(FlatType.FAMILY_VARIANT, "code", "family",
                        "variant-attributes_2", "variant-axes_1"));
        FlatHeader ok = FlatHeader.parse(FlatType.FAMILY_VARIANT, List.of("code", "family", "label-fr_FR",
                "variant-axes_1", "variant-attributes_1"), CATALOG);
        assertEquals(new FlatColumn.Property(3, "variant-axes_1", "variant-axes", "1"), ok.column(3));
    }

    @Test
    void aHeaderWithoutProblemsThrowsNothing() {
        assertFalse(FlatHeader.parse(FlatType.CHANNEL, List.of("code", "label-en_US", "tree", "locales",
                "currencies", "conversion_units"), CATALOG).columns().isEmpty());
    }
}
