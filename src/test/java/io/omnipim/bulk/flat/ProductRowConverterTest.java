package io.omnipim.bulk.flat;

import static io.omnipim.bulk.flat.FlatCatalog.CATALOG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ProductRowConverterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Converted convert(FlatType type, FlatOptions options, List<String> header, String... cells) {
        FlatHeader parsed = FlatHeader.parse(type, header, CATALOG);
        return FlatRowConverter.of(parsed, CATALOG, options).convert(List.of(cells));
    }

    private static Converted product(List<String> header, String... cells) {
        return convert(FlatType.PRODUCT, FlatOptions.defaults(), header, cells);
    }

    /** JSON written with single quotes, for readability. */
    static JsonNode json(String singleQuoted) {
        try {
            return JSON.readTree(singleQuoted.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static List<String> messages(Converted converted) {
        return converted.errors().stream().map(CellError::toString).toList();
    }

    @Test
    void convertsARowToTheStandardPatchBody() {
        Converted c = product(List.of("sku", "family", "categories", "enabled", "name-fr_FR", "price-USD",
                "price-EUR", "weight", "weight-unit", "color", "materials", "waterproof", "release_date",
                "stock_quantity", "X_SELL-products", "PACK-products", "PACK-products-quantity"), "TS-001", "tshirts",
                "tshirts, clothing", "1", "Tee-shirt été", "54", "49.9", "0.250", "KILOGRAM", "navy",
                "cotton,polyester", "0", "2025-03-01", "12", "TS-002,TS-003", "SOCKS-1", "2");

        assertTrue(c.ok(), c.errors()::toString);
        assertEquals("TS-001", c.key());
        assertEquals(json("{'identifier':'TS-001','family':'tshirts','categories':['tshirts','clothing'],"
                + "'enabled':true,'values':{"
                + "'color':[{'locale':null,'scope':null,'data':'navy'}],"
                + "'materials':[{'locale':null,'scope':null,'data':['cotton','polyester']}],"
                + "'name':[{'locale':'fr_FR','scope':null,'data':'Tee-shirt été'}],"
                + "'price':[{'locale':null,'scope':null,'data':[{'amount':'49.90','currency':'EUR'},"
                + "{'amount':'54.00','currency':'USD'}]}],"
                + "'release_date':[{'locale':null,'scope':null,'data':'2025-03-01T00:00:00+00:00'}],"
                + "'sku':[{'locale':null,'scope':null,'data':'TS-001'}],"
                + "'stock_quantity':[{'locale':null,'scope':null,'data':'12'}],"
                + "'waterproof':[{'locale':null,'scope':null,'data':false}],"
                + "'weight':[{'locale':null,'scope':null,'data':{'amount':'0.25','unit':'KILOGRAM'}}]},"
                + "'associations':{'X_SELL':{'products':['TS-002','TS-003']}},"
                + "'quantified_associations':{'PACK':{'products':[{'identifier':'SOCKS-1','quantity':2}]}}}"),
                c.body());
    }

    @Test
    void preparedValuesSayWhatTheBodySaysWithoutBeingInIt() {
        List<String> header = List.of("sku", "family", "name-fr_FR", "name-de_DE", "price-USD", "price-EUR",
                "weight", "weight-unit", "materials", "waterproof", "release_date");
        String[] cells = {"TS-001", "tshirts", "Tee-shirt été", "", "54", "49,9", "0,250", "KILOGRAM", "",
                "1", "2025-03-01"};
        FlatHeader parsed = FlatHeader.parse(FlatType.PRODUCT, header, CATALOG);
        FlatOptions comma = FlatOptions.defaults().withDecimalSeparator(',');
        Converted inBody = FlatRowConverter.of(parsed, CATALOG, comma).convert(List.of(cells));
        Converted apart = FlatRowConverter.of(parsed, CATALOG, comma, true).convert(List.of(cells));

        assertTrue(apart.ok(), apart.errors()::toString);
        assertFalse(apart.body().has("values"));
        assertEquals(json("{'materials':[{'locale':null,'scope':null,'data':null}],"
                + "'name':[{'locale':'de_DE','scope':null,'data':null},"
                + "{'locale':'fr_FR','scope':null,'data':'Tee-shirt été'}],"
                + "'price':[{'locale':null,'scope':null,'data':[{'amount':'49.90','currency':'EUR'},"
                + "{'amount':'54.00','currency':'USD'}]}],"
                + "'release_date':[{'locale':null,'scope':null,'data':'2025-03-01T00:00:00+00:00'}],"
                + "'sku':[{'locale':null,'scope':null,'data':'TS-001'}],"
                + "'waterproof':[{'locale':null,'scope':null,'data':true}],"
                + "'weight':[{'locale':null,'scope':null,'data':{'amount':'0.25','unit':'KILOGRAM'}}]}"),
                apart.values().toApi(), "empty cells erase their values");
        assertEquals(inBody.body().get("values"), apart.values().toApi());
        assertEquals(json("{'identifier':'TS-001','family':'tshirts'}"), apart.body());

        Converted wrong = FlatRowConverter.of(parsed, CATALOG, FlatOptions.defaults(), true)
                .convert(List.of(cells));
        assertEquals(messages(FlatRowConverter.of(parsed, CATALOG, FlatOptions.defaults()).convert(List.of(cells))),
                messages(wrong), "the same cells are wrong either way");
        assertFalse(wrong.ok());
    }

    @Test
    void emptyCellsEraseValuesAndEmptyListsButLeaveEnabledAlone() {
        Converted c = product(List.of("sku", "family", "categories", "enabled", "parent", "name-de_DE", "price-EUR",
                "weight", "materials", "X_SELL-products", "PACK-products", "PACK-products-quantity"), "TS-001", "",
                "", "", "", "", "", "", "", "", "", "");

        assertTrue(c.ok(), c.errors()::toString);
        assertEquals(json("{'identifier':'TS-001','family':null,'categories':[],'values':{"
                + "'materials':[{'locale':null,'scope':null,'data':null}],"
                + "'name':[{'locale':'de_DE','scope':null,'data':null}],"
                + "'price':[{'locale':null,'scope':null,'data':null}],"
                + "'sku':[{'locale':null,'scope':null,'data':'TS-001'}],"
                + "'weight':[{'locale':null,'scope':null,'data':null}]},"
                + "'associations':{'X_SELL':{'products':[]}},'quantified_associations':{'PACK':{'products':[]}}}"),
                c.body());
    }

    @Test
    void aCommaDecimalIsRefusedWithTheWayOut() {
        Converted c = product(List.of("sku", "stock_quantity", "price-EUR"), "TS-001", "12,5", "abc");

        assertEquals(List.of("column 2 \"stock_quantity\": \"12,5\" is not a number; use a dot as decimal separator"
                + " or import with decimal_separator=,", "column 3 \"price-EUR\": \"abc\" is not a number"),
                messages(c));
        assertEquals(new CellError(2, "stock_quantity", "values.stock_quantity", "12,5", c.errors().get(0).message()),
                c.errors().get(0));
    }

    @Test
    void withTheCommaOptionSpreadsheetNumbersAreRead() {
        FlatOptions comma = FlatOptions.defaults().withDecimalSeparator(',');
        Converted c = convert(FlatType.PRODUCT, comma, List.of("sku", "stock_quantity", "price-EUR", "weight"),
                "TS-001", "1\u202F234,50", "49,9", "1,25 KILOGRAM");

        assertTrue(c.ok(), c.errors()::toString);
        assertEquals("1234.5", c.body().at("/values/stock_quantity/0/data").asText());
        assertEquals("49.90", c.body().at("/values/price/0/data/0/amount").asText());
        assertEquals(json("{'amount':'1.25','unit':'KILOGRAM'}"), c.body().at("/values/weight/0/data"));
        assertEquals(List.of("column 2 \"stock_quantity\": \"12.5\" is not a number with a comma as decimal separator"
                + " (the import runs with decimal_separator=,): write 12,5"), messages(
                        convert(FlatType.PRODUCT,
                                comma, List.of("sku", "stock_quantity"), "TS-001", "12.5")));
    }

    @Test
    void datesFollowTheChosenFormatAndBadOnesNameIt() {
        FlatOptions french = FlatOptions.defaults().withDateFormat("dd/MM/yyyy");
        Converted ok = convert(FlatType.PRODUCT, french, List.of("sku", "release_date"), "TS-001", "01/03/2025");
        assertEquals("2025-03-01T00:00:00+00:00", ok.body().at("/values/release_date/0/data").asText());

        assertEquals(List.of("column 2 \"release_date\": \"31/02/2025\" is not a date; expected dd/MM/yyyy, e.g."
                + " 01/03/2025"), messages(
                        convert(FlatType.PRODUCT, french, List.of("sku", "release_date"),
                                "TS-001", "31/02/2025")));
        assertEquals(List.of("column 2 \"release_date\": \"01/03/2025\" is not a date; expected yyyy-MM-dd, e.g."
                + " 2025-03-01"), messages(product(List.of("sku", "release_date"), "TS-001", "01/03/2025")));
    }

    @Test
    void reportsEveryBadCellOfTheRowTogether() {
        Converted c = product(List.of("sku", "enabled", "waterproof", "weight", "PACK-products",
                "PACK-products-quantity", "PACK-product_models", "PACK-product_models-quantity"), "TS-001", "yes",
                "oui", "1.25", "A,B,C", "1|2", "M1", "0");

        assertFalse(c.ok());
        assertEquals(List.of("column 2 \"enabled\": \"yes\" is not a boolean; write 1 (yes) or 0 (no)",
                "column 3 \"waterproof\": \"oui\" is not a boolean; write 1 (yes) or 0 (no)",
                "column 4 \"weight\": the amount has no unit: fill the column \"weight-unit\" (e.g. KILOGRAM) or"
                        + " write \"1.25 KILOGRAM\"",
                "column 6 \"PACK-products-quantity\": 3 codes in \"PACK-products\" but 2 quantities: write one"
                        + " quantity per code, in the same order, separated by |",
                "column 8 \"PACK-product_models-quantity\": the quantity of \"M1\" is \"0\"; quantities are whole"
                        + " numbers from 1"),
                messages(c));
    }

    @Test
    void aLeadingQuoteThatNeutralisedAFormulaIsRemoved() {
        Converted c = product(List.of("sku", "name-en_US", "name-fr_FR", "name-de_DE"), "TS-001", "'=SUM(A1)",
                "''=1+1", "'Ok'");

        assertEquals("=SUM(A1)", c.body().at("/values/name/1/data").asText(), "en_US");
        assertEquals("'=1+1", c.body().at("/values/name/2/data").asText(), "fr_FR");
        assertEquals("'Ok'", c.body().at("/values/name/0/data").asText(), "de_DE: a quote before a letter is text");
    }

    @Test
    void mediaCellsStayPathsForTheImportToStore() {
        Converted c = product(List.of("sku", "picture"), "TS-001", " media/tee-navy.png ");

        assertEquals("media/tee-navy.png", c.body().at("/values/picture/0/data").asText());
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsRejectedWhole() {
        Converted c = product(List.of("sku", "family"), "TS-001", "tshirts", "stray");

        assertEquals(List.of("row: the row has 3 cells but the header has 2 columns; check for a missing or extra"
                + " separator or an unclosed quote"), messages(c));
    }

    @Test
    void theIdentifierIsRequired() {
        Converted c = product(List.of("sku", "family"), " ", "tshirts");

        assertNull(c.key());
        assertEquals(List.of("column 1 \"sku\": the sku is empty: every product needs one"), messages(c));
    }

    @Test
    void productModelsKeepTheirFamilyVariantAndParentWhenEmpty() {
        Converted c = convert(FlatType.PRODUCT_MODEL, FlatOptions.defaults(), List.of("code", "family_variant",
                "parent", "categories", "name-fr_FR", "description-fr_FR-mobile"), "tee_basic", "", "", "tshirts",
                "T-shirt basique", "Coupe droite ; col rond");

        assertEquals(json("{'code':'tee_basic','categories':['tshirts'],'values':{"
                + "'description':[{'locale':'fr_FR','scope':'mobile','data':'Coupe droite ; col rond'}],"
                + "'name':[{'locale':'fr_FR','scope':null,'data':'T-shirt basique'}]}}"), c.body());
    }
}
