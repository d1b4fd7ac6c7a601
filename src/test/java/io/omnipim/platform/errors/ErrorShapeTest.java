package io.omnipim.platform.errors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.omnipim.testsupport.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ErrorShapeTest {

    @Test
    void malformedJsonIs400() {
        Api.as("admin").body("{\"username\": \"broken").post("/api/rest/v1/users")
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("code", equalTo(400)).body("message", equalTo("Invalid json message received"));
    }

    @Test
    void unknownRoutesAre404InsideAndOutsideTheApi() {
        Api.as("viewer").get("/api/rest/v1/no-such-thing").then().statusCode(404).contentType(ContentType.JSON)
                .body("code", equalTo(404));
        given().get("/no/such/page").then().statusCode(404).contentType(ContentType.JSON)
                .body("code", equalTo(404));
    }

    @Test
    void wrongMethodIs405() {
        Api.as("admin").delete("/api/rest/v1").then().statusCode(405).contentType(ContentType.JSON)
                .body("code", equalTo(405));
    }

    @Test
    void wrongContentTypeIs415() {
        Api.as("admin").contentType(ContentType.TEXT).body("username=x").post("/api/rest/v1/users")
                .then().statusCode(415).contentType(ContentType.JSON).body("code", equalTo(415));
    }

    @Test
    void bodyOverTheLimitIs413() {
        byte[] big = new byte[11 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        big[0] = '{';
        big[big.length - 1] = '}';
        Api.as("admin").body(big).post("/api/rest/v1/users")
                .then().statusCode(413).contentType(ContentType.JSON).body("code", equalTo(413));
    }

    @Test
    void validationFailureIs422WithFieldErrors() {
        Api.as("admin").body(java.util.Map.of("username", "ok.name", "password", "x", "role", "viewer"))
                .post("/api/rest/v1/users").then().statusCode(422)
                .body("code", equalTo(422)).body("errors[0].property", equalTo("password"))
                .body("errors[0].message", not(containsString("arg0")));
    }

    @Test
    void unexpectedFailureIs500WithAReferenceAndNoInternals() {
        String body = Api.as("viewer").get("/api/rest/v1/test-failure").then().statusCode(500)
                .contentType(ContentType.JSON).body("code", equalTo(500))
                .body("message", matchesPattern("An unexpected error occurred\\. Reference: [0-9a-f-]{36}"))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(body.contains("SELECT") || body.contains("io.omnipim")
                || body.contains("Exception"), body);
    }

    @Test
    void everyResponseCarriesARequestId() {
        given().header("X-Request-Id", "trace-me-42").get("/api/rest/v1").then()
                .header("X-Request-Id", equalTo("trace-me-42"));
        given().get("/api/rest/v1").then().header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }
}
