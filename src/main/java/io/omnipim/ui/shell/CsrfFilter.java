package io.omnipim.ui.shell;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import io.omnipim.ui.session.SessionCookies;
import io.vertx.core.http.HttpServerRequest;

/**
 * Refuses a POST, PUT, PATCH or DELETE to the UI unless it carries the CSRF token of its session, in the
 * {@code X-CSRF-Token} header (htmx sends it on every request) or the {@code _csrf} form field. A page of another
 * site can make the browser send the session cookie, but cannot read the token. The login form, before any
 * session, is checked against its own random cookie instead.
 */
public class CsrfFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    static final String LOGIN_PATH = "/ui/login";

    @UiPage
    @ServerRequestFilter(readBody = true)
    public Response check(ResteasyReactiveContainerRequestContext context, HttpServerRequest request) {
        if (SAFE.contains(context.getMethod())) {
            return null;
        }
        String sent = context.getHeaderString(SessionCookies.CSRF_HEADER);
        if (sent == null) {
            Object field = ((ResteasyReactiveRequestContext) context.getServerRequestContext())
                    .getFormParameter(SessionCookies.CSRF_FIELD, true, false);
            sent = field instanceof String s ? s : null;
        }
        String expected = expected(request);
        if (sent == null || expected == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8))) {
            return Response.status(403).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                    .entity("This form has expired or did not come from OmniPIM: reload the page and try again.")
                    .build();
        }
        return null;
    }

    private static String expected(HttpServerRequest request) {
        if (request.path().equals(LOGIN_PATH)) {
            return SessionCookies.value(request, SessionCookies.LOGIN_CSRF);
        }
        String session = SessionCookies.value(request, SessionCookies.SESSION);
        return session == null ? null : SessionCookies.csrfFor(session);
    }
}
