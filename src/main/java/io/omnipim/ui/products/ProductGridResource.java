package io.omnipim.ui.products;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.omnipim.platform.security.Role;
import io.omnipim.ui.bulk.BulkBar;
import io.omnipim.ui.bulk.BulkBarService;
import io.omnipim.ui.shell.UiContext;
import io.omnipim.ui.shell.UiPage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The product grid: search box, channel and locale, facets, sortable columns, cursor paging. htmx replaces only
 * the results when the search changes, and pushes the URL so the back button and bookmarks work. Editors also
 * get a checkbox per product and the bulk bar to change the selected products (or all those of the search).
 */
@Path("/ui/products")
@UiPage
@Produces(MediaType.TEXT_HTML)
public class ProductGridResource {

    static final String RESULTS = "results";

    private final ProductGridService grid;
    private final BulkBarService bulk;
    private final UiContext ui;

    public ProductGridResource(ProductGridService grid, BulkBarService bulk, UiContext ui) {
        this.grid = grid;
        this.bulk = bulk;
        this.ui = ui;
    }

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance grid(io.omnipim.ui.shell.Shell shell, GridPage page, BulkBar bulk);

        static native TemplateInstance grid$results(GridPage page);
    }

    @GET
    @RolesAllowed(Role.VIEWER_NAME)
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("channel") String channel,
            @QueryParam("locale") String locale, @QueryParam("family") List<String> families,
            @QueryParam("categories") List<String> categories, @QueryParam("enabled") List<String> enabled,
            @QueryParam("completeness") List<String> completeness, @QueryParam("type") List<String> types,
            @QueryParam("sort") String sort, @QueryParam("after") String after, @QueryParam("back") String back) {
        GridQuery query = new GridQuery(q, channel, locale, families, categories, enabled, completeness, types, sort,
                after, GridQuery.split(back));
        GridPage page = grid.page(query, ui.shell("products"));
        TemplateInstance view = ui.fragmentFor(RESULTS)
                ? Templates.grid$results(page)
                : Templates.grid(page.shell(), page, bulk.bar(page.shell()));
        return view.setLocale(page.shell().locale());
    }
}
