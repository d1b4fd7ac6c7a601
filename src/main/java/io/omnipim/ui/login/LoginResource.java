package io.omnipim.ui.login;

import java.net.URI;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.omnipim.platform.errors.PimException;
import io.omnipim.platform.security.BrowserSessions;
import io.omnipim.platform.security.Role;
import io.omnipim.platform.security.Secrets;
import io.omnipim.ui.session.SessionCookies;
import io.omnipim.ui.session.UiRedirects;
import io.omnipim.ui.shell.Messages;
import io.omnipim.ui.shell.UiPage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.vertx.core.http.HttpServerRequest;

/** The login form, logging out, and the choice of the screens' language. */
@Path("/ui")
@UiPage
@Produces(MediaType.TEXT_HTML)
public class LoginResource {

    private final BrowserSessions sessions;

    public LoginResource(BrowserSessions sessions) {
        this.sessions = sessions;
    }

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance login(String lang, String csrf, String next, String username, String error,
                String notice);
    }

    @GET
    @PermitAll
    public Response home() {
        return Response.seeOther(URI.create(UiRedirects.HOME)).build();
    }

    @GET
    @Path("login")
    @PermitAll
    public Response form(@QueryParam("next") String next, @QueryParam("bye") String bye,
            @QueryParam("expired") String expired, @HeaderParam("Accept-Language") String languages,
            HttpServerRequest request) {
        boolean french = prefersFrench(languages);
        Messages msg = messages(french);
        String notice = bye != null ? msg.login_bye() : expired != null ? msg.login_expired() : null;
        return page(200, french, next, "", null, notice, request);
    }

    @POST
    @Path("login")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(@RestForm String username, @RestForm String password, @RestForm String next,
            @HeaderParam("Accept-Language") String languages, HttpServerRequest request) {
        boolean https = SessionCookies.https(request);
        try {
            BrowserSessions.Opened opened = sessions.open(username, password, request.remoteAddress().hostAddress());
            return Response.seeOther(URI.create(UiRedirects.safeNext(next) ? next : UiRedirects.HOME))
                    .header("Set-Cookie", SessionCookies.cookie(SessionCookies.SESSION, opened.token(), https)
                            .encode())
                    .header("Set-Cookie", SessionCookies.expired(SessionCookies.LOGIN_CSRF, https).encode())
                    .build();
        } catch (PimException e) {
            boolean french = prefersFrench(languages);
            Messages msg = messages(french);
            int status = e.status() == 429 ? 429 : 401;
            return page(status, french, next, username, status == 429 ? msg.login_throttled() : msg.login_failed(),
                    null, request);
        }
    }

    @POST
    @Path("logout")
    @PermitAll
    public Response logout(HttpServerRequest request) {
        String token = SessionCookies.value(request, SessionCookies.SESSION);
        if (token != null) {
            sessions.close(token);
        }
        return Response.seeOther(URI.create(UiRedirects.LOGIN + "?bye=1"))
                .header("Set-Cookie", SessionCookies.expired(SessionCookies.SESSION, SessionCookies.https(request))
                        .encode())
                .build();
    }

    @POST
    @Path("language")
    @RolesAllowed(Role.VIEWER_NAME)
    public Response language(@RestForm String locale, @HeaderParam("Referer") String referer,
            HttpServerRequest request) {
        sessions.changeLocale(SessionCookies.value(request, SessionCookies.SESSION), locale);
        return Response.seeOther(URI.create(backTo(referer, request))).build();
    }

    /** The page the language was changed on, when it is one of ours. */
    static String backTo(String referer, HttpServerRequest request) {
        if (referer == null) {
            return UiRedirects.HOME;
        }
        try {
            URI uri = URI.create(referer);
            String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            boolean sameHost = uri.getHost() == null || uri.getAuthority().equals(request.authority().toString());
            return sameHost && UiRedirects.safeNext(path) && !path.startsWith(UiRedirects.LOGIN)
                    ? path
                    : UiRedirects.HOME;
        } catch (IllegalArgumentException | NullPointerException e) {
            return UiRedirects.HOME;
        }
    }

    private Response page(int status, boolean french, String next, String username, String error, String notice,
            HttpServerRequest request) {
        String csrf = Secrets.random(24);
        TemplateInstance page = Templates.login(french ? "fr" : "en", csrf,
                UiRedirects.safeNext(next) ? next : "", username == null ? "" : username, error, notice)
                .setLocale(french ? Locale.FRENCH : Locale.ENGLISH);
        return Response.status(status).entity(page).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Set-Cookie", SessionCookies.cookie(SessionCookies.LOGIN_CSRF, csrf,
                        SessionCookies.https(request)).encode())
                .build();
    }

    static boolean prefersFrench(String acceptLanguage) {
        return acceptLanguage != null && acceptLanguage.trim().toLowerCase(Locale.ROOT).startsWith("fr");
    }

    private static Messages messages(boolean french) {
        return french
                ? MessageBundles.get(Messages.class, Localized.Literal.of("fr"))
                : MessageBundles.get(Messages.class);
    }
}
