package io.omnipim.bulk.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.omnipim.testsupport.Api;
import io.omnipim.testsupport.CatalogFixtures;
import io.omnipim.testsupport.Jobs;
import io.omnipim.testsupport.Products;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A bulk edit interrupted after a committed batch continues after it: the products of that batch are not changed
 * again, the rest are, and the counts add up over both runs.
 */
@QuarkusTest
class BulkEditResumeTest {

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void catalog() {
        CatalogFixtures.ensure();
    }

    @Test
    void anInterruptedBulkEditResumesAfterItsLastCommittedProduct() throws SQLException {
        List<String> skus = List.of(shoe("Bottine Chelsea"), shoe("Derby noir"), shoe("Escarpin verni"),
                shoe("Sandale tressée"));
        UUID id = UUID.randomUUID();
        BulkEditOptions options = new BulkEditOptions(BulkSelection.of(skus), new BulkEditAction(
                BulkEditAction.Type.ADD_CATEGORIES, null, null, null, null, List.of("shoes"), null));
        interruptedAfterTheSecondProduct(id, options, skus);

        Api.as("editor").post("/api/rest/v1/bulk-edits/" + id + "/resume").then().statusCode(200);
        JsonPath job = Jobs.awaitJob("/api/rest/v1/bulk-edits/" + id);

        assertThat(job.getString("status")).isEqualTo("done");
        assertThat(job.getMap("counts")).containsEntry("updated", 4).containsEntry("failed", 0);
        assertThat(job.getLong("progress.done")).isEqualTo(4);
        for (int i = 0; i < 4; i++) {
            List<String> categories = Api.as("viewer").get("/api/rest/v1/products/" + skus.get(i)).then()
                    .statusCode(200).extract().jsonPath().getList("categories", String.class);
            // the first two were in the batch committed before the crash (as the crash left them: untouched here)
            assertThat(categories).as(skus.get(i)).isEqualTo(i < 2 ? List.of() : List.of("shoes"));
        }
    }

    private static String shoe(String frenchName) {
        return Products.create("shoes", Map.of("name", List.of(Products.value("fr_FR", null, frenchName))));
    }

    /** The state a crash leaves: the selection stored, products 1–2 counted as committed, the node gone. */
    private void interruptedAfterTheSecondProduct(UUID id, BulkEditOptions options, List<String> skus)
            throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO job (id, type, status, label, options,"
                    + " created_by, started_at, total, done, counts, cursor) VALUES (?, 'bulk-edit',"
                    + " 'interrupted', 'add_categories: shoes', ?::jsonb, 'admin', now(), 4, 2,"
                    + " '{\"updated\":2,\"unchanged\":0,\"failed\":0}', '{\"seq\":2}')")) {
                ps.setObject(1, id);
                ps.setString(2, options.toJson().toString());
                ps.executeUpdate();
            }
            new BulkEditItems(dataSource).insert(c, id, skus);
        }
    }
}
