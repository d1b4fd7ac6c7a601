package io.omnipim.ui.settings.families;

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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.omnipim.platform.errors.PimException;
import io.omnipim.platform.security.Role;
import io.omnipim.ui.settings.Choice;
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
 * Settings › Families: the list and a create form; a family's page with its labels, label and image attributes
 * and the requirements matrix (attributes × channels); its variants, listed and created. Managers change them.
 */
@Path("/ui/settings/families")
@UiPage
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.VIEWER_NAME)
public class FamilySettingsResource {

    static final String NAV = "settings";
    static final String BASE = "/ui/settings/families";

    private final FamilySettingsService families;
    private final FamilyVariants variants;
    private final UiContext ui;

    public FamilySettingsResource(FamilySettingsService families, FamilyVariants variants, UiContext ui) {
        this.families = families;
        this.variants = variants;
        this.ui = ui;
    }

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance families(Shell shell, List<FamilyRow> rows, SettingsForm form,
                List<Choice> locales, List<Choice> labelAttributes, String saved);

        static native TemplateInstance family(Shell shell, FamilyPage page);

        static native TemplateInstance variant(Shell shell, VariantPage page);
    }

    @GET
    public TemplateInstance list(@QueryParam("saved") String saved) {
        Shell shell = ui.shell(NAV);
        return listPage(shell, SettingsForm.empty(), saved)
                .setLocale(shell.locale());
    }

    private TemplateInstance listPage(Shell shell, SettingsForm form, String saved) {
        String locale = ContextChoice.labelLocale(shell);
        return Templates.families(shell, families.list(locale), form,
                Choice.locales(families.labelLocales(), locale), families.labelCandidates(locale), saved);
    }

    @POST
    @RolesAllowed(Role.MANAGER_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> form) {
        Shell shell = ui.shell(NAV);
        FormInput input = FormInput.of(form);
        try {
            String code = families.create(input);
            return SettingsPages.saved(BASE + "/" + Links.segment(code), code);
        } catch (PimException e) {
            return SettingsPages.refused(listPage(shell, SettingsForm.of(input.values()).refused(e), null),
                    shell.locale());
        }
    }

    @GET
    @Path("{code}")
    public TemplateInstance edit(@PathParam("code") String code, @QueryParam("saved") String saved) {
        Shell shell = ui.shell(NAV);
        return Templates.family(shell, families.page(code, ContextChoice.labelLocale(shell), saved))
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
            families.update(code, input);
            return SettingsPages.saved(BASE + "/" + Links.segment(code), code);
        }, e -> Templates.family(shell,
                families.refused(code, input, e, ContextChoice.labelLocale(shell))), shell.locale());
    }

    @GET
    @Path("{code}/variants/new")
    @RolesAllowed(Role.MANAGER_NAME)
    public TemplateInstance newVariant(@PathParam("code") String code) {
        Shell shell = ui.shell(NAV);
        return Templates.variant(shell, variants.form(code, SettingsForm.empty(), ContextChoice.labelLocale(shell)))
                .setLocale(shell.locale());
    }

    @POST
    @Path("{code}/variants")
    @RolesAllowed(Role.MANAGER_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createVariant(@PathParam("code") String code, MultivaluedMap<String, String> form) {
        Shell shell = ui.shell(NAV);
        FormInput input = FormInput.of(form);
        return SettingsPages.attempt(() -> {
            String variant = variants.create(code, input);
            return SettingsPages.saved(BASE + "/" + Links.segment(code), variant, "#variants");
        }, e -> Templates.variant(shell, variants.form(code,
                SettingsForm.of(input.values()).refused(e), ContextChoice.labelLocale(shell))), shell.locale());
    }

    @POST
    @Path("{code}/delete")
    @RolesAllowed(Role.MANAGER_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("code") String code) {
        Shell shell = ui.shell(NAV);
        return SettingsPages.attempt(() -> {
            families.delete(code);
            return SettingsPages.deleted(BASE, "family", code, "");
        }, e -> Templates.family(shell,
                families.deleteRefused(code, e, ContextChoice.labelLocale(shell))), shell.locale());
    }

    @GET
    @Path("{code}/variants/{variant}")
    public TemplateInstance editVariant(@PathParam("code") String code, @PathParam("variant") String variant,
            @QueryParam("saved") String saved) {
        Shell shell = ui.shell(NAV);
        return Templates.variant(shell, variants.edit(code, variant, ContextChoice.labelLocale(shell), saved))
                .setLocale(shell.locale());
    }

    @POST
    @Path("{code}/variants/{variant}")
    @RolesAllowed(Role.MANAGER_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateVariant(@PathParam("code") String code, @PathParam("variant") String variant,
            MultivaluedMap<String, String> form) {
        Shell shell = ui.shell(NAV);
        FormInput input = FormInput.of(form);
        return SettingsPages.attempt(() -> {
            variants.update(code, variant, input);
            return SettingsPages.saved(BASE + "/" + Links.segment(code) + "/variants/" + Links.segment(variant),
                    variant);
        }, e -> Templates.variant(shell, variants.refused(code, variant, input.values(), e,
                ContextChoice.labelLocale(shell))), shell.locale());
    }

    @POST
    @Path("{code}/variants/{variant}/delete")
    @RolesAllowed(Role.MANAGER_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deleteVariant(@PathParam("code") String code, @PathParam("variant") String variant) {
        Shell shell = ui.shell(NAV);
        return SettingsPages.attempt(() -> {
            variants.delete(code, variant);
            return SettingsPages.deleted(BASE + "/" + Links.segment(code), "variant", variant, "#variants");
        }, e -> Templates.variant(shell, variants.refused(code, variant, null, e,
                ContextChoice.labelLocale(shell))), shell.locale());
    }
}
