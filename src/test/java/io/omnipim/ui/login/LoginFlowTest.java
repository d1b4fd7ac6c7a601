package io.omnipim.ui.login;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.omnipim.testsupport.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Logging in and out of the admin UI over plain HTTP: cookies, CSRF and redirects as a browser sees them. */
@QuarkusTest
class LoginFlowTest {

    private static Response loginPage() {
        return given().redirects().follow(false).get("/ui/login");
    }

    private static String hiddenCsrf(String html) {
        int at = html.indexOf("name=\"_csrf\" value=\"");
        return html.substring(at + 20, html.indexOf('"', at + 20));
    }

    private static Response login(String username, String password) {
        Response page = loginPage();
        return given().redirects().follow(false).cookie("pim_login_csrf", page.cookie("pim_login_csrf"))
                .formParam("_csrf", hiddenCsrf(page.asString())).formParam("username", username)
                .formParam("password", password).formParam("next", "/ui/imports").post("/ui/login");
    }

    @Test
    void anonymousPagesGoToTheLoginFormAndComeBackAfterLogin() {
        Response anonymous = given().redirects().follow(false).get("/ui/products?q=veste");
        assertThat(anonymous.statusCode()).isIn(302, 303);
        assertThat(anonymous.header("Location")).contains("/ui/login?next=%2Fui%2Fproducts%3Fq%3Dveste");

        Response ok = login(Api.ADMIN, Api.ADMIN_PASSWORD);
        assertThat(ok.statusCode()).isEqualTo(303);
        assertThat(ok.header("Location")).endsWith("/ui/imports");
        String setCookie = ok.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith("pim_session="))
                .findFirst().orElseThrow();
        assertThat(setCookie).containsIgnoringCase("HttpOnly").contains("SameSite=Lax").contains("Path=/ui");
        assertThat(setCookie).doesNotContain("Secure");

        String session = ok.cookie("pim_session");
        Response products = given().redirects().follow(false).cookie("pim_session", session).get("/ui/products");
        assertThat(products.statusCode()).isEqualTo(200);
        assertThat(products.header("Content-Security-Policy")).contains("script-src 'self'");
        assertThat(products.asString()).contains("OmniPIM").contains("admin");
    }

    @Test
    void aWrongPasswordShowsTheFormAgainWithAMessage() {
        Response wrong = login(Api.ADMIN, "not-the-password");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.asString()).contains("Wrong username or password.").contains("value=\"admin\"");
        assertThat(wrong.cookie("pim_session")).isNull();
    }

    @Test
    void formsWithoutTheirCsrfTokenAreRefused() {
        Response page = loginPage();
        Response noToken = given().redirects().follow(false).cookie("pim_login_csrf", page.cookie("pim_login_csrf"))
                .formParam("username", Api.ADMIN).formParam("password", Api.ADMIN_PASSWORD).post("/ui/login");
        assertThat(noToken.statusCode()).isEqualTo(403);

        String session = login(Api.ADMIN, Api.ADMIN_PASSWORD).cookie("pim_session");
        Response forged = given().redirects().follow(false).cookie("pim_session", session)
                .formParam("_csrf", "forged").post("/ui/logout");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(given().redirects().follow(false).cookie("pim_session", session).get("/ui/products")
                .statusCode()).isEqualTo(200);
    }

    @Test
    void loggingOutEndsTheSessionForGood() {
        String session = login(Api.ADMIN, Api.ADMIN_PASSWORD).cookie("pim_session");
        String csrf = hiddenCsrf(given().cookie("pim_session", session).get("/ui/products").asString());
        Response out = given().redirects().follow(false).cookie("pim_session", session).formParam("_csrf", csrf)
                .post("/ui/logout");
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.header("Location")).endsWith("/ui/login?bye=1");

        Response after = given().redirects().follow(false).cookie("pim_session", session).get("/ui/products");
        assertThat(after.statusCode()).isIn(302, 303);
        assertThat(after.header("Location")).contains("expired=1");
    }

    @Test
    void aViewerCannotSaveAProductEvenWithoutTheButton() {
        Api.tokenFor("viewer");
        String session = login("test-viewer", Api.PASSWORD).cookie("pim_session");
        String csrf = hiddenCsrf(given().cookie("pim_session", session).get("/ui/products").asString());
        Response save = given().redirects().follow(false).cookie("pim_session", session).header("X-CSRF-Token", csrf)
                .header("Accept-Language", "fr-FR").formParam("version", "1").formParam("v.name", "Piraté")
                .post("/ui/products/ANY-SKU");
        assertThat(save.statusCode()).isEqualTo(403);
        assertThat(save.contentType()).startsWith("text/html");
        assertThat(save.asString()).contains("le droit de faire cela");
    }

    @Test
    void theSessionCookieDoesNotOpenTheApi() {
        String session = login(Api.ADMIN, Api.ADMIN_PASSWORD).cookie("pim_session");
        given().cookie("pim_session", session).get("/api/rest/v1/products").then().statusCode(401);
    }
}
