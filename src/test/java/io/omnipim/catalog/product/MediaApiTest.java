package io.omnipim.catalog.product;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.omnipim.testsupport.Api;
import io.omnipim.testsupport.CatalogFixtures;
import io.omnipim.testsupport.Products;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MediaApiTest {

    /** A 1×1 PNG. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @BeforeEach
    void structure() {
        CatalogFixtures.ensure();
    }

    @Test
    void uploadLinksTheFileToTheProductAndDownloadsTheSameBytes() {
        String sku = Products.create("clothing", Map.of());
        String location = given().header("Authorization", "Bearer " + Api.tokenFor("editor"))
                .multiPart("file", "veste-ete.png", PNG, "image/png")
                .multiPart("product", "{\"identifier\":\"" + sku + "\",\"attribute\":\"picture\",\"scope\":null,"
                        + "\"locale\":null}")
                .post("/api/rest/v1/media-files").then().statusCode(201).extract().header("Location");
        String code = location.substring(location.indexOf("/media-files/") + "/media-files/".length());
        Api.as("viewer").get("/api/rest/v1/products/" + sku).then().body("values.picture[0].data", equalTo(code));
        Api.as("viewer").get("/api/rest/v1/media-files/" + code).then().statusCode(200)
                .body("original_filename", equalTo("veste-ete.png")).body("mime_type", equalTo("image/png"));
        byte[] downloaded = given().header("Authorization", "Bearer " + Api.tokenFor("viewer"))
                .get("/api/rest/v1/media-files/" + code + "/download").then().statusCode(200).extract().asByteArray();
        Assertions.assertArrayEquals(PNG, downloaded);
    }

    @Test
    void wrongExtensionAndUnknownProductAreRefused() {
        String sku = Products.create("clothing", Map.of());
        given().header("Authorization", "Bearer " + Api.tokenFor("editor"))
                .multiPart("file", "notice.pdf", "%PDF-1.4 fake".getBytes(), "application/pdf")
                .multiPart("product", "{\"identifier\":\"" + sku + "\",\"attribute\":\"picture\",\"scope\":null,"
                        + "\"locale\":null}")
                .post("/api/rest/v1/media-files").then().statusCode(422).body("message", containsString("extension"));
        given().header("Authorization", "Bearer " + Api.tokenFor("editor"))
                .multiPart("file", "p.png", PNG, "image/png")
                .multiPart("product", "{\"identifier\":\"nope-" + sku + "\",\"attribute\":\"picture\",\"scope\":null,"
                        + "\"locale\":null}")
                .post("/api/rest/v1/media-files").then().statusCode(422)
                .body("message", containsString("does not exist"));
    }
}
