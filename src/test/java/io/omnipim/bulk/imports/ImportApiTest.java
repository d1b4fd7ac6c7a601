package io.omnipim.bulk.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.omnipim.testsupport.Api;
import io.omnipim.testsupport.CatalogFixtures;
import io.omnipim.testsupport.Eans;
import io.omnipim.testsupport.Jobs;
import io.omnipim.testsupport.Products;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ImportApiTest {

    static final String HEADER = "sku;family;categories;enabled;name-en_US;name-fr_FR;name-de_DE;"
            + "description-fr_FR-ecommerce;brand;color;size;price-EUR;price-USD;waterproof;ean";

    @BeforeEach
    void catalog() {
        CatalogFixtures.ensure();
    }

    @Test
    void importsProductsWithLocalizedValuesPricesAndSelects() {
        String a = Products.sku("imp");
        String b = Products.sku("imp");
        String csv = HEADER + "\n"
                + a + ";shoes;shoes;1;Hiking boot;Chaussure de randonnée;Wanderschuh;\"<p>Cuir pleine fleur; semelle"
                + " crantée</p>\";elan_vital;red;42;129.90;139.00;1;" + Eans.next() + "\n"
                + b + ";shoes;shoes,clothing;0;City sneaker;Basket de ville;Stadtschuh;;alpenglueck;blue;43;89.50;;0;"
                + Eans.next() + "\n";
        JsonPath job = Jobs.importCsv(csv, "products");
        assertThat(job.getString("status")).isEqualTo("done");
        assertThat(job.getMap("counts")).containsEntry("read", 2).containsEntry("created", 2)
                .containsEntry("rejected", 0);
        assertThat(job.getLong("progress.done")).isEqualTo(2);
        Api.as("viewer").get("/api/rest/v1/products/" + a).then().statusCode(200)
                .body("values.name.find { it.locale == 'fr_FR' }.data", equalTo("Chaussure de randonnée"))
                .body("values.description[0].data", equalTo("<p>Cuir pleine fleur; semelle crantée</p>"))
                .body("values.price[0].data.find { it.currency == 'EUR' }.amount", equalTo("129.90"))
                .body("values.waterproof[0].data", equalTo(true)).body("enabled", equalTo(true));
        Api.as("viewer").get("/api/rest/v1/products/" + b).then().body("enabled", equalTo(false))
                .body("categories", equalTo(List.of("clothing", "shoes")));
    }

    @Test
    void aBadRowIsRejectedAloneAndNamesItsLineAndColumn() {
        String good = Products.sku("imp");
        String badOption = Products.sku("imp");
        String badNumber = Products.sku("imp");
        String csv = HEADER + "\n"
                + badOption + ";shoes;shoes;1;Boot;Botte;Stiefel;;elan_vital;purple;42;10.00;;1;\n"
                + good + ";shoes;shoes;1;Sandal;Sandale;Sandale;;elan_vital;red;42;25.00;;0;\n"
                + badNumber + ";shoes;shoes;1;Clog;Sabot;Clog;;elan_vital;red;42;12,5;;0;\n";
        JsonPath job = Jobs.importCsv(csv, "products");
        assertThat(job.getString("status")).isEqualTo("done");
        assertThat(job.getMap("counts")).containsEntry("created", 1).containsEntry("rejected", 2);
        List<Map<String, Object>> errors = job.getList("errors");
        assertThat(errors).anySatisfy(e -> {
            assertThat(e).containsEntry("line", 2).containsEntry("column", 10).containsEntry("column_name", "color");
            assertThat((String) e.get("message")).contains("purple");
        });
        assertThat(errors).anySatisfy(e -> {
            assertThat(e).containsEntry("line", 4).containsEntry("column_name", "price-EUR");
            assertThat((String) e.get("message")).contains("12,5").contains("decimal");
        });
        Api.as("viewer").get("/api/rest/v1/products/" + good).then().statusCode(200);
        Api.as("viewer").get("/api/rest/v1/products/" + badOption).then().statusCode(404);
    }

    @Test
    void anUnknownGroupRejectsItsRowAndNamesTheGroupsCell() {
        String group = "vente_privee_" + System.nanoTime() % 1_000_000;
        Api.as("manager")
                .body(Map.of("labels", CatalogFixtures.labels("Private sale", "Vente privée", "Privatverkauf")))
                .patch("/api/rest/v1/groups/" + group).then().statusCode(201);
        String good = Products.sku("imp");
        String bad = Products.sku("imp");
        String csv = "sku;family;groups;name-fr_FR\n" + good + ";shoes;" + group + ";Espadrille été\n" + bad
                + ";shoes;" + group + ",braderie_fantome;Sabot d'hiver\n";
        JsonPath job = Jobs.importCsv(csv, "products");
        assertThat(job.getMap("counts")).containsEntry("created", 1).containsEntry("rejected", 1);
        assertThat((List<Map<String, Object>>) job.get("errors")).anySatisfy(e -> {
            assertThat(e).containsEntry("line", 3).containsEntry("column", 3).containsEntry("column_name", "groups");
            assertThat((String) e.get("message")).contains("braderie_fantome");
        });
        Api.as("viewer").get("/api/rest/v1/products/" + good).then().body("groups", equalTo(List.of(group)));
        Api.as("viewer").get("/api/rest/v1/products/" + bad).then().statusCode(404);
    }

    @Test
    void theRejectedRowsComeBackWithTheirErrorAndImportOnceFixed() {
        String sku = Products.sku("imp");
        String csv = HEADER + "\n" + sku + ";shoes;shoes;1;Boot;Botte;Stiefel;;elan_vital;purple;42;10.00;;1;\n";
        String id = Jobs.upload(csv, "chaussures.csv", "products");
        Jobs.awaitImport(id);
        String rejected = Api.as("editor").get("/api/rest/v1/imports/" + id + "/rejected").then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"chaussures-rejected.csv\""))
                .extract().asString();
        String[] lines = rejected.split("\n");
        assertThat(lines[0]).isEqualTo(HEADER + ";import_error");
        assertThat(lines[1]).startsWith(sku + ";shoes").contains("color: ").contains("purple");
        String fixed = rejected.replace(";purple;", ";green;");
        JsonPath again = Jobs.importCsv(fixed, "products");
        assertThat(again.getMap("counts")).containsEntry("created", 1).containsEntry("rejected", 0);
    }

    @Test
    void anUnknownColumnFailsTheFileBeforeAnythingIsWritten() {
        String sku = Products.sku("imp");
        String csv = "sku;family;colour;name-fr_FR\n" + sku + ";shoes;red;Botte\n";
        JsonPath job = Jobs.importCsv(csv, "products");
        assertThat(job.getString("status")).isEqualTo("failed");
        assertThat(job.getString("message")).contains("colour").contains("did you mean \"color\"");
        assertThat(job.getList("errors", Map.class)).anySatisfy(e -> assertThat(e).containsEntry("line", 1)
                .containsEntry("column", 3));
        Api.as("viewer").get("/api/rest/v1/products/" + sku).then().statusCode(404);
    }

    @Test
    void aRepeatedIdentifierSeveralBatchesLaterStillWinsAndWarns() {
        // tests write batches of 3 rows per writer: line 11 is four batches after line 2, the other rows between
        String sku = Products.sku("imp");
        StringBuilder csv = new StringBuilder("sku;family;name-fr_FR\n").append(sku).append(";shoes;Premier\n");
        for (int i = 0; i < 8; i++) {
            csv.append(Products.sku("imp")).append(";shoes;Chaussure ").append(i).append('\n');
        }
        csv.append(sku).append(";shoes;Größe 42 – dernier\n");
        JsonPath job = Jobs.importCsv(csv.toString(), "products");
        assertThat(job.getMap("counts")).containsEntry("created", 9).containsEntry("warnings", 1)
                .containsEntry("rejected", 0);
        assertThat(job.getString("warnings[0].message")).contains("line 2").contains("line 11");
        Api.as("viewer").get("/api/rest/v1/products/" + sku).then()
                .body("values.name[0].data", equalTo("Größe 42 – dernier"));
    }

    @Test
    void aLaterRowWithTheSameIdentifierWinsWithAWarningNamingBothLines() {
        String sku = Products.sku("imp");
        String csv = "sku;family;name-fr_FR\n" + sku + ";shoes;Premier\n" + sku + ";shoes;Second\n";
        JsonPath job = Jobs.importCsv(csv, "products");
        assertThat(job.getMap("counts")).containsEntry("warnings", 1).containsEntry("rejected", 0);
        assertThat(job.getString("warnings[0].message")).contains("line 2").contains("line 3");
        Api.as("viewer").get("/api/rest/v1/products/" + sku).then()
                .body("values.name[0].data", equalTo("Second"));
    }

    @Test
    void aWindows1252FileWithAccentsAndEuroSignIsReadAsWritten() {
        String sku = Products.sku("imp");
        String csv = "sku;family;name-fr_FR;name-de_DE\n" + sku + ";shoes;Été à 20 € : légèreté;Größe für Füße\n";
        String id = Jobs.upload("admin", csv.getBytes(Charset.forName("windows-1252")), "excel.csv", "products",
                Map.of());
        assertThat(Jobs.awaitImport(id).getString("status")).isEqualTo("done");
        Api.as("viewer").get("/api/rest/v1/products/" + sku).then()
                .body("values.name.find { it.locale == 'fr_FR' }.data", equalTo("Été à 20 € : légèreté"))
                .body("values.name.find { it.locale == 'de_DE' }.data", equalTo("Größe für Füße"));
    }

    @Test
    void aDryRunChecksEverythingAndWritesNothing() {
        String sku = Products.sku("imp");
        String bad = Products.sku("imp");
        String csv = "sku;family;color\n" + sku + ";shoes;red\n" + bad + ";shoes;purple\n";
        String id = Jobs.upload("admin", csv.getBytes(StandardCharsets.UTF_8), "check.csv", "products",
                Map.of("dry_run", "true"));
        JsonPath job = Jobs.awaitImport(id);
        assertThat(job.getMap("counts")).containsEntry("created", 1).containsEntry("rejected", 1);
        Api.as("viewer").get("/api/rest/v1/products/" + sku).then().statusCode(404);
    }

    @Test
    void aDryRunAlsoReportsAUniqueValueAlreadyTaken() {
        String ean = Eans.next();
        Jobs.importCsv("sku;family;ean\n" + Products.sku("imp") + ";shoes;" + ean + "\n", "products");
        String twin = Products.sku("imp");
        String id = Jobs.upload("admin", ("sku;family;ean\n" + twin + ";shoes;" + ean + "\n")
                .getBytes(StandardCharsets.UTF_8), "twin.csv", "products", Map.of("dry_run", "true"));
        JsonPath job = Jobs.awaitImport(id);
        assertThat(job.getMap("counts")).containsEntry("rejected", 1);
        assertThat(job.getString("errors[0].column_name")).isEqualTo("ean");
        Api.as("viewer").get("/api/rest/v1/products/" + twin).then().statusCode(404);
    }

    @Test
    void aNewProductWhoseUniqueValueIsTakenIsRejectedAloneItsBatchIsCreated() {
        String ean = Eans.next();
        String owner = Products.sku("imp");
        Jobs.importCsv("sku;family;ean\n" + owner + ";shoes;" + ean + "\n", "products");
        String before = Products.sku("imp");
        String twin = Products.sku("imp");
        String after = Products.sku("imp");
        String freeEan = Eans.next();
        JsonPath job = Jobs.importCsv("sku;family;name-de_DE;ean\n" + before + ";shoes;Hausschuh Größe 42;" + freeEan
                + "\n" + twin + ";shoes;Pantoufle à 12,50 €;" + ean + "\n" + after + ";shoes;Slipper;\n", "products");
        assertThat(job.getMap("counts")).containsEntry("created", 2).containsEntry("rejected", 1);
        assertThat(job.getInt("errors[0].line")).isEqualTo(3);
        assertThat(job.getString("errors[0].column_name")).isEqualTo("ean");
        Api.as("viewer").get("/api/rest/v1/products/" + twin).then().statusCode(404);
        Api.as("viewer").get("/api/rest/v1/products/" + before).then().statusCode(200)
                .body("values.ean[0].data", equalTo(freeEan))
                .body("values.name[0].data", equalTo("Hausschuh Größe 42"));
        Api.as("viewer").get("/api/rest/v1/products/" + after).then().statusCode(200);
        Api.as("viewer").get("/api/rest/v1/products/" + owner).then().statusCode(200)
                .body("values.ean[0].data", equalTo(ean));
        // the free value claimed in the batch is held: another product cannot take it
        String late = Products.sku("imp");
        JsonPath again = Jobs.importCsv("sku;family;ean\n" + late + ";shoes;" + freeEan + "\n", "products");
        assertThat(again.getMap("counts")).containsEntry("rejected", 1);
    }

    @Test
    void importingTheSameFileTwiceChangesNothingTheSecondTime() {
        String sku = Products.sku("imp");
        String csv = "sku;family;name-fr_FR;price-EUR\n" + sku + ";shoes;Mocassin;59.00\n";
        Jobs.importCsv(csv, "products");
        JsonPath again = Jobs.importCsv(csv, "products");
        assertThat(again.getMap("counts")).containsEntry("unchanged", 1).containsEntry("updated", 0)
                .containsEntry("created", 0);
        Api.as("viewer").get("/api/rest/v1/products/" + sku + "/history").then().statusCode(200)
                .body("_embedded.items.size()", equalTo(1));
    }

    @Test
    void aMissingOptionIsCreatedWhenAsked() {
        String sku = Products.sku("imp");
        String code = "teal_" + sku.substring(sku.indexOf('-') + 1);
        String csv = "sku;family;color\n" + sku + ";shoes;" + code + "\n";
        String id = Jobs.upload("admin", csv.getBytes(StandardCharsets.UTF_8), "new-colours.csv", "products",
                Map.of("on_missing_option", "create"));
        JsonPath job = Jobs.awaitImport(id);
        assertThat(job.getMap("counts")).as(job.prettify()).containsEntry("created", 1);
        Api.as("viewer").get("/api/rest/v1/attributes/color/options/" + code).then().statusCode(200);
    }

    @Test
    void structureImportsNeedTheManagerRoleAndBadOptionsAreNamed() {
        Jobs.class.getName();
        io.restassured.RestAssured.given().header("Authorization", "Bearer " + Api.tokenFor("editor"))
                .multiPart("file", "attributes.csv", "code;type\nx;pim_catalog_text\n".getBytes(), "text/csv")
                .multiPart("type", "attributes").post("/api/rest/v1/imports").then().statusCode(403);
        io.restassured.RestAssured.given().header("Authorization", "Bearer " + Api.tokenFor("admin"))
                .multiPart("file", "p.csv", "sku\nx\n".getBytes(), "text/csv").multiPart("type", "produits")
                .multiPart("decimal_separator", ";").post("/api/rest/v1/imports").then().statusCode(422)
                .body("errors.property", org.hamcrest.Matchers.hasItems("type", "decimal_separator"));
    }

    @Test
    void cancellingStopsAfterTheCurrentBatchAndKeepsWhatWasCommitted() throws InterruptedException {
        StringBuilder csv = new StringBuilder("sku;family;name-fr_FR\n");
        String prefix = Products.sku("cancel");
        for (int i = 0; i < 900; i++) {
            csv.append(prefix).append('-').append(i).append(";shoes;Pantoufle ").append(i).append('\n');
        }
        String id = Jobs.upload(csv.toString(), "pantoufles.csv", "products");
        JsonPath running;
        do {
            Thread.sleep(20);
            running = Api.as("admin").get("/api/rest/v1/imports/" + id).then().extract().jsonPath();
        } while (running.getString("status").equals("queued") || running.getLong("progress.done") == 0);
        Api.as("admin").delete("/api/rest/v1/imports/" + id).then().statusCode(200);
        JsonPath job = Jobs.awaitImport(id);
        assertThat(job.getString("status")).isEqualTo("cancelled");
        assertThat(job.getString("message")).startsWith("Cancelled after line");
        int created = job.getInt("counts.created");
        assertThat(created).isBetween(1, 899);
        Api.as("viewer").get("/api/rest/v1/products/" + prefix + "-" + (created - 1)).then().statusCode(200);
        Api.as("viewer").get("/api/rest/v1/products/" + prefix + "-" + created).then().statusCode(404);
    }
}
