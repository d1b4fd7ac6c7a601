package io.omnipim.bulk.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.omnipim.platform.embedded.EmbeddedServices;
import io.omnipim.testsupport.ServerProcess;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The packaged server killed with kill -9 in the middle of a 30,000-row import: at restart the job is shown
 * interrupted, resume continues after the last committed batch, and in the end every product of the file exists
 * once, created once (one history entry each), none lost, none imported twice.
 */
class ImportCrashIT {

    private static final Path BUILD = Path.of(System.getProperty("pim.test.build-dir", "target")).toAbsolutePath();
    private static final int ROWS = 30_000;
    private static final long KILL_AFTER = 3_000;
    private static final String FAMILY = "tents";
    private static final String PASSWORD = "Zelt-Absturz-1";

    private ServerProcess server;
    private String token;

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null && server.process().isAlive()) {
            server.stop();
        }
    }

    @Test
    void aKilledImportIsInterruptedAndResumesWithoutLosingOrRepeatingARow() throws Exception {
        Path data = BUILD.resolve("it-data/import-crash");
        EmbeddedServices.resetData(data);
        Map<String, String> env = Map.of("PIM_DATA_DIR", data.toString(), "PIM_ADMIN_PASSWORD", PASSWORD,
                "PIM_API_CLIENT_ID", "it-client", "PIM_API_CLIENT_SECRET", "it-secret-value",
                // the same port, so the restarted server knows the running job as its own and marks it at once
                "PIM_HTTP_PORT", Integer.toString(ServerProcess.freePort()));
        start(env);
        structure();
        String id = api().multiPart("file", "tentes.csv", csv(), "text/csv").multiPart("type", "products")
                .post("/api/rest/v1/imports").then().statusCode(202).extract().path("id");
        long doneBeforeKill = awaitProgress(id);

        server.kill9();
        start(env);

        JsonPath interrupted = job(id);
        assertThat(interrupted.getString("status")).as(interrupted.prettify()).isEqualTo("interrupted");
        long committed = interrupted.getLong("progress.done");
        assertThat(committed).isBetween(doneBeforeKill, ROWS - 1L);
        assertThat(interrupted.getString("message")).contains("Resume").contains(committed + " rows");
        assertThat(interrupted.getLong("counts.created")).isEqualTo(committed);

        api().post("/api/rest/v1/imports/" + id + "/resume").then().statusCode(200);
        JsonPath done = awaitEnd(id);
        assertThat(done.getString("status")).as(done.prettify()).isEqualTo("done");
        assertThat(done.getMap("counts")).containsEntry("read", ROWS).containsEntry("created", ROWS)
                .containsEntry("rejected", 0).containsEntry("updated", 0).containsEntry("unchanged", 0);
        assertThat(done.getLong("progress.done")).isEqualTo(ROWS);
        System.out.printf("killed at %d rows seen, %d committed; resumed run: %s rows/s%n", doneBeforeKill,
                committed, done.getString("progress.rate_per_second"));

        long count = api().queryParam("search", "{\"family\":[{\"operator\":\"IN\",\"value\":[\"" + FAMILY + "\"]}]}")
                .queryParam("with_count", true).queryParam("limit", 1).get("/api/rest/v1/products").then()
                .statusCode(200).extract().jsonPath().getLong("items_count");
        assertThat(count).isEqualTo(ROWS);
        for (int row : sample(committed)) {
            api().get("/api/rest/v1/products/" + sku(row) + "/history").then().statusCode(200)
                    .body("_embedded.items.size()", org.hamcrest.Matchers.equalTo(1));
        }
    }

    private void start(Map<String, String> env) throws Exception {
        server = ServerProcess.start(env);
        server.awaitReady(120);
        token = server.token("admin", PASSWORD, "it-client", "it-secret-value");
    }

    /** What the file needs on a fresh catalog: French active, euros, a name and a price in a family. */
    private void structure() {
        patch("/api/rest/v1/channels/ecommerce", Map.of("locales", List.of("en_US", "fr_FR"), "currencies",
                List.of("EUR", "USD")));
        patch("/api/rest/v1/attributes/name", Map.of("type", "pim_catalog_text", "group", "other", "localizable",
                true, "labels", Map.of("en_US", "Name", "fr_FR", "Nom")));
        patch("/api/rest/v1/attributes/price", Map.of("type", "pim_catalog_price_collection", "group", "other",
                "decimals_allowed", true, "labels", Map.of("en_US", "Price", "fr_FR", "Prix")));
        patch("/api/rest/v1/families/" + FAMILY, Map.of("attributes", List.of("sku", "name", "price"),
                "attribute_as_label", "name", "labels", Map.of("en_US", "Tents", "fr_FR", "Tentes")));
    }

    private void patch(String path, Map<String, ?> body) {
        int status = api().contentType(ContentType.JSON).body(body).patch(path).then().extract().statusCode();
        assertThat(status).as("PATCH " + path).isIn(201, 204);
    }

    private static byte[] csv() {
        StringBuilder csv = new StringBuilder("sku;family;name-fr_FR;price-EUR\n");
        for (int row = 1; row <= ROWS; row++) {
            csv.append(sku(row)).append(';').append(FAMILY).append(";Tente de randonnée légère ")
                    .append(2 + row % 4).append(" places, réf. ").append(row).append(';')
                    .append(99 + row % 200).append(".90\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String sku(int row) {
        return String.format("TENTE-%05d", row);
    }

    /** About twenty rows across the file, with those on both sides of where the crash stopped it. */
    private static List<Integer> sample(long committed) {
        TreeSet<Integer> rows = new TreeSet<>();
        for (int row = 1; row <= ROWS; row += ROWS / 16) {
            rows.add(row);
        }
        rows.add(ROWS);
        for (long row = committed - 1; row <= committed + 2; row++) {
            rows.add((int) row);
        }
        return new ArrayList<>(rows);
    }

    /** Waits until the import has committed more than {@link #KILL_AFTER} rows; returns how many. */
    private long awaitProgress(String id) throws InterruptedException {
        long deadline = System.nanoTime() + 90_000_000_000L;
        while (true) {
            JsonPath job = job(id);
            long done = job.getLong("progress.done");
            if (done > KILL_AFTER) {
                return done;
            }
            assertThat(job.getString("status")).as(job.prettify()).isIn("queued", "running");
            assertThat(System.nanoTime()).as("the import did not get past " + KILL_AFTER + " rows").isLessThan(
                    deadline);
            Thread.sleep(20);
        }
    }

    private JsonPath awaitEnd(String id) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (true) {
            JsonPath job = job(id);
            if (!List.of("queued", "running").contains(job.getString("status"))) {
                return job;
            }
            assertThat(System.nanoTime()).as("still running: " + job.prettify()).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private JsonPath job(String id) {
        return api().get("/api/rest/v1/imports/" + id).then().statusCode(200).extract().jsonPath();
    }

    private RequestSpecification api() {
        return given().port(server.port()).header("Authorization", "Bearer " + token);
    }
}
