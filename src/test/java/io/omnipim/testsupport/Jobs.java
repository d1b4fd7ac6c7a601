package io.omnipim.testsupport;

import static io.restassured.RestAssured.given;

import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Map;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Starts imports and exports through the API and waits for them to finish. */
public final class Jobs {

    private Jobs() {
    }

    /** Uploads {@code content} as {@code fileName} for an import of {@code type}; returns the job id. */
    public static String upload(String role, byte[] content, String fileName, String type,
            Map<String, String> options) {
        RequestSpecification request = given().header("Authorization", "Bearer " + Api.tokenFor(role))
                .multiPart("file", fileName, content, "application/octet-stream").multiPart("type", type);
        options.forEach(request::multiPart);
        return request.post("/api/rest/v1/imports").then().statusCode(202).extract().path("id");
    }

    public static String upload(String csv, String fileName, String type) {
        return upload("admin", csv.getBytes(Charset.forName("UTF-8")), fileName, type, Map.of());
    }

    /** Imports and waits; returns the finished job. */
    public static JsonPath importCsv(String csv, String type) {
        return awaitImport(upload(csv, type + ".csv", type));
    }

    public static JsonPath awaitImport(String id) {
        return await("/api/rest/v1/imports/" + id);
    }

    public static JsonPath awaitExport(String id) {
        return await("/api/rest/v1/exports/" + id);
    }

    /** Waits for any job by the path that shows it (e.g. a connector run). */
    public static JsonPath awaitJob(String path) {
        return await(path);
    }

    private static JsonPath await(String path) {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            JsonPath job = Api.as("admin").get(path).then().statusCode(200).extract().jsonPath();
            String status = job.getString("status");
            if (!status.equals("queued") && !status.equals("running")) {
                return job;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("job " + path + " still " + status + " after 120 s: " + job.prettify());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
