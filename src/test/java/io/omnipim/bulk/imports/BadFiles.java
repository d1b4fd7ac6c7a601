package io.omnipim.bulk.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.omnipim.testsupport.Api;
import io.omnipim.testsupport.Jobs;
import io.restassured.path.json.JsonPath;

/** Uploads a bad file as a products import and checks what the user is told and what was (not) written. */
final class BadFiles {

    private BadFiles() {
    }

    /** Imports {@code content} as {@code fileName} (a products file) and waits for the job to end. */
    static JsonPath run(byte[] content, String fileName, Map<String, String> options) {
        return Jobs.awaitImport(Jobs.upload("admin", content, fileName, "products", options));
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    /** An error of the report on this line and column whose message mentions {@code text}. */
    static void assertError(List<Map<String, Object>> errors, int line, int column, String columnName,
            String text) {
        assertThat(errors).as("an error on line %d, column %d \"%s\" mentioning %s", line, column, columnName, text)
                .anySatisfy(e -> {
                    assertThat(e).containsEntry("line", line).containsEntry("column", column)
                            .containsEntry("column_name", columnName);
                    assertThat((String) e.get("message")).contains(text);
                });
    }

    static void assertAbsent(String... identifiers) {
        for (String identifier : identifiers) {
            Api.as("viewer").get("/api/rest/v1/products/" + identifier).then().statusCode(404);
        }
    }

    static void assertPresent(String... identifiers) {
        for (String identifier : identifiers) {
            Api.as("viewer").get("/api/rest/v1/products/" + identifier).then().statusCode(200);
        }
    }
}
