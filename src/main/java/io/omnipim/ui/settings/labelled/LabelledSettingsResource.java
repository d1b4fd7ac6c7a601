package io.omnipim.ui.settings.labelled;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.omnipim.platform.errors.PimException;
import io.omnipim.platform.security.Role;
import io.omnipim.ui.settings.FormInput;
import io.omnipim.ui.settings.SettingsForm;
import io.omnipim.ui.settings.SettingsPages;
import io.omnipim.ui.shell.ContextChoice;
import io.omnipim.ui.shell.Links;
import io.omnipim.ui.shell.Shell;
import io.omnipim.ui.shell.UiContext;
import io.omnipim.ui.shell.UiPage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Settings › Attribute groups and Settings › Association types: a list with a create form, and a page to relabel
 * one. Managers change them, as in the API.
 */
@Path("/ui/settings/{section: attribute-groups|association-types}")
@UiPage
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.VIEWER_NAME)
public class LabelledSettingsResource {

    static final String NAV = "settings";

    private final LabelledSettingsService settings;
    private final UiContext ui;

    public LabelledSettingsResource(LabelledSettingsService settings, UiContext ui) {
        this.settings = settings;
        this.ui = ui;
    }

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance list(Shell shell, LabelledPage page);

        static native TemplateInstance edit(Shell shell, LabelledPage page);
    }

    @GET
    public TemplateInstance list(@PathParam("section") String section, @QueryParam("saved") String saved) {
        Shell shell = ui.shell(NAV);
        return Templates.list(shell, settings.list(section, SettingsForm.empty(), ContextChoice.labelLocale(shell),
                saved)).setLocale(shell.locale());
    }

    @POST
    @RolesAllowed(Role.MANAGER_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@PathParam("section") String section, MultivaluedMap<String, String> form) {
        Shell shell = ui.shell(NAV);
        FormInput input = FormInput.of(form);
        try {
            String code = settings.create(section, input);
            return SettingsPages.saved("/ui/settings/" + section, code);
        } catch (PimException e) {
            return SettingsPages.refused(Templates.list(shell, settings.list(section,
                    SettingsForm.of(input.values()).refused(e), ContextChoice.labelLocale(shell), null)),
                    shell.locale());
        }
    }

    @GET
    @Path("{code}")
    public TemplateInstance edit(@PathParam("section") String section, @PathParam("code") String code,
            @QueryParam("saved") String saved) {
        Shell shell = ui.shell(NAV);
        return Templates.edit(shell, settings.edit(section, code, null, ContextChoice.labelLocale(shell), saved))
                .setLocale(shell.locale());
    }

    @POST
    @Path("{code}")
    @RolesAllowed(Role.MANAGER_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("section") String section, @PathParam("code") String code,
            MultivaluedMap<String, String> form) {
        Shell shell = ui.shell(NAV);
        FormInput input = FormInput.of(form);
        try {
            settings.update(section, code, input);
            return SettingsPages.saved("/ui/settings/" + section + "/" + Links.segment(code), code);
        } catch (PimException e) {
            if (e.status() == 404) {
                throw e;
            }
            return SettingsPages.refused(Templates.edit(shell, settings.edit(section, code,
                    SettingsForm.of(input.values()).refused(e), ContextChoice.labelLocale(shell), null)),
                    shell.locale());
        }
    }

    @POST
    @Path("{code}/delete")
    @RolesAllowed(Role.MANAGER_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("section") String section, @PathParam("code") String code) {
        Shell shell = ui.shell(NAV);
        try {
            settings.delete(section, code);
            return SettingsPages.deleted("/ui/settings/" + section, section, code, "");
        } catch (PimException e) {
            if (e.status() == 404) {
                throw e;
            }
            String locale = ContextChoice.labelLocale(shell);
            return SettingsPages.refused(Templates.edit(shell, settings.edit(section, code,
                    settings.edit(section, code, null, locale, null).form().refused(e), locale, null)),
                    shell.locale());
        }
    }
}
