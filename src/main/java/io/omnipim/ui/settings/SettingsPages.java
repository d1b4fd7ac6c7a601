package io.omnipim.ui.settings;

import java.net.URI;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.omnipim.platform.errors.PimException;
import io.omnipim.ui.shell.Links;
import io.quarkus.qute.TemplateInstance;

/**
 * How settings screens answer a form: after a save, a redirect to the page that shows the result with its
 * confirmation ({@code ?saved=code}), so a reload does not post again; after a refused save, the form again with
 * the errors and status 422.
 */
public final class SettingsPages {

    private SettingsPages() {
    }

    public static Response saved(String path, String code) {
        return saved(path, code, "");
    }

    /** The same, scrolled to {@code anchor} ("#options") of the page. */
    public static Response saved(String path, String code, String anchor) {
        return Response.seeOther(URI.create(path + (path.contains("?") ? "&" : "?") + "saved="
                + Links.query(code == null ? "" : code) + anchor)).build();
    }

    /** After a deletion: a redirect to {@code path} that shows "Attribute « color » deleted." ({@link DeletedFlash}). */
    public static Response deleted(String path, String kind, String code, String anchor) {
        return Response.seeOther(URI.create(path + (path.contains("?") ? "&" : "?") + "deleted="
                + Links.query(code) + "&kind=" + Links.query(kind) + anchor)).build();
    }

    /**
     * Runs a settings action; when the catalog refuses it, the page from {@code refusedPage} comes back with 422
     * and the catalog's message. Not found stays not found (the error page).
     */
    public static Response attempt(Supplier<Response> action, Function<PimException, TemplateInstance> refusedPage,
            Locale locale) {
        try {
            return action.get();
        } catch (PimException e) {
            if (e.status() == 404) {
                throw e;
            }
            return refused(refusedPage.apply(e), locale);
        }
    }

    public static Response refused(TemplateInstance page, Locale locale) {
        return Response.status(422).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page.setLocale(locale)).build();
    }
}
