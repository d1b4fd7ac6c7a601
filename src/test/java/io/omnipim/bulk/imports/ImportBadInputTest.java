package io.omnipim.bulk.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.omnipim.testsupport.Api;
import io.omnipim.testsupport.CatalogFixtures;
import io.omnipim.testsupport.Eans;
import io.omnipim.testsupport.Jobs;
import io.omnipim.testsupport.Products;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The "Bad input" list of the bulk import issue, through the API on the real database: each bad file either fails
 * as a whole before anything is written, with a message naming the file and the line or column, or has its bad
 * rows rejected alone while the others are imported. The last test checks the server still answers.
 * <p>
 * Covered elsewhere: an unknown column with "did you mean" and a Windows-1252 file with accents and € are in
 * {@link ImportApiTest}; a full sheet of 1,048,576 rows is read in constant memory by the format layer's
 * {@code XlsxMillionRowsSlowTest} (too slow to push through the API in CI).
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportBadInputTest {

    static final String SHOES = "sku;family;categories;name-fr_FR;color;price-EUR";

    @BeforeEach
    void catalog() {
        CatalogFixtures.ensure();
    }

    // ---- CSV files that fail as a whole ----

    @Test
    void anEmptyFileFailsAndSaysSo() {
        JsonPath job = BadFiles.run(new byte[0], "vide.csv", Map.of());
        assertThat(job.getString("status")).isEqualTo("failed");
        assertThat(job.getString("message")).isEqualTo("vide.csv: the file is empty");
    }

    @Test
    void aHeaderWithoutRowsFailsAndSaysThereIsNothingToImport() {
        JsonPath job = BadFiles.run(BadFiles.utf8(SHOES + "\n"), "entete-seule.csv", Map.of());
        assertThat(job.getString("status")).isEqualTo("failed");
        assertThat(job.getString("message")).startsWith("entete-seule.csv").contains("no rows");
    }

    @Test
    void anUnterminatedQuoteFailsTheFileAtTheLineWhereItOpensAndWritesNothing() {
        String before = Products.sku("quote");
        String after = Products.sku("quote");
        String csv = SHOES + "\n" + before + ";shoes;shoes;Botte;red;59.00\n"
                + Products.sku("quote") + ";shoes;shoes;\"Sabot sans fin;blue;25.00\n"
                + after + ";shoes;shoes;Sandale;green;19.90\n";
        JsonPath job = BadFiles.run(BadFiles.utf8(csv), "guillemets.csv", Map.of());
        assertThat(job.getString("status")).isEqualTo("failed");
        assertThat(job.getString("message")).startsWith("guillemets.csv, line 3: unterminated quoted value");
        assertThat(job.getList("errors", Map.class)).anySatisfy(e -> assertThat(e).containsEntry("line", 3));
        BadFiles.assertAbsent(before, after);
    }

    @Test
    void anInvalidUtf8SequenceFailsTheFileWithItsLineAndBytes() {
        String first = Products.sku("utf8");
        String second = Products.sku("utf8");
        byte[] csv = BadFiles.concat(BadFiles.utf8(SHOES + "\n" + first + ";shoes;shoes;Chaussure de randonnée;red;"
                + "89.00\n" + second + ";shoes;shoes;Espadrille "), new byte[]{(byte) 0xC3, 0x28},
                BadFiles.utf8(";blue;29.00\n"));
        JsonPath job = BadFiles.run(csv, "accents-casses.csv", Map.of());
        assertThat(job.getString("status")).isEqualTo("failed");
        assertThat(job.getString("message")).startsWith("accents-casses.csv, line 3: invalid UTF-8 byte sequence")
                .contains("0xC3 0x28").contains("encoding=windows-1252");
        BadFiles.assertAbsent(first, second);
    }

    @Test
    void aDuplicateColumnFailsTheFileNamingBothColumns() {
        String sku = Products.sku("dup");
        String csv = "sku;family;name-fr_FR;family\n" + sku + ";shoes;Botte;clothing\n";
        JsonPath job = BadFiles.run(BadFiles.utf8(csv), "colonnes.csv", Map.of());
        assertThat(job.getString("status")).isEqualTo("failed");
        assertThat(job.getString("message")).startsWith("colonnes.csv, line 1: ")
                .contains("\"family\" appears twice (columns 2 and 4)");
        BadFiles.assertAbsent(sku);
    }

    @Test
    void aBinaryFileNamedCsvFailsAsNotText() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1,
                0, 0, 0, 1, 0, 8, 6, 0, 0, 0};
        JsonPath job = BadFiles.run(png, "photo.csv", Map.of());
        assertThat(job.getString("status")).isEqualTo("failed");
        assertThat(job.getString("message")).startsWith("photo.csv is not a text file")
                .contains("upload a CSV or XLSX file");
    }

    // ---- CSV files whose bad rows are rejected alone ----

    @Test
    void aUtf8BomIsNotPartOfTheFirstColumnName() {
        String sku = Products.sku("bom");
        byte[] csv = BadFiles.concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                BadFiles.utf8(SHOES + "\n" + sku + ";shoes;shoes;Bottine à lacets;red;74.90\n"));
        JsonPath job = BadFiles.run(csv, "excel-utf8.csv", Map.of());
        assertThat(job.getString("status")).isEqualTo("done");
        assertThat(job.getMap("counts")).containsEntry("created", 1).containsEntry("rejected", 0);
        Api.as("viewer").get("/api/rest/v1/products/" + sku).then().statusCode(200)
                .body("values.name[0].data", equalTo("Bottine à lacets"));
    }

    @Test
    void raggedRowsAreRejectedAloneWithTheirLine() {
        String good = Products.sku("ragged");
        String short_ = Products.sku("ragged");
        String long_ = Products.sku("ragged");
        String last = Products.sku("ragged");
        String csv = SHOES + "\n" + good + ";shoes;shoes;Botte;red;59.00\n"
                + short_ + ";shoes;shoes;Sabot\n"
                + long_ + ";shoes;shoes;Mule; talon 5 cm;blue;35.00\n"
                + last + ";shoes;shoes;Sandale;green;19.90\n";
        JsonPath job = BadFiles.run(BadFiles.utf8(csv), "lignes.csv", Map.of());
        assertThat(job.getString("status")).isEqualTo("done");
        assertThat(job.getMap("counts")).containsEntry("read", 4).containsEntry("created", 2)
                .containsEntry("rejected", 2);
        List<Map<String, Object>> errors = job.getList("errors");
        assertThat(errors).anySatisfy(e -> {
            assertThat(e).containsEntry("line", 3);
            assertThat((String) e.get("message")).contains("4 cells but the header has 6");
        });
        assertThat(errors).anySatisfy(e -> {
            assertThat(e).containsEntry("line", 4);
            assertThat((String) e.get("message")).contains("7 cells but the header has 6");
        });
        BadFiles.assertPresent(good, last);
        BadFiles.assertAbsent(short_, long_);
    }

    @Test
    void unknownOptionFamilyAndCategoryAreRejectedOnTheirColumn() {
        String good = Products.sku("codes");
        String option = Products.sku("codes");
        String family = Products.sku("codes");
        String category = Products.sku("codes");
        String csv = SHOES + "\n" + option + ";shoes;shoes;Botte;bordeaux;59.00\n"
                + family + ";chaussures;shoes;Sabot;red;25.00\n"
                + good + ";shoes;shoes;Sandale;green;19.90\n"
                + category + ";shoes;shoes,soldes_ete;Mule;blue;35.00\n";
        JsonPath job = BadFiles.run(BadFiles.utf8(csv), "codes.csv", Map.of());
        assertThat(job.getString("status")).isEqualTo("done");
        assertThat(job.getMap("counts")).as(job.prettify()).containsEntry("created", 1).containsEntry("rejected", 3);
        List<Map<String, Object>> errors = job.getList("errors");
        BadFiles.assertError(errors, 2, 5, "color", "bordeaux");
        BadFiles.assertError(errors, 3, 2, "family", "chaussures");
        BadFiles.assertError(errors, 5, 3, "categories", "soldes_ete");
        BadFiles.assertPresent(good);
        BadFiles.assertAbsent(option, family, category);
    }

    @Test
    void aDecimalCommaIsRejectedWithAdviceUnlessTheOptionSaysSo() {
        String sku = Products.sku("comma");
        String csv = "sku;family;name-fr_FR;price-EUR;weight;weight-unit\n" + sku
                + ";electronics;Casque audio;12,5;0,25;KILOGRAM\n";
        JsonPath refused = BadFiles.run(BadFiles.utf8(csv), "prix-fr.csv", Map.of());
        assertThat(refused.getMap("counts")).containsEntry("rejected", 1).containsEntry("created", 0);
        List<Map<String, Object>> errors = refused.getList("errors");
        assertThat(errors).anySatisfy(e -> {
            assertThat(e).containsEntry("line", 2).containsEntry("column", 4).containsEntry("column_name",
                    "price-EUR");
            assertThat((String) e.get("message")).contains("\"12,5\"").contains("decimal_separator=,");
        });
        BadFiles.assertAbsent(sku);

        JsonPath imported = BadFiles.run(BadFiles.utf8(csv), "prix-fr.csv", Map.of("decimal_separator", ","));
        assertThat(imported.getMap("counts")).as(imported.prettify()).containsEntry("created", 1)
                .containsEntry("rejected", 0);
        Api.as("viewer").get("/api/rest/v1/products/" + sku).then().statusCode(200)
                .body("values.price[0].data[0].amount", equalTo("12.50"))
                .body("values.weight[0].data.amount", equalTo("0.25"));
    }

    @Test
    void aBadDateIsRejectedWithTheExpectedPatternAndADateFormatReadsIt() {
        String sku = Products.sku("date");
        String good = Products.sku("date");
        String csv = "sku;family;name-de_DE;release_date\n" + sku + ";electronics;Kopfhörer;31/12/2024\n"
                + good + ";electronics;Lautsprecher;\n";
        JsonPath refused = BadFiles.run(BadFiles.utf8(csv), "dates.csv", Map.of());
        assertThat(refused.getMap("counts")).containsEntry("rejected", 1).containsEntry("created", 1);
        BadFiles.assertError(refused.getList("errors"), 2, 4, "release_date", "31/12/2024");
        assertThat(refused.getString("errors[0].message")).contains("yyyy-MM-dd");
        BadFiles.assertAbsent(sku);

        JsonPath imported = BadFiles.run(BadFiles.utf8(csv), "dates.csv", Map.of("date_format", "dd/MM/yyyy"));
        assertThat(imported.getMap("counts")).as(imported.prettify()).containsEntry("created", 1)
                .containsEntry("rejected", 0);
        Api.as("viewer").get("/api/rest/v1/products/" + sku).then().statusCode(200)
                .body("values.release_date[0].data", equalTo("2024-12-31T00:00:00+00:00"));
    }

    @Test
    void anIdentifierWithASemicolonIsRejectedOnItsColumn() {
        String good = Products.sku("semi");
        String csv = SHOES + "\n\"BOTTE;42\";shoes;shoes;Botte;red;59.00\n" + good + ";shoes;shoes;Sandale;green;"
                + "19.90\n";
        JsonPath job = BadFiles.run(BadFiles.utf8(csv), "identifiants.csv", Map.of());
        assertThat(job.getString("status")).isEqualTo("done");
        assertThat(job.getMap("counts")).as(job.prettify()).containsEntry("created", 1).containsEntry("rejected", 1);
        BadFiles.assertError(job.getList("errors"), 2, 1, "sku", "must not contain a comma or a semicolon");
        BadFiles.assertPresent(good);
        Api.as("viewer").queryParam("search", "{\"identifier\":[{\"operator\":\"STARTS WITH\",\"value\":\"BOTTE\"}]}")
                .get("/api/rest/v1/products").then().statusCode(200).body("_embedded.items.size()", equalTo(0));
    }

    @Test
    void aFiveMegabyteCellIsRejectedByTheNameLimitAndTheReportStaysSmall() {
        String huge = Products.sku("huge");
        String good = Products.sku("huge");
        String csv = SHOES + "\n" + huge + ";shoes;shoes;" + "é".repeat(5 * 1024 * 1024 / 2) + ";red;59.00\n"
                + good + ";shoes;shoes;Botte;red;59.00\n";
        long heapBefore = usedHeapAfterGc();
        String id = Jobs.upload("admin", BadFiles.utf8(csv), "cellule-geante.csv", "products", Map.of());
        JsonPath job = Jobs.awaitImport(id);
        assertThat(job.getString("status")).isEqualTo("done");
        assertThat(job.getMap("counts")).containsEntry("created", 1).containsEntry("rejected", 1);
        BadFiles.assertError(job.getList("errors"), 2, 4, "name-fr_FR", "120");
        String report = Api.as("admin").get("/api/rest/v1/imports/" + id).then().statusCode(200).extract().asString();
        assertThat(report.length()).as("the report does not carry the 5 MB value").isLessThan(20_000);
        BadFiles.assertPresent(good);
        BadFiles.assertAbsent(huge);
        // the server runs in this JVM: the 5 MB value (10 MB as a Java string) must not stay behind in memory
        assertThat(usedHeapAfterGc() - heapBefore).as("heap growth").isLessThan(64L << 20);
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    // ---- XLSX ----

    @Test
    void aPasswordProtectedWorkbookFailsWithAdvice() throws Exception {
        String sku = Products.sku("xlsx");
        byte[] book = Workbooks.encrypted(Workbooks.products(List.of(List.of("sku", "family"), List.of(sku, "shoes"))),
                "Geheim-2025");
        JsonPath job = BadFiles.run(book, "produits.xlsx", Map.of());
        assertThat(job.getString("status")).isEqualTo("failed");
        assertThat(job.getString("message"))
                .isEqualTo(
                        "produits.xlsx: the workbook is password-protected: remove the password and upload it again");
        BadFiles.assertAbsent(sku);
    }

    @Test
    void aDamagedWorkbookFailsAsNotAValidZip() throws IOException {
        String sku = Products.sku("xlsx");
        byte[] whole = Workbooks.products(Workbooks.shoes(sku, 200));
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        JsonPath job = BadFiles.run(half, "coupe.xlsx", Map.of());
        assertThat(job.getString("status")).isEqualTo("failed");
        assertThat(job.getString("message")).startsWith("coupe.xlsx: the XLSX file is damaged (not a valid zip)")
                .endsWith("save it again from Excel and upload it again");
        BadFiles.assertAbsent(sku + "-1");
    }

    @Test
    void aZipBombIsNotRead() throws IOException {
        String sku = Products.sku("bomb");
        byte[] bomb = Workbooks.bomb(Workbooks.products(Workbooks.shoes(sku, 3)), 8 * 1024 * 1024);
        assertThat(bomb.length).as("it compresses well").isLessThan(100_000);
        JsonPath job = BadFiles.run(bomb, "bombe.xlsx", Map.of());
        assertThat(job.getString("status")).isEqualTo("failed");
        assertThat(job.getString("message"))
                .isEqualTo("bombe.xlsx: the workbook expands far beyond its size (possible zip bomb); it was not read");
        BadFiles.assertAbsent(sku + "-1");
    }

    @Test
    void formulasAreImportedByTheirCachedValue() throws IOException {
        String sku = Products.sku("formula");
        byte[] book = Workbooks.withFormulas(sku);
        JsonPath job = BadFiles.run(book, "formules.xlsx", Map.of());
        assertThat(job.getMap("counts")).as(job.prettify()).containsEntry("created", 1).containsEntry("rejected", 0);
        Api.as("viewer").get("/api/rest/v1/products/" + sku).then().statusCode(200)
                .body("values.name[0].data", equalTo("Botte rouge"))
                .body("values.price[0].data[0].amount", equalTo("119.80"));
    }

    /**
     * Excel keeps a merged area's value in its first cell only: the rows below read the cell as empty, as Akeneo
     * reads them. The value is not copied to the other rows.
     */
    @Test
    void aMergedCellBelongsToItsFirstRowOnly() throws IOException {
        String first = Products.sku("merged");
        String second = Products.sku("merged");
        byte[] book = Workbooks.merged(first, second);
        JsonPath job = BadFiles.run(book, "fusion.xlsx", Map.of());
        assertThat(job.getMap("counts")).as(job.prettify()).containsEntry("created", 2).containsEntry("rejected", 0);
        Api.as("viewer").get("/api/rest/v1/products/" + first).then().statusCode(200)
                .body("values.brand[0].data", equalTo("elan_vital"));
        Api.as("viewer").get("/api/rest/v1/products/" + second).then().statusCode(200)
                .body("values.brand", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void excelDatesAndNumericEansAreImportedAsIsoDatesAndDigits() throws IOException {
        String sku = Products.sku("dates");
        String ean = Eans.next();
        byte[] book = Workbooks.dateAndEan(sku, java.time.LocalDate.of(2025, 3, 14), Long.parseLong(ean));
        JsonPath job = BadFiles.run(book, "sorties.xlsx", Map.of());
        assertThat(job.getMap("counts")).as(job.prettify()).containsEntry("created", 1).containsEntry("rejected", 0);
        Api.as("viewer").get("/api/rest/v1/products/" + sku).then().statusCode(200)
                .body("values.release_date[0].data", equalTo("2025-03-14T00:00:00+00:00"))
                .body("values.ean[0].data", equalTo(ean));
    }

    // ---- after all of them ----

    @Test
    @Order(Integer.MAX_VALUE)
    void theServerStillAnswersAfterAllTheBadFiles() {
        Api.as("admin").get("/api/rest/v1/imports").then().statusCode(200);
        JsonPath job = BadFiles.run(BadFiles.utf8("sku;family\n" + Products.sku("after") + ";shoes\n"), "apres.csv",
                Map.of());
        assertThat(job.getString("status")).isEqualTo("done");
    }
}
