package io.omnipim.bulk.flat;

import static io.omnipim.bulk.flat.FlatCatalog.CATALOG;
import static io.omnipim.bulk.flat.ProductRowConverterTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.omnipim.platform.errors.PimException;

class FlatExportLayoutTest {

    private static final JsonNode TEE = json("{'identifier':'TS-001','enabled':true,'family':'tshirts',"
            + "'categories':['clothing','tshirts'],'groups':[],'parent':null,'values':{"
            + "'color':[{'locale':null,'scope':null,'data':'navy'}],"
            + "'description':[{'locale':'fr_FR','scope':'mobile','data':'-20 % cet été'}],"
            + "'materials':[{'locale':null,'scope':null,'data':['cotton','wool']}],"
            + "'price':[{'locale':null,'scope':null,'data':[{'amount':'49.90','currency':'EUR'}]}],"
            + "'release_date':[{'locale':null,'scope':null,'data':'2025-03-01T00:00:00+00:00'}],"
            + "'stock_quantity':[{'locale':null,'scope':null,'data':'1234.5'}],"
            + "'weight':[{'locale':null,'scope':null,'data':{'amount':'0.25','unit':'KILOGRAM'}}]},"
            + "'associations':{'X_SELL':{'groups':[],'products':['TS-002'],'product_models':[]}},"
            + "'quantified_associations':{'PACK':{'products':[{'identifier':'SOCKS-1','quantity':2},"
            + "{'identifier':'CAP-9','quantity':1}],'product_models':[]}}}");

    @Test
    void productColumnsExpandLocalesChannelsCurrenciesAndUnits() {
        FlatExportLayout layout = FlatExportLayout.of(CATALOG, FlatType.PRODUCT, ExportSelection.everything());

        assertEquals(List.of("sku", "categories", "enabled", "family", "groups", "parent", "care_fr-fr_FR", "color",
                "description-de_DE-ecommerce", "description-en_US-ecommerce", "description-fr_FR-ecommerce",
                "description-fr_FR-mobile", "gtin", "materials", "name-de_DE", "name-en_US", "name-fr_FR", "picture",
                "price-EUR", "price-USD", "release_date", "size", "stock_quantity", "waterproof", "weight",
                "weight-unit", "PACK-products", "PACK-products-quantity", "PACK-product_models",
                "PACK-product_models-quantity", "X_SELL-products", "X_SELL-product_models", "X_SELL-groups"),
                layout.header());
        assertEquals(layout.columns(), FlatHeader.parse(FlatType.PRODUCT, layout.header(), CATALOG).columns(),
                "the import reads the export header back to the same columns");
    }

    @Test
    void aScopeKeepsItsLocalesAndCurrencies() {
        FlatExportLayout layout = FlatExportLayout.of(CATALOG, FlatType.PRODUCT_MODEL, new ExportSelection("mobile",
                null, List.of("name", "description", "price", "care_fr"), false, null));

        assertEquals(List.of("code", "family_variant", "parent", "categories", "care_fr-fr_FR",
                "description-fr_FR-mobile", "name-fr_FR", "price-EUR", "PACK-products", "PACK-products-quantity",
                "PACK-product_models", "PACK-product_models-quantity", "X_SELL-products", "X_SELL-product_models",
                "X_SELL-groups"), layout.header());
    }

    @Test
    void cellsAreCanonicalAndFormulasNeutralised() {
        FlatExportLayout layout = FlatExportLayout.of(CATALOG, FlatType.PRODUCT, new ExportSelection("mobile", null,
                List.of("description", "stock_quantity", "release_date", "weight", "price", "materials"), false,
                null), new FlatOptions(',', "dd/MM/yyyy", ','));

        assertEquals(List.of("sku", "categories", "enabled", "family", "groups", "parent", "description-fr_FR-mobile",
                "materials", "price-EUR", "release_date", "stock_quantity", "weight", "weight-unit", "PACK-products",
                "PACK-products-quantity", "PACK-product_models", "PACK-product_models-quantity", "X_SELL-products",
                "X_SELL-product_models", "X_SELL-groups"), layout.header());
        assertEquals(List.of("TS-001", "clothing,tshirts", "1", "tshirts", "", "", "'-20 % cet été", "cotton,wool",
                "49,90", "01/03/2025", "1234,5", "0,25", "KILOGRAM", "SOCKS-1,CAP-9", "2|1", "", "", "TS-002", "",
                ""), layout.row(TEE));
    }

    @Test
    void aLabelledExportIsForReading() {
        FlatExportLayout layout = FlatExportLayout.of(CATALOG, FlatType.PRODUCT, new ExportSelection("mobile", null,
                List.of("description", "color", "materials", "weight"), true, "fr_FR"));

        assertEquals(List.of("Référence", "Catégories", "Activé", "Famille", "Groupes", "Parent", "Couleur",
                "Description (fr_FR, Appli mobile)", "Matières", "Poids", "Poids (unité)", "Lot (produits)",
                "Lot (produits, quantité)", "Lot (modèles de produits)", "Lot (modèles de produits, quantité)",
                "[X_SELL] (produits)", "[X_SELL] (modèles de produits)", "[X_SELL] (groupes)"), layout.header());
        assertEquals(List.of("TS-001", "Vêtements, [tshirts]", "1", "Tee-shirts", "", "", "Bleu marine",
                "'-20 % cet été", "Coton, Laine", "0.25", "KILOGRAM"), layout.row(TEE).subList(0, 11));
    }

    @Test
    void aSelectionOutsideTheCatalogIsRefused() {
        PimException e = assertThrows(PimException.class, () -> FlatExportLayout.of(CATALOG, FlatType.PRODUCT,
                new ExportSelection("mobil", List.of("it_IT"), List.of("colour"), false, null)));

        assertEquals(List.of("The channel \"mobil\" does not exist; did you mean \"mobile\"?",
                "The locale \"it_IT\" is not activated.",
                "The attribute \"colour\" does not exist; did you mean \"color\"?"),
                e.errors().stream().map(f -> f.message()).toList());
    }
}
