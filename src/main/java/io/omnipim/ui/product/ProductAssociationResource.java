package io.omnipim.ui.product;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import io.omnipim.platform.security.Role;
import io.omnipim.ui.shell.Shell;
import io.omnipim.ui.shell.UiContext;
import io.omnipim.ui.shell.UiPage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The htmx parts of the associations widget: the search results for one association type, and the row of an
 * item chosen there. Nothing is saved here: the rows join the product form, saved with the rest of it.
 */
@Path("/ui/products/{identifier}/associations")
@UiPage
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.EDITOR_NAME)
public class ProductAssociationResource {

    private final AssociationsEditor associations;
    private final UiContext ui;

    public ProductAssociationResource(AssociationsEditor associations, UiContext ui) {
        this.associations = associations;
        this.ui = ui;
    }

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance results(Shell shell, AssociationResults results, String channel,
                String locale);

        static native TemplateInstance item(AssociationView.Item item, String typeLabel, boolean quantified,
                boolean editable);
    }

    @GET
    @Path("search")
    public TemplateInstance search(@PathParam("identifier") String identifier, @QueryParam("type") String type,
            @QueryParam("q") String q, @QueryParam("channel") String channel, @QueryParam("locale") String locale,
            @Context UriInfo uri) {
        Shell shell = ui.shell("products");
        Map<String, List<String>> form = new HashMap<>(uri.getQueryParameters());
        AssociationResults results = associations.search(identifier, type, q, form, channel, locale, shell);
        return Templates.results(shell, results, channel, locale).setLocale(shell.locale());
    }

    @GET
    @Path("item")
    public TemplateInstance item(@QueryParam("type") String type, @QueryParam("kind") String kind,
            @QueryParam("code") String code, @QueryParam("label") String typeLabel,
            @QueryParam("channel") String channel, @QueryParam("locale") String locale) {
        Shell shell = ui.shell("products");
        AssociationView.Item item = associations.added(type, kind, code, channel, locale, shell);
        return Templates.item(item, typeLabel == null ? type : typeLabel, item.quantity() != null, true)
                .setLocale(shell.locale());
    }
}
