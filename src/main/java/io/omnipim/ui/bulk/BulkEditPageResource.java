package io.omnipim.ui.bulk;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.omnipim.platform.errors.PimException;
import io.omnipim.platform.security.Author;
import io.omnipim.platform.security.Role;
import io.omnipim.ui.products.GridQuery;
import io.omnipim.ui.shell.Shell;
import io.omnipim.ui.shell.UiContext;
import io.omnipim.ui.shell.UiPage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Bulk actions from the product grid: the bulk bar posts here (with the grid's search when all its products are
 * selected), and the job page follows the change live (htmx polls every second) and ends with its report.
 */
@Path("/ui/bulk-edits")
@UiPage
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.EDITOR_NAME)
public class BulkEditPageResource {

    static final String PROGRESS = "progress";

    private final BulkEditPageService edits;
    private final UiContext ui;
    private final SecurityIdentity identity;

    public BulkEditPageResource(BulkEditPageService edits, UiContext ui, SecurityIdentity identity) {
        this.edits = edits;
        this.ui = ui;
        this.identity = identity;
    }

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance job(Shell shell, BulkPanel panel);

        static native TemplateInstance job$progress(Shell shell, BulkPanel panel);
    }

    /** htmx follows {@code HX-Redirect}; a refusal is one plain sentence, which the page shows as a toast. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@RestForm("bulk_mode") String mode, @RestForm("identifier") List<String> identifiers,
            @RestForm("bulk_action") String action, @RestForm("bulk_categories") List<String> bulkCategories,
            @RestForm("bulk_attribute") String attribute, @RestForm("bulk_locale") String valueLocale,
            @RestForm("bulk_scope") String valueScope, @RestForm("bulk_value") String value,
            @RestForm("bulk_family") String newFamily, @RestForm String q, @RestForm String channel,
            @RestForm String locale, @RestForm("family") List<String> families,
            @RestForm("categories") List<String> categories, @RestForm("enabled") List<String> enabled,
            @RestForm("completeness") List<String> completeness, @RestForm("type") List<String> types,
            @HeaderParam("HX-Request") String htmx) {
        Shell shell = ui.shell("products");
        GridQuery search = new GridQuery(q, channel, locale, families, categories, enabled, completeness, types, null,
                null, null);
        BulkForm form = new BulkForm(mode, BulkEditPageService.clean(identifiers), search, action,
                BulkEditPageService.clean(bulkCategories), attribute, valueLocale, valueScope, value, newFamily);
        try {
            UUID id = edits.start(form, shell, Author.of(identity));
            String page = "/ui/bulk-edits/" + id;
            return "true".equals(htmx)
                    ? Response.noContent().header("HX-Redirect", page).build()
                    : Response.seeOther(URI.create(page)).build();
        } catch (PimException e) {
            return Response.status(e.status() == 403 ? 403 : 422)
                    .type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).entity(BulkEditPageService.reasons(e))
                    .build();
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance job(@PathParam("id") UUID id) {
        Shell shell = ui.shell("products");
        BulkPanel panel = edits.panel(id, shell);
        return (ui.fragmentFor(PROGRESS) ? Templates.job$progress(shell, panel) : Templates.job(shell, panel))
                .setLocale(shell.locale());
    }
}
