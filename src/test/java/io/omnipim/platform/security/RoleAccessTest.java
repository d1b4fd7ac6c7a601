package io.omnipim.platform.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.omnipim.testsupport.Api;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RoleAccessTest {

    @Test
    void apiWithoutTokenAnswers401InErrorShape() {
        given().get("/api/rest/v1").then().statusCode(401)
                .body("code", equalTo(401)).body("message", equalTo("Authentication is required"));
        given().get("/api/rest/v1/users").then().statusCode(401).body("code", equalTo(401));
    }

    @Test
    void everyRoleReadsTheApiRoot() {
        for (String role : new String[]{"viewer", "editor", "manager", "admin"}) {
            Api.as(role).get("/api/rest/v1").then().statusCode(200)
                    .body("authentication", hasKey("fos_oauth_server_token"))
                    .body("routes", hasKey("pim_api_user_list"));
        }
    }

    @Test
    void onlyAdminsManageUsers() {
        for (String role : new String[]{"viewer", "editor", "manager"}) {
            Api.as(role).get("/api/rest/v1/users").then().statusCode(403).body("code", equalTo(403));
            Api.as(role).body(Map.of("username", "x-" + role, "password", "long-enough-1"))
                    .post("/api/rest/v1/users").then().statusCode(403);
        }
        Api.as("admin").get("/api/rest/v1/users").then().statusCode(200);
    }

    @Test
    void connectionRoleCapsTheUserRole() {
        var viewerConnection = Api.as("admin")
                .body(Map.of("code", "feed_reader_" + System.nanoTime(), "role", "viewer"))
                .post("/api/rest/v1/connections").then().statusCode(201).extract().jsonPath();
        String token = given().auth().preemptive()
                .basic(viewerConnection.getString("client_id"), viewerConnection.getString("secret"))
                .contentType("application/json")
                .body(Map.of("grant_type", "password", "username", Api.ADMIN, "password", Api.ADMIN_PASSWORD))
                .post("/api/oauth/v1/token").then().statusCode(200).extract().path("access_token");
        given().header("Authorization", "Bearer " + token).get("/api/rest/v1").then().statusCode(200);
        given().header("Authorization", "Bearer " + token).get("/api/rest/v1/users").then().statusCode(403);
    }
}
