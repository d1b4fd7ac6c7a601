package io.omnipim.ui.product;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.omnipim.platform.security.Role;
import io.omnipim.ui.shell.UiContext;
import io.omnipim.ui.shell.UiPage;
import io.quarkus.qute.TemplateInstance;

/** A product model's page, where inherited values link to (read-only in this version). */
@Path("/ui/product-models/{code}")
@UiPage
@Produces(MediaType.TEXT_HTML)
public class ProductModelResource {

    private final ModelPageService models;
    private final UiContext ui;

    public ProductModelResource(ModelPageService models, UiContext ui) {
        this.models = models;
        this.ui = ui;
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    public TemplateInstance page(@PathParam("code") String code, @QueryParam("channel") String channel,
            @QueryParam("locale") String locale) {
        EditorView page = models.view(code, channel, locale, ui.shell("products"));
        return ProductEditResource.Templates.edit(page.shell(), page).setLocale(page.shell().locale());
    }
}
