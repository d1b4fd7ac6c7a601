package io.omnipim.ui.settings.attributes;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestForm;

import io.omnipim.platform.errors.PimException;
import io.omnipim.platform.security.Role;
import io.omnipim.ui.settings.FormInput;
import io.omnipim.ui.settings.SettingsPages;
import io.omnipim.ui.shell.ContextChoice;
import io.omnipim.ui.shell.Links;
import io.omnipim.ui.shell.Shell;
import io.omnipim.ui.shell.UiContext;
import io.omnipim.ui.shell.UiPage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Settings › Attributes: the list with a filter, the create and edit form with the type's own properties, and the
 * options of select attributes (add, relabel, reorder). Everyone reads; managers and admins change, as in the API.
 */
@Path("/ui/settings/attributes")
@UiPage
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.VIEWER_NAME)
public class AttributeSettingsResource {

    static final String NAV = "settings";
    static final String BASE = "/ui/settings/attributes";

    private final AttributeSettingsService attributes;
    private final AttributeOptions options;
    private final UiContext ui;

    public AttributeSettingsResource(AttributeSettingsService attributes, AttributeOptions options, UiContext ui) {
        this.attributes = attributes;
        this.options = options;
        this.ui = ui;
    }

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance attributes(Shell shell, List<AttributeRow> rows, String filter, String saved);

        static native TemplateInstance attribute(Shell shell, AttributePage page);
    }

    @GET
    public TemplateInstance list(@QueryParam("q") String filter, @QueryParam("saved") String saved) {
        Shell shell = ui.shell(NAV);
        return Templates.attributes(shell, attributes.list(filter, ContextChoice.labelLocale(shell)),
                filter == null ? "" : filter, saved).setLocale(shell.locale());
    }

    /** The create form; the type select reloads it with the fields of the chosen type (query = the draft). */
    @GET
    @Path("new")
    @RolesAllowed(Role.MANAGER_NAME)
    public TemplateInstance create(@Context UriInfo uri) {
        Shell shell = ui.shell(NAV);
        return Templates.attribute(shell,
                attributes.newForm(FormInput.of(uri.getQueryParameters()), ContextChoice.labelLocale(shell)))
                .setLocale(shell.locale());
    }

    @POST
    @RolesAllowed(Role.MANAGER_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> form) {
        Shell shell = ui.shell(NAV);
        FormInput input = FormInput.of(form);
        try {
            String code = attributes.create(input);
            return SettingsPages.saved(BASE + "/" + Links.segment(code), code);
        } catch (PimException e) {
            return SettingsPages.refused(Templates.attribute(shell,
                    attributes.refused(null, input, e, ContextChoice.labelLocale(shell))), shell.locale());
        }
    }

    @GET
    @Path("{code}")
    public TemplateInstance edit(@PathParam("code") String code, @QueryParam("saved") String saved) {
        Shell shell = ui.shell(NAV);
        return Templates.attribute(shell, attributes.edit(code, ContextChoice.labelLocale(shell), saved))
                .setLocale(shell.locale());
    }

    @POST
    @Path("{code}")
    @RolesAllowed(Role.MANAGER_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("code") String code, MultivaluedMap<String, String> form) {
        Shell shell = ui.shell(NAV);
        FormInput input = FormInput.of(form);
        return SettingsPages.attempt(() -> {
            attributes.update(code, input);
            return SettingsPages.saved(BASE + "/" + Links.segment(code), code);
        }, e -> Templates.attribute(shell,
                attributes.refused(code, input, e, ContextChoice.labelLocale(shell))), shell.locale());
    }

    @POST
    @Path("{code}/options")
    @RolesAllowed(Role.MANAGER_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addOption(@PathParam("code") String code, MultivaluedMap<String, String> form) {
        Shell shell = ui.shell(NAV);
        FormInput input = FormInput.of(form);
        return SettingsPages.attempt(() -> {
            options.add(code, input, attributes.labelLocales());
            return SettingsPages.saved(BASE + "/" + Links.segment(code), input.text("code"), "#options");
        }, e -> Templates.attribute(shell,
                attributes.optionRefused(code, input, e, ContextChoice.labelLocale(shell))), shell.locale());
    }

    @POST
    @Path("{code}/options/{option}")
    @RolesAllowed(Role.MANAGER_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response relabelOption(@PathParam("code") String code, @PathParam("option") String option,
            MultivaluedMap<String, String> form) {
        options.relabel(code, option, FormInput.of(form), attributes.labelLocales());
        return SettingsPages.saved(BASE + "/" + Links.segment(code), option, "#options");
    }

    @POST
    @Path("{code}/options/{option}/move")
    @RolesAllowed(Role.MANAGER_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response moveOption(@PathParam("code") String code, @PathParam("option") String option,
            @RestForm String direction) {
        options.move(code, option, "up".equals(direction));
        return SettingsPages.saved(BASE + "/" + Links.segment(code), option, "#options");
    }

    @POST
    @Path("{code}/delete")
    @RolesAllowed(Role.MANAGER_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("code") String code) {
        Shell shell = ui.shell(NAV);
        return SettingsPages.attempt(() -> {
            attributes.delete(code);
            return SettingsPages.deleted(BASE, "attribute", code, "");
        }, e -> Templates.attribute(shell,
                attributes.deleteRefused(code, e, ContextChoice.labelLocale(shell))), shell.locale());
    }

    @POST
    @Path("{code}/options/{option}/delete")
    @RolesAllowed(Role.MANAGER_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deleteOption(@PathParam("code") String code, @PathParam("option") String option) {
        options.delete(code, option);
        return SettingsPages.deleted(BASE + "/" + Links.segment(code), "option", option, "#options");
    }
}
