package io.omnipim.ui.product;

import java.net.URI;
import java.util.List;
import java.util.Map;

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

import io.omnipim.platform.security.Author;
import io.omnipim.platform.security.Role;
import io.omnipim.ui.shell.Shell;
import io.omnipim.ui.shell.UiContext;
import io.omnipim.ui.shell.UiPage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * A product model's page, where inherited values link to (read-only in this version), and the form that creates
 * a variant (or sub-model) below it, which opens the new variant once created.
 */
@Path("/ui/product-models/{code}")
@UiPage
@Produces(MediaType.TEXT_HTML)
public class ProductModelResource {

    private final ModelPageService models;
    private final VariantCreation variants;
    private final UiContext ui;
    private final SecurityIdentity identity;

    public ProductModelResource(ModelPageService models, VariantCreation variants, UiContext ui,
            SecurityIdentity identity) {
        this.models = models;
        this.variants = variants;
        this.ui = ui;
        this.identity = identity;
    }

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance newVariant(Shell shell, NewVariantPage page);
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    public TemplateInstance page(@PathParam("code") String code, @QueryParam("channel") String channel,
            @QueryParam("locale") String locale) {
        EditorView page = models.view(code, channel, locale, ui.shell("products"));
        return ProductEditResource.Templates.edit(page.shell(), page).setLocale(page.shell().locale());
    }

    @GET
    @Path("variants/new")
    @RolesAllowed(Role.EDITOR_NAME)
    public TemplateInstance newVariant(@PathParam("code") String code, @QueryParam("channel") String channel,
            @QueryParam("locale") String locale) {
        Shell shell = ui.shell("products");
        return Templates.newVariant(shell, variants.form(code, channel, locale, shell)).setLocale(shell.locale());
    }

    @POST
    @Path("variants/new")
    @RolesAllowed(Role.EDITOR_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createVariant(@PathParam("code") String code, MultivaluedMap<String, String> form) {
        Shell shell = ui.shell("products");
        Map<String, List<String>> fields = Map.copyOf(form);
        VariantCreation.Result result = variants.create(code, form.getFirst("channel"), form.getFirst("locale"),
                fields, shell, Author.of(identity));
        if (result.next() != null) {
            return Response.seeOther(URI.create(result.next())).build();
        }
        // 200, not 422: the page is the answer (the browser would log a 422 as a failed load)
        return Response.ok().type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.newVariant(shell, result.page()).setLocale(shell.locale())).build();
    }
}
