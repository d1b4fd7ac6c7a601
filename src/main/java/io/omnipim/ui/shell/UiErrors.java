package io.omnipim.ui.shell;

import java.net.URI;
import java.util.Locale;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.omnipim.platform.errors.ErrorMappers;
import io.omnipim.platform.errors.PimException;
import io.omnipim.ui.session.SessionCookies;
import io.omnipim.ui.session.UiRedirects;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;

/**
 * Errors on UI pages answer as pages: an anonymous or expired session goes to the login form (htmx requests are
 * told to redirect the whole page), other errors get a readable page. API paths keep the API's JSON errors.
 */
public class UiErrors {

    private final ErrorMappers api = new ErrorMappers();

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance error(String lang, String title, String message);
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response unauthorized(UnauthorizedException e, HttpServerRequest request) {
        return isUi(request) ? toLogin(request) : api.unauthorized(e);
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response authenticationFailed(AuthenticationFailedException e, HttpServerRequest request) {
        return isUi(request) ? toLogin(request) : api.authenticationFailed(e);
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        if (!isUi(request)) {
            return api.forbidden(e);
        }
        Messages msg = messages(request);
        return page(request, 403, msg.error_forbidden(), "");
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response notFound(NotFoundException e, HttpServerRequest request) {
        if (!isUi(request)) {
            return api.notFound(e);
        }
        return page(request, 404, messages(request).error_not_found(), "");
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response pim(PimException e, HttpServerRequest request) {
        if (!isUi(request)) {
            return api.pim(e);
        }
        Messages msg = messages(request);
        String title = e.status() == 404
                ? msg.error_not_found()
                : e.status() == 403 ? msg.error_forbidden() : msg.error_other();
        return page(request, e.status(), title, e.getMessage());
    }

    private static Response toLogin(HttpServerRequest request) {
        boolean hadSession = SessionCookies.value(request, SessionCookies.SESSION) != null;
        String login = UiRedirects.isHtmx(request) ? UiRedirects.LOGIN : UiRedirects.loginFor(request.uri());
        if (hadSession) {
            login += (login.contains("?") ? "&" : "?") + "expired=1";
        }
        Response.ResponseBuilder answer = UiRedirects.isHtmx(request)
                ? Response.status(401).header(UiRedirects.HX_REDIRECT, login)
                : Response.seeOther(URI.create(login));
        if (hadSession) {
            answer.header("Set-Cookie", SessionCookies.expired(SessionCookies.SESSION, SessionCookies.https(request))
                    .encode());
        }
        return answer.build();
    }

    private static Response page(HttpServerRequest request, int status, String title, String message) {
        boolean french = french(request);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(french ? "fr" : "en", title, message)
                        .setLocale(french ? Locale.FRENCH : Locale.ENGLISH))
                .build();
    }

    private static Messages messages(HttpServerRequest request) {
        return french(request)
                ? io.quarkus.qute.i18n.MessageBundles.get(Messages.class,
                        io.quarkus.qute.i18n.Localized.Literal.of("fr"))
                : io.quarkus.qute.i18n.MessageBundles.get(
                        Messages.class);
    }

    /** The browser's language: the error may come before the session is known. */
    private static boolean french(HttpServerRequest request) {
        String languages = request.getHeader("Accept-Language");
        return languages != null && languages.trim().toLowerCase(Locale.ROOT).startsWith("fr");
    }

    private static boolean isUi(HttpServerRequest request) {
        String path = request.path();
        return path.equals("/ui") || path.startsWith("/ui/");
    }
}
