package io.omnipim.platform.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.omnipim.testsupport.Api;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class UserAndConnectionTest {

    @Test
    void createdUserLogsInAndNeverShowsItsPassword() {
        String name = "sophie.muller." + System.nanoTime();
        Api.as("admin").body(Map.of("username", name, "password", "Grüße-aus-Köln", "role", "editor",
                "first_name", "Sophie", "last_name", "Müller", "ui_locale", "de_DE"))
                .post("/api/rest/v1/users").then().statusCode(201)
                .header("Location", containsString("/api/rest/v1/users/" + name));
        Api.as("admin").get("/api/rest/v1/users/" + name).then().statusCode(200)
                .body("role", equalTo("editor")).body("last_name", equalTo("Müller"))
                .body("$", not(hasKey("password"))).body("$", not(hasKey("password_hash")));
        Api.token(name, "Grüße-aus-Köln");
    }

    @Test
    void disablingAUserRevokesItsTokensAtOnce() {
        String name = "jean.dupont." + System.nanoTime();
        Api.as("admin").body(Map.of("username", name, "password", "Crème-brûlée-42", "role", "viewer"))
                .post("/api/rest/v1/users").then().statusCode(201);
        String token = Api.token(name, "Crème-brûlée-42");
        given().header("Authorization", "Bearer " + token).get("/api/rest/v1").then().statusCode(200);
        Api.as("admin").body(Map.of("enabled", false)).patch("/api/rest/v1/users/" + name).then().statusCode(204);
        given().header("Authorization", "Bearer " + token).get("/api/rest/v1").then().statusCode(401);
    }

    @Test
    void connectionSecretIsShownOnceAndDisablingRevokesTokens() {
        String code = "erp_" + System.nanoTime();
        var created = Api.as("admin").body(Map.of("code", code, "label", "ERP Süd", "role", "editor"))
                .post("/api/rest/v1/connections").then().statusCode(201)
                .body("secret", notNullValue()).extract().jsonPath();
        Api.as("admin").get("/api/rest/v1/connections/" + code).then().statusCode(200)
                .body("$", not(hasKey("secret"))).body("client_id", equalTo(created.getString("client_id")));
        String token = given().auth().preemptive().basic(created.getString("client_id"), created.getString("secret"))
                .contentType("application/json")
                .body(Map.of("grant_type", "password", "username", Api.ADMIN, "password", Api.ADMIN_PASSWORD))
                .post("/api/oauth/v1/token").then().statusCode(200).extract().path("access_token");
        Api.as("admin").body(Map.of("enabled", false)).patch("/api/rest/v1/connections/" + code)
                .then().statusCode(204);
        given().header("Authorization", "Bearer " + token).get("/api/rest/v1").then().statusCode(401);
    }

    @Test
    void invalidUserIsRefusedWithFieldErrors() {
        Api.as("admin").body(Map.of("username", "bad name with spaces", "password", "short", "role", "boss"))
                .post("/api/rest/v1/users").then().statusCode(422)
                .body("code", equalTo(422))
                .body("errors.property", org.hamcrest.Matchers.hasItems("username", "password", "role"));
    }

    @Test
    void unknownPropertyIsNamed() {
        Api.as("admin").body(Map.of("username", "x" + System.nanoTime(), "password", "long-enough-1", "colour", "red"))
                .post("/api/rest/v1/users").then().statusCode(422)
                .body("message", containsString("\"colour\""));
    }
}
