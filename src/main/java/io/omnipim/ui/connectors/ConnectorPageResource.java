package io.omnipim.ui.connectors;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

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
 * Connectors: the list with each one's status and last run; per connector its runs, a preview of one product's
 * output, and "run now" (full, delta, dry run) for managers; a run's page follows it live and lists the products
 * the channel would reject, each linked to the field to fix; the consistency report lists what the channel holds
 * out of step with the catalog.
 */
@Path("/ui/connectors")
@UiPage
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.VIEWER_NAME)
public class ConnectorPageResource {

    static final String PROGRESS = "progress";

    private final ConnectorPageService connectors;
    private final ConsistencyPageService consistency;
    private final UiContext ui;
    private final SecurityIdentity identity;

    public ConnectorPageResource(ConnectorPageService connectors, ConsistencyPageService consistency, UiContext ui,
            SecurityIdentity identity) {
        this.connectors = connectors;
        this.consistency = consistency;
        this.ui = ui;
        this.identity = identity;
    }

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance connectors(Shell shell, List<ConnectorRow> rows);

        static native TemplateInstance connector(Shell shell, ConnectorPage page);

        static native TemplateInstance run(Shell shell, ConnectorRow connector, RunPanel run);

        static native TemplateInstance run$progress(Shell shell, ConnectorRow connector, RunPanel run);

        static native TemplateInstance consistency(Shell shell, ConsistencyPage page);
    }

    @GET
    public TemplateInstance list() {
        Shell shell = ui.shell("connectors");
        return Templates.connectors(shell, connectors.list(shell)).setLocale(shell.locale());
    }

    @GET
    @Path("{code}")
    public TemplateInstance connector(@PathParam("code") String code, @QueryParam("product") String product) {
        Shell shell = ui.shell("connectors");
        return Templates.connector(shell, connectors.page(code, product, shell)).setLocale(shell.locale());
    }

    /** What the channel holds against what the connector would send now; a full run repairs it. */
    @GET
    @Path("{code}/consistency")
    public TemplateInstance consistency(@PathParam("code") String code, @QueryParam("waiting") boolean waiting) {
        Shell shell = ui.shell("connectors");
        return Templates.consistency(shell, consistency.page(code, waiting, shell)).setLocale(shell.locale());
    }

    @POST
    @Path("{code}/runs")
    @RolesAllowed(Role.MANAGER_NAME)
    public Response start(@PathParam("code") String code, @RestForm String mode, @RestForm("dry_run") String dryRun) {
        Shell shell = ui.shell("connectors");
        UUID id = connectors.start(code, mode, dryRun != null, shell, Author.of(identity));
        return Response.seeOther(URI.create("/ui/connectors/" + Links.segment(code) + "/runs/" + id)).build();
    }

    @GET
    @Path("{code}/runs/{id}")
    public TemplateInstance run(@PathParam("code") String code, @PathParam("id") UUID id) {
        Shell shell = ui.shell("connectors");
        RunPanel run = connectors.run(code, id, shell);
        ConnectorRow connector = connectors.page(code, null, shell).connector();
        return (ui.fragmentFor(PROGRESS)
                ? Templates.run$progress(shell, connector, run)
                : Templates.run(shell, connector, run)).setLocale(shell.locale());
    }
}
