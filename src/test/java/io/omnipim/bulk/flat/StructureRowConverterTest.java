package io.omnipim.bulk.flat;

import static io.omnipim.bulk.flat.FlatCatalog.CATALOG;
import static io.omnipim.bulk.flat.ProductRowConverterTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class StructureRowConverterTest {

    private static Converted convert(FlatType type, String header, String row) {
        return convert(type, FlatOptions.defaults(), header, row);
    }

    /** Header and row written as the CSV line, {@code ;}-separated. */
    private static Converted convert(FlatType type, FlatOptions options, String header, String row) {
        FlatHeader parsed = FlatHeader.parse(type, List.of(header.split(";", -1)), CATALOG);
        Converted converted = FlatRowConverter.of(parsed, CATALOG, options).convert(List.of(row.split(";", -1)));
        assertTrue(converted.ok(), converted.errors()::toString);
        return converted;
    }

    @Test
    void attributesAreTypedAsTheRestApiTakesThem() {
        Converted c = convert(FlatType.ATTRIBUTE, "code;type;group;localizable;scopable;unique;useable_as_grid_filter;"
                + "available_locales;max_characters;validation_rule;number_min;number_max;decimals_allowed;"
                + "negative_allowed;metric_family;default_metric_unit;date_min;allowed_extensions;max_file_size;"
                + "sort_order;label-en_US;label-fr_FR;label-de_DE",
                "net_weight;pim_catalog_metric;technical;0;1;0;1;fr_FR,de_DE;;;0.5;100.00;1;0;Weight;GRAM;2024-01-15;"
                        + ";;3;Net weight;Poids net;");

        assertEquals("net_weight", c.key());
        assertEquals(json("{'code':'net_weight','type':'pim_catalog_metric','group':'technical','localizable':false,"
                + "'scopable':true,'unique':false,'useable_as_grid_filter':true,'available_locales':['fr_FR','de_DE'],"
                + "'number_min':'0.5','number_max':'100','decimals_allowed':true,'negative_allowed':false,"
                + "'metric_family':'Weight','default_metric_unit':'GRAM','date_min':'2024-01-15T00:00:00+00:00',"
                + "'sort_order':3,'labels':{'en_US':'Net weight','fr_FR':'Poids net','de_DE':null}}"), c.body());
    }

    @Test
    void optionsGroupsCategoriesAndAssociationTypes() {
        assertEquals(json("{'attribute':'color','code':'navy','sort_order':2,'labels':{'en_US':'Navy blue',"
                + "'fr_FR':'Bleu marine','de_DE':'Marineblau'}}"),
                convert(FlatType.ATTRIBUTE_OPTION,
                        "attribute;code;sort_order;label-en_US;label-fr_FR;label-de_DE",
                        "color;navy;2;Navy blue;Bleu marine;Marineblau").body());
        assertEquals(json("{'code':'offer','sort_order':1,'attributes':['price','gtin'],'labels':{'fr_FR':'Offre'}}"),
                convert(FlatType.ATTRIBUTE_GROUP, "code;sort_order;attributes;label-fr_FR", "offer;1;price, gtin;Offre")
                        .body());
        assertEquals(json("{'code':'master','parent':null,'labels':{'de_DE':'Hauptkatalog'}}"),
                convert(FlatType.CATEGORY, "code;parent;label-de_DE", "master;;Hauptkatalog").body());
        assertEquals(json("{'code':'PACK','is_two_way':false,'is_quantified':true,'labels':{'fr_FR':'Lot'}}"),
                convert(FlatType.ASSOCIATION_TYPE, "code;label-fr_FR;is_two_way;is_quantified", "PACK;Lot;0;1")
                        .body());
    }

    @Test
    void channelsGetTheirTreeAndConversionUnits() {
        Converted c = convert(FlatType.CHANNEL, "code;label-fr_FR;tree;locales;currencies;conversion_units",
                "print;Catalogue papier;master;fr_FR,de_DE;EUR;weight:GRAM, net_weight:KILOGRAM");

        assertEquals(json("{'code':'print','labels':{'fr_FR':'Catalogue papier'},'category_tree':'master',"
                + "'locales':['fr_FR','de_DE'],'currencies':['EUR'],'conversion_units':{'weight':'GRAM',"
                + "'net_weight':'KILOGRAM'}}"), c.body());
    }

    @Test
    void familiesGetRequirementsPerChannel() {
        Converted c = convert(FlatType.FAMILY, "code;label-en_US;attributes;attribute_as_label;attribute_as_image;"
                + "requirements-ecommerce;requirements-mobile",
                "tshirts;T-shirts;sku,name,price,picture;name;;"
                        + "sku,name,price;");

        assertEquals(json("{'code':'tshirts','labels':{'en_US':'T-shirts'},'attributes':['sku','name','price',"
                + "'picture'],'attribute_as_label':'name','attribute_requirements':{'ecommerce':['sku','name',"
                + "'price'],'mobile':[]}}"), c.body(), "an empty requirements cell: the channel requires nothing");
    }

    @Test
    void familyVariantsGetTheirLevels() {
        String header = "code;family;label-fr_FR;variant-axes_1;variant-attributes_1;variant-axes_2;"
                + "variant-attributes_2";
        assertEquals(json("{'code':'tshirts_color_size','family':'tshirts','labels':{'fr_FR':'Couleur puis taille'},"
                + "'variant_attribute_sets':[{'level':1,'axes':['color'],'attributes':['color','picture']},"
                + "{'level':2,'axes':['size'],'attributes':['size','sku','weight']}]}"),
                convert(
                        FlatType.FAMILY_VARIANT, header, "tshirts_color_size;tshirts;Couleur puis taille;color;"
                                + "color,picture;size;size,sku,weight")
                        .body());
        assertEquals(json("[{'level':1,'axes':['size'],'attributes':[]}]"), convert(FlatType.FAMILY_VARIANT, header,
                "tshirts_size;tshirts;Par taille;size;;;").body().get("variant_attribute_sets"));
    }

    @Test
    void emptyCellsLeaveThePropertyUnchangedButEraseLabels() {
        Converted c = convert(FlatType.ATTRIBUTE, "code;group;sort_order;localizable;label-fr_FR", "name;;;;");

        assertEquals(json("{'code':'name','labels':{'fr_FR':null}}"), c.body());
    }

    @Test
    void badCellsAreReportedWithTheirColumn() {
        FlatHeader header = FlatHeader.parse(FlatType.ATTRIBUTE, List.of("code", "sort_order", "localizable",
                "number_min", "date_max"), CATALOG);
        Converted c = FlatRowConverter.of(header, CATALOG, FlatOptions.defaults()).convert(List.of("", "2.5", "yes",
                "1,5", "2025-13-01"));

        assertEquals(List.of("column 1 \"code\": the code is empty: every attributes row needs one",
                "column 2 \"sort_order\": \"2.5\" is not a whole number",
                "column 3 \"localizable\": \"yes\" is not a boolean; write 1 (yes) or 0 (no)",
                "column 4 \"number_min\": \"1,5\" is not a number; use a dot as decimal separator or import with"
                        + " decimal_separator=,",
                "column 5 \"date_max\": \"2025-13-01\" is not a date; expected yyyy-MM-dd, e.g. 2025-03-01"),
                c.errors().stream().map(CellError::toString).toList());
        FlatHeader channels = FlatHeader.parse(FlatType.CHANNEL, List.of("code", "conversion_units"), CATALOG);
        assertEquals("\"weight=GRAM\" is not an attribute:UNIT pair; write e.g. weight:KILOGRAM",
                FlatRowConverter.of(channels, CATALOG, FlatOptions.defaults()).convert(List.of("print",
                        "weight=GRAM")).errors().get(0).message());
    }
}
