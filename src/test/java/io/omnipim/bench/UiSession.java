package io.omnipim.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The admin UI as a browser sees it: the login form (its CSRF cookie and hidden field), then pages fetched with
 * the session cookie. Redirects are not followed, so an expired session shows as a 303, not as a login page
 * timed as if it were the page asked for.
 */
final class UiSession {

    static final String SESSION = "pim_session";
    static final String LOGIN_CSRF = "pim_login_csrf";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(120);

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private String session;

    UiSession(URI base) {
        this.base = base;
    }

    /** GET /ui/login for the CSRF cookie and field, POST the form, keep the session cookie it sets. */
    void login(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(base.resolve("/ui/login"))
                .timeout(CALL_TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
        String cookie = cookie(form, LOGIN_CSRF);
        Matcher field = CSRF_FIELD.matcher(form.body());
        boolean hasField = field.find();
        if (form.statusCode() != 200 || cookie == null || !hasField) {
            throw new IllegalStateException("login form: HTTP " + form.statusCode() + ", CSRF cookie "
                    + (cookie == null ? "missing" : "set") + ", CSRF field " + (hasField ? "set" : "missing"));
        }
        String body = "_csrf=" + encode(field.group(1)) + "&next=&username=" + encode(username) + "&password="
                + encode(password);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve("/ui/login"))
                .timeout(CALL_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", LOGIN_CSRF + "=" + cookie)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        session = cookie(answer, SESSION);
        if (answer.statusCode() != 303 || session == null) {
            throw new IllegalStateException("login as " + username + " answered " + answer.statusCode()
                    + " without a session cookie: " + answer.body().lines().findFirst().orElse(""));
        }
    }

    /** A page of the logged-in user: path and query, as the UI's links write them. */
    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .timeout(CALL_TIMEOUT)
                .header("Cookie", SESSION + "=" + session)
                .header("Accept", "text/html")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<?> response, String name) {
        for (String header : response.headers().allValues("set-cookie")) {
            if (header.startsWith(name + "=")) {
                String value = header.substring(name.length() + 1).split(";", 2)[0];
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
