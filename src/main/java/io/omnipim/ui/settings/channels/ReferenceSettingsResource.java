package io.omnipim.ui.settings.channels;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.omnipim.platform.security.Role;
import io.omnipim.ui.settings.SettingsForm;
import io.omnipim.ui.settings.SettingsPages;
import io.omnipim.ui.shell.Links;
import io.omnipim.ui.shell.Shell;
import io.omnipim.ui.shell.UiContext;
import io.omnipim.ui.shell.UiPage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Settings › Locales (read only: the activated ones are those a channel uses) and Settings › Currencies (managers
 * activate and deactivate them).
 */
@Path("/ui/settings")
@UiPage
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.VIEWER_NAME)
public class ReferenceSettingsResource {

    static final String NAV = "settings";

    private final ReferenceSettingsService references;
    private final UiContext ui;

    public ReferenceSettingsResource(ReferenceSettingsService references, UiContext ui) {
        this.references = references;
        this.ui = ui;
    }

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance locales(Shell shell, List<ReferenceRow> rows, String filter, boolean activated,
                long count);

        static native TemplateInstance currencies(Shell shell, List<ReferenceRow> rows, String filter,
                SettingsForm form, String saved);
    }

    /** Activated locales by default; {@code all=1} lists the 210 of them. */
    @GET
    @Path("locales")
    public TemplateInstance locales(@QueryParam("q") String filter, @QueryParam("all") String all) {
        Shell shell = ui.shell(NAV);
        boolean activated = all == null;
        return Templates.locales(shell, references.locales(filter, activated, shell.locale()),
                filter == null ? "" : filter, activated, references.activatedLocales()).setLocale(shell.locale());
    }

    @GET
    @Path("currencies")
    public TemplateInstance currencies(@QueryParam("q") String filter, @QueryParam("saved") String saved) {
        Shell shell = ui.shell(NAV);
        return Templates.currencies(shell, references.currencies(filter), filter == null ? "" : filter,
                SettingsForm.empty(), saved).setLocale(shell.locale());
    }

    @POST
    @Path("currencies/{code}")
    @RolesAllowed(Role.MANAGER_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response activate(@PathParam("code") String code, @RestForm String enabled, @RestForm("q") String filter) {
        Shell shell = ui.shell(NAV);
        return SettingsPages.attempt(() -> {
            references.activate(code, "true".equals(enabled));
            String back = "/ui/settings/currencies" + (filter == null || filter.isBlank()
                    ? ""
                    : "?q=" + Links.query(filter));
            return SettingsPages.saved(back, code);
        }, e -> Templates.currencies(shell, references.currencies(filter),
                filter == null ? "" : filter, SettingsForm.empty().refused(e), null), shell.locale());
    }
}
