package io.omnipim.bulk.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.omnipim.testsupport.Api;
import io.omnipim.testsupport.CatalogFixtures;
import io.omnipim.testsupport.Jobs;
import io.omnipim.testsupport.Products;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ExportApiTest {

    @BeforeEach
    void catalog() {
        CatalogFixtures.ensure();
    }

    @Test
    void exportsTheFilteredProductsAsCsvAndTheFileImportsBackUnchanged() {
        String sku = Products.sku("exp");
        String formula = "=HYPERLINK(\"http://evil\")";
        String csv = "sku;family;name-fr_FR;name-de_DE;price-EUR;color\n" + sku + ";shoes;\"" + formula.replace("\"",
                "\"\"") + "\";Größe für Füße;49.90;red\n";
        assertThat(Jobs.importCsv(csv, "products").getMap("counts")).containsEntry("created", 1);

        String exported = exportCsv(Map.of("type", "products", "search",
                Map.of("identifier", List.of(Map.of("operator", "IN", "value", List.of(sku))))));
        String[] lines = exported.split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("sku;");
        assertThat(lines[1]).startsWith(sku + ";").contains("Größe für Füße").contains("49.90")
                .contains("'=HYPERLINK");

        JsonPath again = Jobs.importCsv(exported, "products");
        assertThat(again.getMap("counts")).containsEntry("unchanged", 1).containsEntry("updated", 0)
                .containsEntry("rejected", 0);
        Api.as("viewer").get("/api/rest/v1/products/" + sku).then()
                .body("values.name.find { it.locale == 'fr_FR' }.data", equalTo(formula));
    }

    @Test
    void exportsXlsxWithTextCellsOnly() throws IOException {
        String sku = Products.sku("exp");
        Jobs.importCsv("sku;family;name-fr_FR\n" + sku + ";shoes;Espadrille d'été\n", "products");
        String id = Api.as("viewer").body(Map.of("type", "products", "format", "xlsx", "search",
                Map.of("identifier", List.of(Map.of("operator", "IN", "value", List.of(sku))))))
                .post("/api/rest/v1/exports").then().statusCode(202).extract().path("id");
        assertThat(Jobs.awaitExport(id).getString("status")).isEqualTo("done");
        byte[] file = Api.as("viewer").get("/api/rest/v1/exports/" + id + "/file").then().statusCode(200).extract()
                .asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            int name = -1;
            for (int i = 0; i < header.getLastCellNum(); i++) {
                if (header.getCell(i).getStringCellValue().equals("name-fr_FR")) {
                    name = i;
                }
            }
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(sku);
            assertThat(sheet.getRow(1).getCell(name).getStringCellValue()).isEqualTo("Espadrille d'été");
        }
    }

    @Test
    void aWrongFilterOrOptionIsRefusedBeforeTheJobStarts() {
        Api.as("viewer").body(Map.of("type", "products", "format", "pdf", "colour", "red"))
                .post("/api/rest/v1/exports").then().statusCode(422)
                .body("errors.property", org.hamcrest.Matchers.hasItems("format", "colour"));
        Api.as("viewer").body(Map.of("type", "products", "search",
                Map.of("unknown_attribute", List.of(Map.of("operator", "=", "value", "x")))))
                .post("/api/rest/v1/exports").then().statusCode(422);
    }

    private static String exportCsv(Map<String, Object> body) {
        String id = Api.as("viewer").body(body).post("/api/rest/v1/exports").then().statusCode(202).extract()
                .path("id");
        JsonPath job = Jobs.awaitExport(id);
        assertThat(job.getString("status")).as(job.prettify()).isEqualTo("done");
        byte[] file = Api.as("viewer").get("/api/rest/v1/exports/" + id + "/file").then().statusCode(200)
                .extract().asByteArray();
        return new String(file, StandardCharsets.UTF_8);
    }
}
