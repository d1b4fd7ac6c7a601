package io.omnipim.ui.session;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.vertx.core.http.HttpServerRequest;

/** Where anonymous or expired requests are sent: the login form, remembering the page they asked for. */
public final class UiRedirects {

    public static final String LOGIN = "/ui/login";
    public static final String HOME = "/ui/products";
    public static final String HX_REDIRECT = "HX-Redirect";

    private UiRedirects() {
    }

    public static boolean isHtmx(HttpServerRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }

    /** The login page, coming back to {@code uri} afterwards (only for a page of the UI). */
    public static String loginFor(String uri) {
        return uri == null || !safeNext(uri) || uri.startsWith(LOGIN)
                ? LOGIN
                : LOGIN + "?next=" + URLEncoder.encode(uri, StandardCharsets.UTF_8);
    }

    /** Only a local UI path: an open redirect to another site would help phishing. */
    public static boolean safeNext(String next) {
        return next != null && next.startsWith("/ui") && !next.startsWith("//") && !next.contains("\\")
                && !next.contains("\r") && !next.contains("\n");
    }
}
