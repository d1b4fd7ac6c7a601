package io.omnipim.testsupport;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Tokens for tests: the first admin and API client come from the test profile's {@code PIM_*} settings; users of
 * other roles are created once through the API.
 */
public final class Api {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "Admin-Test-Pw-1";
    public static final String CLIENT_ID = "test-client";
    public static final String CLIENT_SECRET = "test-client-secret";
    public static final String PASSWORD = "Pass-word-123";

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Api() {
    }

    /** A request authenticated as a user holding {@code role} (admin, manager, editor or viewer). */
    public static RequestSpecification as(String role) {
        return given().header("Authorization", "Bearer " + tokenFor(role)).contentType(ContentType.JSON);
    }

    public static String tokenFor(String role) {
        return TOKENS.computeIfAbsent(role, r -> {
            if (ADMIN.equals(r)) {
                return token(ADMIN, ADMIN_PASSWORD);
            }
            String username = "test-" + r;
            given().header("Authorization", "Bearer " + tokenFor(ADMIN)).contentType(ContentType.JSON)
                    .body(Map.of("username", username, "password", PASSWORD, "role", r))
                    .post("/api/rest/v1/users");
            return token(username, PASSWORD);
        });
    }

    public static String token(String username, String password) {
        return given().auth().preemptive().basic(CLIENT_ID, CLIENT_SECRET).contentType(ContentType.JSON)
                .body(Map.of("grant_type", "password", "username", username, "password", password))
                .post("/api/oauth/v1/token").then().statusCode(200).extract().path("access_token");
    }

    /** Forget cached tokens (after a test revoked them). */
    public static void forget() {
        TOKENS.clear();
    }
}
