package io.omnipim.platform.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;

import io.omnipim.testsupport.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class TokenResourceTest {

    @Inject
    EntityManager em;

    private static Map<String, String> password(String user, String password) {
        return Map.of("grant_type", "password", "username", user, "password", password);
    }

    @Test
    void passwordGrantReturnsAkeneoShapedToken() {
        given().auth().preemptive().basic(Api.CLIENT_ID, Api.CLIENT_SECRET).contentType(ContentType.JSON)
                .body(password(Api.ADMIN, Api.ADMIN_PASSWORD))
                .post("/api/oauth/v1/token")
                .then().statusCode(200)
                .body("access_token", not(emptyOrNullString()))
                .body("refresh_token", not(emptyOrNullString()))
                .body("expires_in", equalTo(3600))
                .body("token_type", equalTo("bearer"))
                .body("scope", nullValue());
    }

    @Test
    void formEncodedGrantWorksToo() {
        given().auth().preemptive().basic(Api.CLIENT_ID, Api.CLIENT_SECRET)
                .formParams(password(Api.ADMIN, Api.ADMIN_PASSWORD))
                .post("/api/oauth/v1/token")
                .then().statusCode(200).body("token_type", equalTo("bearer"));
    }

    @Test
    void wrongClientSecretIsRefusedWithAkeneoMessage() {
        given().auth().preemptive().basic(Api.CLIENT_ID, "not-the-secret").contentType(ContentType.JSON)
                .body(password(Api.ADMIN, Api.ADMIN_PASSWORD))
                .post("/api/oauth/v1/token")
                .then().statusCode(422).body("code", equalTo(422))
                .body("message", equalTo(TokenService.BAD_CLIENT));
    }

    @Test
    void wrongPasswordIsRefused() {
        given().auth().preemptive().basic(Api.CLIENT_ID, Api.CLIENT_SECRET).contentType(ContentType.JSON)
                .body(password("test-nobody-" + System.nanoTime(), "wrong-password"))
                .post("/api/oauth/v1/token")
                .then().statusCode(422).body("message", equalTo(TokenService.BAD_USER));
    }

    @Test
    void missingGrantTypeIsRefused() {
        given().auth().preemptive().basic(Api.CLIENT_ID, Api.CLIENT_SECRET).contentType(ContentType.JSON)
                .body(Map.of("username", "admin"))
                .post("/api/oauth/v1/token")
                .then().statusCode(422).body("message", equalTo(TokenResource.BAD_GRANT));
    }

    @Test
    void refreshTokenGivesANewTokenOnceOnly() {
        String refresh = given().auth().preemptive().basic(Api.CLIENT_ID, Api.CLIENT_SECRET)
                .contentType(ContentType.JSON).body(password(Api.ADMIN, Api.ADMIN_PASSWORD))
                .post("/api/oauth/v1/token").then().statusCode(200).extract().path("refresh_token");
        Map<String, String> body = Map.of("grant_type", "refresh_token", "refresh_token", refresh);
        String access = given().auth().preemptive().basic(Api.CLIENT_ID, Api.CLIENT_SECRET)
                .contentType(ContentType.JSON).body(body)
                .post("/api/oauth/v1/token").then().statusCode(200).extract().path("access_token");
        given().header("Authorization", "Bearer " + access).get("/api/rest/v1").then().statusCode(200);
        // refresh tokens rotate: the one used is gone
        given().auth().preemptive().basic(Api.CLIENT_ID, Api.CLIENT_SECRET).contentType(ContentType.JSON).body(body)
                .post("/api/oauth/v1/token").then().statusCode(422)
                .body("message", equalTo(TokenService.BAD_REFRESH));
    }

    @Test
    void expiredTokenIsRefusedAsExpired() {
        String token = Api.token(Api.ADMIN, Api.ADMIN_PASSWORD);
        expire(token);
        given().header("Authorization", "Bearer " + token).get("/api/rest/v1")
                .then().statusCode(401).body("code", equalTo(401))
                .body("message", equalTo("The access token provided has expired."));
    }

    @Test
    void unknownTokenIsRefusedAsInvalid() {
        given().header("Authorization", "Bearer made-up-token").get("/api/rest/v1")
                .then().statusCode(401).body("message", equalTo("The access token provided is invalid."));
    }

    @Transactional
    void expire(String token) {
        em.createNativeQuery("UPDATE api_token SET expires_at = now() - interval '1 second' WHERE token_hash = ?1")
                .setParameter(1, Secrets.sha256(token)).executeUpdate();
    }
}
