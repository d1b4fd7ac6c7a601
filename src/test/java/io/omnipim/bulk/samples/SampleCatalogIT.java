package io.omnipim.bulk.samples;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.omnipim.testsupport.ServerProcess;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * The run command with {@code PIM_LOAD_SAMPLES=true} on a new data dir, as a newcomer starts it: every sample file
 * imports without a rejected row except the deliberate-mistakes file, whose rejected rows name each mistake; the
 * sample catalog then exports and imports back unchanged.
 */
class SampleCatalogIT {

    private static final Path BUILD = Path.of(System.getProperty("pim.test.build-dir", "target")).toAbsolutePath();
    private static ServerProcess server;
    private static String token;

    @BeforeAll
    static void start() throws Exception {
        Path data = BUILD.resolve("it-data/samples-" + System.nanoTime());
        server = ServerProcess.start(Map.of("PIM_DATA_DIR", data.toString(), "PIM_ADMIN_PASSWORD", "Échantillon-1",
                "PIM_API_CLIENT_ID", "it-client", "PIM_API_CLIENT_SECRET", "it-secret-value", "PIM_LOAD_SAMPLES",
                "true", "PIM_SAMPLES_DIR", BUILD.getParent().resolve("import-samples").toString()));
        server.awaitReady(120);
        token = server.token("admin", "Échantillon-1", "it-client", "it-secret-value");
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void theSamplesLoadCleanlyAndTheMistakesAreEachReported() throws Exception {
        List<Map<String, Object>> jobs = awaitSamples();
        for (Map<String, Object> job : jobs) {
            String file = (String) job.get("label");
            assertThat(job.get("status")).as(file).isEqualTo("done");
            @SuppressWarnings("unchecked")
            Map<String, Object> counts = (Map<String, Object>) job.get("counts");
            if (file.equals("products-with-mistakes.csv")) {
                assertThat(((Number) counts.get("rejected")).intValue()).as(file).isGreaterThanOrEqualTo(10);
            } else {
                assertThat(((Number) counts.get("rejected")).intValue()).as(file + " " + counts).isZero();
            }
            if (file.equals("products.xlsx")) {
                assertThat(counts).as("the workbook holds the same products as products.csv")
                        .containsEntry("created", 0).containsEntry("updated", 0);
            }
        }
        String mistakes = jobs.stream().filter(j -> j.get("label").equals("products-with-mistakes.csv"))
                .map(j -> (String) j.get("id")).findFirst().orElseThrow();
        String rejected = api().get("/api/rest/v1/imports/" + mistakes + "/rejected").then().statusCode(200)
                .extract().asString();
        assertThat(rejected.lines().findFirst().orElseThrow()).endsWith(";import_error");
        assertThat(rejected.lines().skip(1).filter(l -> !l.isBlank())).allSatisfy(l -> assertThat(l).isNotBlank());
    }

    @Test
    void theSampleCatalogExportsAndImportsBackUnchanged() throws Exception {
        awaitSamples();
        String id = api().contentType("application/json").body(Map.of("type", "products"))
                .post("/api/rest/v1/exports").then().statusCode(202).extract().path("id");
        JsonPath export = await("/api/rest/v1/exports/" + id);
        assertThat(export.getString("status")).isEqualTo("done");
        byte[] file = api().get("/api/rest/v1/exports/" + id + "/file").then().statusCode(200).extract()
                .asByteArray();
        String again = api().multiPart("file", "products-export.csv", file, "text/csv").multiPart("type", "products")
                .post("/api/rest/v1/imports").then().statusCode(202).extract().path("id");
        JsonPath job = await("/api/rest/v1/imports/" + again);
        assertThat(job.getMap("counts")).as(job.prettify()).containsEntry("created", 0).containsEntry("updated", 0)
                .containsEntry("rejected", 0);
    }

    /** The sample jobs once none is queued or running any more (the loader runs them one after the other). */
    private static List<Map<String, Object>> awaitSamples() throws InterruptedException {
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (true) {
            List<Map<String, Object>> jobs = api().get("/api/rest/v1/imports?limit=100").then().statusCode(200)
                    .extract().jsonPath().getList("_embedded.items");
            List<Map<String, Object>> samples = jobs.stream().filter(j -> "system".equals(j.get("created_by")))
                    .toList();
            boolean finished = samples.size() == SampleCatalog.FILES.size()
                    && samples.stream().noneMatch(j -> j.get("status").equals("queued")
                            || j.get("status").equals("running"));
            if (finished) {
                return samples;
            }
            assertThat(System.nanoTime()).as("samples still loading: " + samples).isLessThan(deadline);
            Thread.sleep(500);
        }
    }

    private static JsonPath await(String path) throws InterruptedException {
        while (true) {
            JsonPath job = api().get(path).then().statusCode(200).extract().jsonPath();
            if (!List.of("queued", "running").contains(job.getString("status"))) {
                return job;
            }
            Thread.sleep(200);
        }
    }

    private static RequestSpecification api() {
        return given().port(server.port()).header("Authorization", "Bearer " + token);
    }
}
