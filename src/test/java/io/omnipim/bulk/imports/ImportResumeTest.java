package io.omnipim.bulk.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.omnipim.testsupport.Api;
import io.omnipim.testsupport.CatalogFixtures;
import io.omnipim.testsupport.Jobs;
import io.omnipim.testsupport.Products;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * An import interrupted after a committed batch continues after it: the rows of that batch are not read again,
 * the rest is imported. (The packaged-server test kills a real import with kill -9.)
 */
@QuarkusTest
class ImportResumeTest {

    @Inject
    ImportFiles files;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    ObjectMapper json;

    @BeforeEach
    void catalog() {
        CatalogFixtures.ensure();
    }

    @Test
    void anInterruptedImportResumesAfterItsLastCommittedBatch() throws IOException, SQLException {
        String[] skus = new String[5];
        StringBuilder csv = new StringBuilder("sku;family;name-fr_FR\n");
        for (int i = 0; i < 5; i++) {
            skus[i] = Products.sku("resume");
            csv.append(skus[i]).append(";shoes;Chausson ").append(i).append('\n');
        }
        UUID id = UUID.randomUUID();
        Path upload = Files.createTempFile("resume", ".csv");
        Files.writeString(upload, csv);
        files.keep(id, upload);
        ImportOptions options = ImportOptions.parse("products", "resume.csv", null, null, null, null, null, null,
                null, null);
        interruptedAfterLine3(id, options);

        Api.as("admin").get("/api/rest/v1/imports/" + id).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("interrupted"));
        Api.as("admin").post("/api/rest/v1/imports/" + id + "/resume").then().statusCode(200);
        JsonPath job = Jobs.awaitImport(id.toString());

        assertThat(job.getString("status")).isEqualTo("done");
        // 2 counted before the interruption, 3 by the resumed run
        assertThat(job.getMap("counts")).containsEntry("read", 5).containsEntry("created", 5);
        assertThat(job.getLong("progress.done")).isEqualTo(5);
        Api.as("viewer").get("/api/rest/v1/products/" + skus[0]).then().statusCode(404);
        Api.as("viewer").get("/api/rest/v1/products/" + skus[1]).then().statusCode(404);
        for (int i = 2; i < 5; i++) {
            Api.as("viewer").get("/api/rest/v1/products/" + skus[i]).then().statusCode(200);
        }
        Api.as("admin").post("/api/rest/v1/imports/" + id + "/resume").then().statusCode(409);
    }

    /** The state a crash leaves: rows of lines 2–3 committed, the node gone. */
    private void interruptedAfterLine3(UUID id, ImportOptions options) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO job (id, type, status, label, options,"
                        + " created_by, started_at, total, done, counts, cursor) VALUES (?, 'import',"
                        + " 'interrupted', 'resume.csv', ?::jsonb, 'admin', now(), 5, 2,"
                        + " '{\"read\":2,\"created\":2}', '{\"line\":3}')")) {
            ps.setObject(1, id);
            ps.setString(2, options.toJson(json).toString());
            ps.executeUpdate();
        }
    }
}
