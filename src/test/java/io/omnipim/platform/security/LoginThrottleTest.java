package io.omnipim.platform.security;

import static io.restassured.RestAssured.given;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.omnipim.testsupport.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class LoginThrottleTest {

    @Test
    void repeatedWrongPasswordsAreRefusedFor429EvenWithTheRightOneAfter() {
        String name = "throttled." + System.nanoTime();
        Api.as("admin").body(Map.of("username", name, "password", "Right-password-1", "role", "viewer"))
                .post("/api/rest/v1/users").then().statusCode(201);
        for (int i = 0; i < 5; i++) {
            attempt(name, "wrong-" + i).then().statusCode(422);
        }
        attempt(name, "Right-password-1").then().statusCode(429)
                .body("code", org.hamcrest.Matchers.equalTo(429));
    }

    private static io.restassured.response.Response attempt(String user, String password) {
        return given().auth().preemptive().basic(Api.CLIENT_ID, Api.CLIENT_SECRET).contentType(ContentType.JSON)
                .body(Map.of("grant_type", "password", "username", user, "password", password))
                .post("/api/oauth/v1/token");
    }
}
