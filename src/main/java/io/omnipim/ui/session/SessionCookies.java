package io.omnipim.ui.session;

import io.omnipim.platform.security.Secrets;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;

/**
 * The cookies of the admin UI. The session cookie holds the session token; the CSRF token of a session is derived
 * from it (a one-way hash), so it is per session, needs no storage, and tells nothing about the session token when
 * it shows in a page. Before login, the login form is protected by a random cookie repeated in a hidden field.
 */
public final class SessionCookies {

    public static final String SESSION = "pim_session";
    public static final String LOGIN_CSRF = "pim_login_csrf";
    public static final String CSRF_FIELD = "_csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    static final String UI_PATH = "/ui";

    private SessionCookies() {
    }

    /** The CSRF token that forms of this session must send back. */
    public static String csrfFor(String sessionToken) {
        return Secrets.sha256("csrf:" + sessionToken);
    }

    public static String value(HttpServerRequest request, String name) {
        Cookie cookie = request.getCookie(name);
        return cookie == null || cookie.getValue().isBlank() ? null : cookie.getValue();
    }

    /** HttpOnly, SameSite=Lax, limited to /ui, and Secure when the page came over HTTPS. */
    public static Cookie cookie(String name, String value, boolean https) {
        return Cookie.cookie(name, value).setPath(UI_PATH).setHttpOnly(true).setSameSite(CookieSameSite.LAX)
                .setSecure(https);
    }

    public static Cookie expired(String name, boolean https) {
        return cookie(name, "", https).setMaxAge(0);
    }

    /** HTTPS directly or behind a proxy that says so. */
    public static boolean https(HttpServerRequest request) {
        return request.isSSL() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }
}
