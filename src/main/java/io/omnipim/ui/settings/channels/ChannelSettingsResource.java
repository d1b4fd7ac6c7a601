package io.omnipim.ui.settings.channels;

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

/** Settings › Channels: the list, and a channel's locales, currencies and category tree. Managers change them. */
@Path("/ui/settings/channels")
@UiPage
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.VIEWER_NAME)
public class ChannelSettingsResource {

    static final String NAV = "settings";
    static final String BASE = "/ui/settings/channels";

    private final ChannelSettingsService channels;
    private final UiContext ui;

    public ChannelSettingsResource(ChannelSettingsService channels, UiContext ui) {
        this.channels = channels;
        this.ui = ui;
    }

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance channels(Shell shell, ChannelPage page);

        static native TemplateInstance channel(Shell shell, ChannelPage page);
    }

    @GET
    public TemplateInstance list(@QueryParam("saved") String saved) {
        Shell shell = ui.shell(NAV);
        return Templates.channels(shell, channels.list(ContextChoice.labelLocale(shell), saved))
                .setLocale(shell.locale());
    }

    @GET
    @Path("new")
    @RolesAllowed(Role.MANAGER_NAME)
    public TemplateInstance create() {
        Shell shell = ui.shell(NAV);
        return Templates.channel(shell, channels.page(null, true, SettingsForm.empty(),
                ContextChoice.labelLocale(shell), null)).setLocale(shell.locale());
    }

    @POST
    @RolesAllowed(Role.MANAGER_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> form) {
        Shell shell = ui.shell(NAV);
        FormInput input = FormInput.of(form);
        try {
            String code = channels.create(input);
            return SettingsPages.saved(BASE + "/" + Links.segment(code), code);
        } catch (PimException e) {
            return SettingsPages.refused(Templates.channel(shell, channels.page(null, true,
                    SettingsForm.of(input.values()).refused(e), ContextChoice.labelLocale(shell), null)),
                    shell.locale());
        }
    }

    @GET
    @Path("{code}")
    public TemplateInstance edit(@PathParam("code") String code, @QueryParam("saved") String saved) {
        Shell shell = ui.shell(NAV);
        return Templates.channel(shell, channels.edit(code, ContextChoice.labelLocale(shell), saved))
                .setLocale(shell.locale());
    }

    @POST
    @Path("{code}")
    @RolesAllowed(Role.MANAGER_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("code") String code, MultivaluedMap<String, String> form) {
        Shell shell = ui.shell(NAV);
        FormInput input = FormInput.of(form);
        try {
            channels.update(code, input);
            return SettingsPages.saved(BASE + "/" + Links.segment(code), code);
        } catch (PimException e) {
            if (e.status() == 404) {
                throw e;
            }
            return SettingsPages.refused(Templates.channel(shell, channels.page(code, false,
                    SettingsForm.of(input.values()).refused(e), ContextChoice.labelLocale(shell), null)),
                    shell.locale());
        }
    }

    @POST
    @Path("{code}/delete")
    @RolesAllowed(Role.MANAGER_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("code") String code) {
        Shell shell = ui.shell(NAV);
        return SettingsPages.attempt(() -> {
            channels.delete(code);
            return SettingsPages.deleted(BASE, "channel", code, "");
        }, e -> Templates.channel(shell,
                channels.deleteRefused(code, e, ContextChoice.labelLocale(shell))), shell.locale());
    }
}
