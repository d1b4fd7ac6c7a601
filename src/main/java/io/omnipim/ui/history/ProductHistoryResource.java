package io.omnipim.ui.history;

import java.net.URI;

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

import io.omnipim.platform.errors.PimException;
import io.omnipim.platform.security.Author;
import io.omnipim.platform.security.Role;
import io.omnipim.ui.shell.Links;
import io.omnipim.ui.shell.Shell;
import io.omnipim.ui.shell.UiContext;
import io.omnipim.ui.shell.UiPage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The product's History tab: every save with its author, time and field-level diff; editors can put a field's
 * previous value back (a PATCH of that one value, recorded in the history like any save).
 */
@Path("/ui/products/{identifier}/history")
@UiPage
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.VIEWER_NAME)
public class ProductHistoryResource {

    private final ProductHistoryService history;
    private final UiContext ui;
    private final SecurityIdentity identity;

    public ProductHistoryResource(ProductHistoryService history, UiContext ui, SecurityIdentity identity) {
        this.history = history;
        this.ui = ui;
        this.identity = identity;
    }

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance history(Shell shell, HistoryPage page);
    }

    @GET
    public TemplateInstance page(@PathParam("identifier") String identifier, @QueryParam("restored") String restored) {
        Shell shell = ui.shell("products");
        return Templates.history(shell, history.page(identifier, restored, null)).setLocale(shell.locale());
    }

    @POST
    @Path("restore")
    @RolesAllowed(Role.EDITOR_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response restore(@PathParam("identifier") String identifier, @RestForm long entry,
            @RestForm String field) {
        Shell shell = ui.shell("products");
        try {
            history.restore(identifier, entry, field, Author.of(identity));
        } catch (PimException e) {
            if (e.status() == 404 && e.getMessage().startsWith("Product")) {
                throw e;
            }
            return Response.status(422).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.history(shell, history.page(identifier, null, e.getMessage()))
                            .setLocale(shell.locale()))
                    .build();
        }
        return Response.seeOther(URI.create("/ui/products/" + Links.segment(identifier) + "/history?restored="
                + Links.query(field))).build();
    }
}
